package dev.worlddaily.app.cli;

import dev.worlddaily.model.story.Story;
import dev.worlddaily.store.JsonCodec;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wdn story ID}: shows one story. */
@Command(name = "story", mixinStandardHelpOptions = true, description = "Show one story (by id or slug).")
final class StoryCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "ID", description = "Story id or slug.")
  String id;

  @Option(names = "--json", description = "The story as JSON (the story contract).")
  boolean json;

  @Option(names = "--story-version", paramLabel = "N", description = "Show an earlier version of the story.")
  Integer version;

  @Override
  public Integer call() throws Exception {
    Console console = Console.system(common.quiet);
    try (Engine engine = Engine.open(common, console)) {
      Story s = (version == null ? engine.store().story(id) : engine.store().storyVersion(id, version))
          .orElseThrow(() -> new IllegalArgumentException("no story " + id + (version == null ? "" : " version " + version)));
      if (json) {
        console.out().println(JsonCodec.newMapper().writeValueAsString(s));
      } else {
        StoryText.full(console.out(), s);
      }
    }
    return 0;
  }
}
