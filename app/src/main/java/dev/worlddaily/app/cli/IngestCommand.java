package dev.worlddaily.app.cli;

import dev.worlddaily.app.pipeline.BatchReport;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code wdn ingest PATH-or-URL...}: ingests sources, then clusters and synthesizes. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Ingest files (HTML, text, Markdown, .gz), directories, URLs, feeds, sitemaps or OPML, then cluster and synthesize.")
final class IngestCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "PATH-or-URL", arity = "1..*", description = "What to ingest.")
  List<String> targets;

  @Override
  public Integer call() {
    Console console = Console.system(common.quiet);
    try (Engine engine = Engine.open(common, console)) {
      List<Article> articles = new ArrayList<>();
      List<String> failures = new ArrayList<>();
      for (String target : targets) {
        engine.stages().ingestor().ingest(target, null, o -> collect(o, articles, failures), console.progress("reading " + target));
      }
      failures.forEach(console::error);
      if (articles.isEmpty() && !engine.hasUnfinishedBatch()) {
        // Nothing to process: no need to load the models only to say so.
        console.info("ingested: nothing; " + failures.size() + " sources or items failed");
        return failures.isEmpty() ? 0 : 1;
      }
      BatchReport report = engine.pipeline().process(articles, console.progress("processing"));
      report.rejected().forEach(console::error);
      console.info("ingested: " + report.summary() + (failures.isEmpty() ? "" : "; " + failures.size() + " sources or items failed"));
      return articles.isEmpty() && !failures.isEmpty() ? 1 : 0;
    }
  }

  static void collect(Outcome<Article> o, List<Article> articles, List<String> failures) {
    if (o.isOk()) {
      articles.add(o.value());
    } else {
      failures.add(o.describe());
    }
  }
}
