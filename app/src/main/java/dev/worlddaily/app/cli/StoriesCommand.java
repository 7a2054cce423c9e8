package dev.worlddaily.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.worlddaily.model.Category;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.store.JsonCodec;
import dev.worlddaily.store.Store;
import dev.worlddaily.store.StoryQuery;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code wdn stories}: lists stories, newest first. */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = "List stories, most recently updated first (published ones unless --all).")
final class StoriesCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--json", description = "One story per line in the JSON of the story contract.")
  boolean json;

  @Option(names = "--all", description = "Also list stories not yet published (single-source).")
  boolean all;

  @Option(names = "--category", paramLabel = "NAME", description = "Only this category (Politics, World, Business, ...).")
  String category;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "At most N stories (default ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() throws Exception {
    if (limit < 1) {
      throw new IllegalArgumentException("--limit must be >= 1: " + limit);
    }
    Console console = Console.system(common.quiet);
    try (Engine engine = Engine.open(common, console)) {
      Store store = engine.store();
      StoryQuery q = StoryQuery.latest(limit).withUnpublished(all);
      if (category != null) {
        q = q.withCategory(Category.parse(category));
      }
      ObjectMapper mapper = JsonCodec.newMapper();
      for (Story s : store.stories(q)) {
        if (json) {
          console.out().println(mapper.writeValueAsString(s));
        } else {
          StoryText.summaryLine(console.out(), s, store.isPublished(s.id()));
        }
      }
    }
    return 0;
  }
}
