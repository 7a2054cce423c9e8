package dev.worlddaily.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code wdn reindex}: rebuilds the search index from the database. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = "Rebuild the search and vector index from the database.")
final class ReindexCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    Console console = Console.system(common.quiet);
    try (Engine engine = Engine.open(common, console)) {
      engine.rebuildIndex();
      console.info("index rebuilt: " + engine.index().storyCount() + " stories, " + engine.index().articleCount() + " articles");
    }
    return 0;
  }
}
