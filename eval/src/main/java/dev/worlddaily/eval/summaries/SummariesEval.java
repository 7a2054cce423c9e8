package dev.worlddaily.eval.summaries;

import dev.worlddaily.enrich.CompositeEnricher;
import dev.worlddaily.enrich.EnrichConfig;
import dev.worlddaily.eval.EvalArea;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.synthesize.ExtractiveSynthesizer;
import dev.worlddaily.synthesize.StoryDraft;
import dev.worlddaily.synthesize.SynthesisConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code wdn eval summaries}: the extractive synthesizer on the three-outlet clusters of the
 * summaries set. ROUGE-1/2/L F1 of {@code headline + " " + dek} (dek capped at 60 words) against
 * the editors' headline and summary, and over the same run an independent audit of every
 * published element against the spans it cites.
 */
public final class SummariesEval implements EvalArea {
  static final int DEK_CAP_WORDS = 60;
  private static final Instant PUBLISHED = Instant.parse("2026-11-01T12:00:00Z");

  @Override
  public String name() {
    return "summaries";
  }

  @Override
  public String dataDirectory() {
    return "summarization";
  }

  /** The scored output of one cluster. */
  record Scored(SummaryClusters.Cluster cluster, String candidate, Rouge.Scores scores) {}

  @Override
  public Map<String, Double> run(Path data, PrintStream out) throws IOException {
    List<SummaryClusters.Cluster> clusters = SummaryClusters.read(data);
    long t0 = System.nanoTime();
    List<Scored> scored = new ArrayList<>();
    int checked = 0;
    int dropped = 0;
    int stories = 0;
    Map<String, String> texts = new HashMap<>();
    CitationAudit audit = new CitationAudit(texts);
    try (CompositeEnricher enricher = new CompositeEnricher(enrichConfig())) {
      long tEnrich = 0;
      long tSynth = 0;
      ExtractiveSynthesizer synthesizer = new ExtractiveSynthesizer(SynthesisConfig.defaults().withDekWords(DEK_CAP_WORDS));
      for (SummaryClusters.Cluster c : clusters) {
        List<Article> articles = articles(c);
        long a = System.nanoTime();
        List<AnnotatedArticle> annotated = enricher.enrichAll(articles);
        long b = System.nanoTime();
        ExtractiveSynthesizer.Composed composed = synthesizer.compose(new StoryDraft("cluster-" + c.line(), annotated, null, List.of(), PUBLISHED));
        Story story = composed.story();
        tSynth += System.nanoTime() - b;
        tEnrich += b - a;
        stories++;
        checked += composed.report().checked();
        dropped += composed.report().dropped();
        texts.clear();
        articles.forEach(x -> texts.put(x.id(), x.text()));
        audit.audit(story);
        String candidate = candidate(story);
        scored.add(new Scored(c, candidate, Rouge.score(candidate, c.target())));
      }
      out.printf(Locale.ROOT, "clusters %d, enrichment %.1f s, synthesis %.1f s (%.1f ms per story)%n",
          stories, tEnrich / 1e9, tSynth / 1e9, tSynth / 1e6 / Math.max(1, stories));
    }
    Map<String, Double> metrics = new LinkedHashMap<>();
    double[] all = mean(scored, 0, 1);
    metrics.put("rouge1", all[0]);
    metrics.put("rouge2", all[1]);
    metrics.put("rougeL", all[2]);
    metrics.put("citationPrecision", audit.elements() == 0 ? 0 : audit.supported() / (double) audit.elements());
    metrics.put("unsupportedFigures", (double) audit.unsupportedFigures());
    out.printf(Locale.ROOT, "%-34s %7s %7s %7s%n", "system", "R-1", "R-2", "R-L");
    out.printf(Locale.ROOT, "%-34s %7.1f %7.1f %7.1f%n", "LexRank (published, test split)", 40.3, 17.4, 25.6);
    out.printf(Locale.ROOT, "%-34s %7.1f %7.1f %7.1f%n", "best published (test split)", 43.2, 21.4, 32.9);
    out.printf(Locale.ROOT, "%-34s %7.1f %7.1f %7.1f%n", "worlddaily extractive", 100 * all[0], 100 * all[1], 100 * all[2]);
    out.printf(Locale.ROOT, "candidate length: %.1f tokens on average (target %.1f)%n",
        scored.stream().mapToInt(x -> Rouge.tokens(x.candidate()).size()).average().orElse(0),
        scored.stream().mapToInt(x -> Rouge.tokens(x.cluster().target()).size()).average().orElse(0));
    double[] odd = mean(scored, 1, 2);
    double[] even = mean(scored, 0, 2);
    out.printf(Locale.ROOT, "%-34s %7.1f %7.1f %7.1f%n", "  odd lines", 100 * odd[0], 100 * odd[1], 100 * odd[2]);
    out.printf(Locale.ROOT, "%-34s %7.1f %7.1f %7.1f%n", "  even lines", 100 * even[0], 100 * even[1], 100 * even[2]);
    out.printf(Locale.ROOT, "citation audit: %d of %d published elements lie in their cited spans (precision %.4f); figures %d, unsupported %d%n",
        audit.supported(), audit.elements(), metrics.get("citationPrecision"), audit.figures(), audit.unsupportedFigures());
    out.printf(Locale.ROOT, "synthesizer's own verification: %d elements checked, %d dropped before publication%n", checked, dropped);
    audit.failures().stream().limit(10).forEach(f -> out.println("  audit failure: " + f));
    printWorst(scored, out);
    return metrics;
  }

  /**
   * Enrichment as in production, but English only (the set is English; fewer language models
   * load) and without embeddings, which synthesis does not read (they serve clustering and
   * categories); with {@code -Dwdn.eval.embeddings=true} they are computed anyway.
   */
  private static EnrichConfig enrichConfig() {
    EnrichConfig d = EnrichConfig.defaults();
    return new EnrichConfig(List.of("en"), Boolean.getBoolean("wdn.eval.embeddings"), d.embeddingBatchSize(), d.embeddingCacheSize(),
        d.leadChars(), d.bodyChars());
  }

  /** What the metric reads: the headline and the dek's first 60 words. */
  static String candidate(Story s) {
    String dek = s.dek() == null ? "" : s.dek().strip();
    String[] words = dek.isEmpty() ? new String[0] : dek.split("\\s+");
    if (words.length > DEK_CAP_WORDS) {
      dek = String.join(" ", Arrays.copyOf(words, DEK_CAP_WORDS));
    }
    return ((s.headline() == null ? "" : s.headline()) + " " + dek).strip();
  }

  private static List<Article> articles(SummaryClusters.Cluster c) {
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < c.reports().size(); i++) {
      SummaryClusters.Report r = c.reports().get(i);
      String domain = "outlet-" + (char) ('a' + i) + ".example";
      Outlet outlet = new Outlet("Outlet " + (char) ('A' + i), domain, null, "en", null, null);
      out.add(Article.builder().url("https://" + domain + "/cluster-" + c.line()).outlet(outlet).title(r.title())
          .published(PUBLISHED.plusSeconds(60L * i)).blocks(List.of(r.text()), null).build());
    }
    return out;
  }

  private static double[] mean(List<Scored> scored, int from, int step) {
    double[] s = new double[3];
    int n = 0;
    for (int i = from; i < scored.size(); i += step) {
      Rouge.Scores r = scored.get(i).scores();
      s[0] += r.rouge1();
      s[1] += r.rouge2();
      s[2] += r.rougeL();
      n++;
    }
    for (int i = 0; i < 3; i++) {
      s[i] = n == 0 ? 0 : s[i] / n;
    }
    return s;
  }

  /** With {@code -Dwdn.eval.worst=N}, the N clusters where we do worst, for diagnosis. */
  private static void printWorst(List<Scored> scored, PrintStream out) {
    int n = Integer.getInteger("wdn.eval.worst", 0);
    scored.stream().sorted((a, b) -> Double.compare(a.scores().rougeL(), b.scores().rougeL())).limit(n).forEach(s ->
        out.printf(Locale.ROOT, "  worst line %d R-L %.2f%n    ours: %s%n    want: %s%n", s.cluster().line(), s.scores().rougeL(), s.candidate(), s.cluster().target()));
  }
}
