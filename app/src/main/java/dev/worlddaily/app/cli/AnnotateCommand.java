package dev.worlddaily.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.worlddaily.enrich.AnnotationJson;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.store.JsonCodec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code wdn annotate --input FILE.jsonl}: enrichment only. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
    description = "Annotate JSONL articles: language, category, sentences, entities, figures, quotes (offsets into the input text).")
final class AnnotateCommand implements Callable<Integer> {
  private static final int BATCH = 32;

  @Mixin CommonOptions common;

  @Option(names = "--input", required = true, paramLabel = "FILE.jsonl")
  Path input;

  @Override
  public Integer call() throws Exception {
    Console console = Console.system(common.quiet);
    ObjectMapper json = JsonCodec.newMapper();
    try (Stages stages = Stages.open(common, console)) {
      List<Article> pending = new ArrayList<>();
      JsonlReader reader = new JsonlReader(json, console::error);
      reader.read(input, a -> {
        pending.add(a.article());
        if (pending.size() == BATCH) {
          flush(pending, stages, json, console);
        }
      });
      flush(pending, stages, json, console);
      console.out().flush();
      return reader.badLines() == 0 ? 0 : 1;
    }
  }

  private static void flush(List<Article> pending, Stages stages, ObjectMapper json, Console console) {
    for (AnnotatedArticle a : stages.enricher().enrichAll(pending)) {
      console.out().println(JsonCodec.write(json, AnnotationJson.of(a.id(), a.annotations())));
    }
    pending.clear();
  }
}
