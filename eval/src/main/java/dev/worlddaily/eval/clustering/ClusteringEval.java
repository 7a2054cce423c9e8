package dev.worlddaily.eval.clustering;

import dev.worlddaily.cluster.Assignment;
import dev.worlddaily.cluster.ClusterConfig;
import dev.worlddaily.cluster.OnlineStoryClusterer;
import dev.worlddaily.cluster.StoryClusterer;
import dev.worlddaily.cluster.StorySplit;
import dev.worlddaily.enrich.CompositeEnricher;
import dev.worlddaily.enrich.EnrichConfig;
import dev.worlddaily.enrich.Enricher;
import dev.worlddaily.eval.EvalArea;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.annotation.Annotations;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code wdn eval clustering}: streams the ECB+ development documents in file order through the
 * real enrichment and the real online clusterer, and scores the stories with B-cubed against the
 * gold events and, as a sanity check, against the topics.
 */
public final class ClusteringEval implements EvalArea {
  static final String FILE = "ecbplus-dev.jsonl";
  /** Documents enriched per call, as the pipeline batches them; assignment stays one by one. */
  private static final int BATCH = 32;

  @Override
  public String name() {
    return "clustering";
  }

  @Override
  public String dataDirectory() {
    return "clustering";
  }

  @Override
  public Map<String, Double> run(Path data, PrintStream out) throws IOException {
    Path file = data.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no " + FILE + " in " + data);
    }
    List<EcbDocument> docs = EcbDocument.read(file);
    long t0 = System.nanoTime();
    List<AnnotatedArticle> annotated;
    try (Enricher enricher = new CompositeEnricher(enrichConfig(out))) {
      annotated = enrich(docs, enricher, out);
    }
    long t1 = System.nanoTime();
    List<String> stories = cluster(annotated, new OnlineStoryClusterer(ClusterConfig.defaults()));
    long t2 = System.nanoTime();
    Map<String, Double> scores = score(docs, stories, out);
    out.printf(Locale.ROOT, "%d documents: enrichment %.1f s, clustering %.2f s (%.0f documents/s)%n",
        docs.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, docs.size() / Math.max(1e-9, (t2 - t1) / 1e9));
    return scores;
  }

  /**
   * The default enrichment, or with {@code -Dwdn.eval.leadChars=N} (through {@code
   * WDN_JAVA_OPTS}) another length of the embedded lead, to weigh the model's cost, which grows
   * with the text it reads, against clustering quality.
   */
  private static EnrichConfig enrichConfig(PrintStream out) {
    EnrichConfig d = EnrichConfig.defaults();
    Integer lead = Integer.getInteger("wdn.eval.leadChars");
    if (lead == null) {
      return d;
    }
    out.printf(Locale.ROOT, "embedded lead: %d characters (default %d)%n", lead, d.leadChars());
    return new EnrichConfig(d.languages(), d.embeddings(), d.embeddingBatchSize(), d.embeddingCacheSize(), lead, d.bodyChars());
  }

  /**
   * The documents enriched in batches, in file order. As in the pipeline, a batch that fails is
   * retried document by document; a document whose enrichment fails is reported on {@code out}
   * and kept without annotations (it then opens a story of its own, which counts against recall).
   */
  public static List<AnnotatedArticle> enrich(List<EcbDocument> docs, Enricher enricher, PrintStream out) {
    List<AnnotatedArticle> annotated = new ArrayList<>(docs.size());
    for (int from = 0; from < docs.size(); from += BATCH) {
      List<Article> batch = docs.subList(from, Math.min(docs.size(), from + BATCH)).stream().map(EcbDocument::article).toList();
      try {
        annotated.addAll(enricher.enrichAll(batch));
      } catch (RuntimeException batchFailure) {
        for (Article a : batch) {
          try {
            annotated.add(enricher.enrich(a));
          } catch (RuntimeException e) {
            out.println("  " + a.id() + ": enrichment failed: " + e);
            annotated.add(new AnnotatedArticle(a, new Annotations(null, null, null, null, null, null, null, null, null)));
          }
        }
      }
    }
    return annotated;
  }

  /**
   * The story of each article, assigned one by one in the given order; merges and splits move
   * earlier articles, as they move them in the store.
   */
  public static List<String> cluster(List<AnnotatedArticle> articles, StoryClusterer clusterer) {
    List<String> assigned = new ArrayList<>(articles.size());
    Map<String, Integer> position = new HashMap<>();
    for (AnnotatedArticle a : articles) {
      Assignment assignment = clusterer.assign(a);
      position.put(a.id(), assigned.size());
      assigned.add(assignment.storyId());
      for (String absorbed : assignment.absorbedStoryIds()) {
        assigned.replaceAll(story -> story.equals(absorbed) ? assignment.storyId() : story);
      }
      for (StorySplit split : assignment.splits()) {
        split.articleIds().forEach(id -> assigned.set(position.get(id), split.newStoryId()));
      }
    }
    return assigned;
  }

  /** Prints and returns B-cubed at event and topic level. */
  public static Map<String, Double> score(List<EcbDocument> docs, List<String> stories, PrintStream out) {
    BCubed event = BCubed.of(stories, docs.stream().map(EcbDocument::event).toList());
    BCubed topic = BCubed.of(stories, docs.stream().map(EcbDocument::topic).toList());
    long predicted = stories.stream().distinct().count();
    long events = docs.stream().map(EcbDocument::event).distinct().count();
    out.printf(Locale.ROOT, "%-8s %7s %7s %7s%n", "level", "B3 P", "B3 R", "B3 F1");
    out.printf(Locale.ROOT, "%-8s %7.4f %7.4f %7.4f%n", "event", event.precision(), event.recall(), event.f1());
    out.printf(Locale.ROOT, "%-8s %7.4f %7.4f %7.4f%n", "topic", topic.precision(), topic.recall(), topic.f1());
    out.printf(Locale.ROOT, "%d stories for %d gold events%n", predicted, events);
    if (Boolean.getBoolean("wdn.eval.verbose")) {
      perTopic(docs, stories, out);
    }
    Map<String, Double> scores = new LinkedHashMap<>();
    scores.put("event.precision", event.precision());
    scores.put("event.recall", event.recall());
    scores.put("event.f1", event.f1());
    scores.put("topic.f1", topic.f1());
    return scores;
  }

  private static void perTopic(List<EcbDocument> docs, List<String> stories, PrintStream out) {
    Map<String, List<Integer>> byTopic = new TreeMap<>();
    for (int i = 0; i < docs.size(); i++) {
      byTopic.computeIfAbsent(docs.get(i).topic(), k -> new ArrayList<>()).add(i);
    }
    byTopic.forEach((topic, idx) -> {
      List<String> p = idx.stream().map(stories::get).toList();
      List<String> g = idx.stream().map(i -> docs.get(i).event()).toList();
      BCubed b = BCubed.of(p, g);
      out.printf(Locale.ROOT, "  topic %-4s docs %3d stories %3d  P %.3f R %.3f F1 %.3f%n",
          topic, idx.size(), p.stream().distinct().count(), b.precision(), b.recall(), b.f1());
    });
  }
}
