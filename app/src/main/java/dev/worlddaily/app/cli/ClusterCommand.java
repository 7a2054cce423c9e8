package dev.worlddaily.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.worlddaily.cluster.Assignment;
import dev.worlddaily.cluster.StoryClusterer;
import dev.worlddaily.enrich.Enricher;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.store.JsonCodec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code wdn cluster --input FILE.jsonl}: clustering only. Reads articles in order, as a stream,
 * and writes {@code {"id": ..., "story": ...}} per input line in input order. Enrichment runs in
 * small batches for speed; each article is still assigned before the next one is read into the
 * clusterer, so no decision sees a later article.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
    description = "Cluster JSONL articles (id, text, optional title, url, outlet, published) into stories.")
final class ClusterCommand implements Callable<Integer> {
  private static final int BATCH = 32;

  @Mixin CommonOptions common;

  @Option(names = "--input", required = true, paramLabel = "FILE.jsonl", description = "Articles, one JSON object per line.")
  Path input;

  @Override
  public Integer call() throws Exception {
    Console console = Console.system(common.quiet);
    ObjectMapper mapper = JsonCodec.newMapper();
    try (Stages stages = Stages.open(common, console)) {
      Enricher enricher = stages.enricher();
      StoryClusterer clusterer = stages.newClusterer();
      List<InputArticle> pending = new ArrayList<>();
      JsonlReader reader = new JsonlReader(mapper, console::error);
      int[] done = {0};
      reader.read(input, a -> {
        pending.add(a);
        if (pending.size() == BATCH) {
          flush(pending, enricher, clusterer, mapper, console);
          done[0] += BATCH;
          console.progress("clustering").update(done[0], -1);
        }
      });
      flush(pending, enricher, clusterer, mapper, console);
      console.out().flush();
      return reader.badLines() == 0 ? 0 : 1;
    }
  }

  private static void flush(List<InputArticle> pending, Enricher enricher, StoryClusterer clusterer, ObjectMapper mapper, Console console) {
    if (pending.isEmpty()) {
      return;
    }
    List<Article> articles = pending.stream().map(InputArticle::article).toList();
    List<AnnotatedArticle> annotated = enricher.enrichAll(articles);
    for (AnnotatedArticle a : annotated) {
      Assignment assignment = clusterer.assign(a);
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("id", a.id());
      line.put("story", assignment.storyId());
      console.out().println(JsonCodec.write(mapper, line));
    }
    pending.clear();
  }
}
