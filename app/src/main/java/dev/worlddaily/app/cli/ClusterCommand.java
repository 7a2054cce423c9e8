package dev.worlddaily.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.worlddaily.cluster.Assignment;
import dev.worlddaily.cluster.PublicationOrder;
import dev.worlddaily.cluster.StoryClusterer;
import dev.worlddaily.cluster.StorySplit;
import dev.worlddaily.enrich.Enricher;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.store.JsonCodec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code wdn cluster --input FILE.jsonl}: clustering only. Reads articles in order, as a stream,
 * and assigns each before the next is read into the clusterer, so no decision sees a later
 * article (enrichment runs in small batches for speed; articles of one publication instant are
 * taken in id order, so their order in the file does not matter). Writes {@code {"id": ...,
 * "story": ...}} per input line in input order once the input ends, with the stories as they are
 * then: an article whose story later merged into an older one, or split off, shows its final
 * story.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
    description = "Cluster JSONL articles (id, text, optional title, url, outlet, published) into stories.")
final class ClusterCommand implements Callable<Integer> {
  private static final int BATCH = 32;

  @Mixin CommonOptions common;

  @Option(names = "--input", required = true, paramLabel = "FILE.jsonl", description = "Articles, one JSON object per line.")
  Path input;

  /** Input ids in order, the story each article was assigned or moved to, and merged stories. */
  private final List<String> order = new ArrayList<>();
  private final Map<String, String> storyOf = new HashMap<>();
  private final Map<String, String> mergedInto = new HashMap<>();

  @Override
  public Integer call() throws Exception {
    Console console = Console.system(common.quiet);
    ObjectMapper mapper = JsonCodec.newMapper();
    try (Stages stages = Stages.open(common, console)) {
      Enricher enricher = stages.enricher();
      StoryClusterer clusterer = stages.newClusterer();
      List<Article> pending = new ArrayList<>();
      List<AnnotatedArticle> waiting = new ArrayList<>();
      JsonlReader reader = new JsonlReader(mapper, console::error);
      reader.read(input, a -> {
        order.add(a.id());
        pending.add(a.article());
        if (pending.size() == BATCH) {
          waiting.addAll(enricher.enrichAll(pending));
          pending.clear();
          assign(waiting, clusterer, false);
          console.progress("clustering").update(storyOf.size(), -1);
        }
      });
      waiting.addAll(enricher.enrichAll(pending));
      assign(waiting, clusterer, true);
      for (String id : order) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", id);
        line.put("story", resolve(storyOf.get(id)));
        console.out().println(JsonCodec.write(mapper, line));
      }
      console.out().flush();
      return reader.badLines() == 0 ? 0 : 1;
    }
  }

  /** Assigns the waiting articles, except (unless at the end) those of the last instant. */
  private void assign(List<AnnotatedArticle> waiting, StoryClusterer clusterer, boolean end) {
    int keep = end ? 0 : PublicationOrder.trailingRun(waiting);
    if (keep == waiting.size()) {
      return;
    }
    List<AnnotatedArticle> now = PublicationOrder.of(waiting.subList(0, waiting.size() - keep));
    for (AnnotatedArticle a : now) {
      Assignment assignment = clusterer.assign(a);
      storyOf.put(a.id(), assignment.storyId());
      for (String absorbed : assignment.absorbedStoryIds()) {
        mergedInto.put(absorbed, assignment.storyId());
      }
      for (StorySplit split : assignment.splits()) {
        split.articleIds().forEach(id -> storyOf.put(id, split.newStoryId()));
      }
    }
    waiting.subList(0, waiting.size() - keep).clear();
  }

  /** The story a story id ended up in after merges. */
  private String resolve(String storyId) {
    String current = storyId;
    while (current != null && mergedInto.containsKey(current)) {
      current = mergedInto.get(current);
    }
    return current;
  }
}
