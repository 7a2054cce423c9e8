package dev.worlddaily.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.store.JsonCodec;
import dev.worlddaily.synthesize.StoryDraft;
import dev.worlddaily.synthesize.StorySynthesizer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code wdn synthesize --input FILE.jsonl}: synthesis only. Articles are grouped by their
 * {@code story} field (no field: all one story); one story JSON per group, in order of first
 * appearance, each with {@code key} set to the group's value. Citations use the input ids and
 * index into the input text.
 */
@Command(name = "synthesize", mixinStandardHelpOptions = true,
    description = {"Synthesize one cited story per group of JSONL articles (grouped by their \"story\" field).",
        "With --set llm.baseUrl=URL --set llm.model=NAME an OpenAI-compatible LLM writes the dek, body and key points; "
            + "its sentences pass the same citation checks."})
final class SynthesizeCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--input", required = true, paramLabel = "FILE.jsonl", description = "Articles, one JSON object per line.")
  Path input;

  @Option(names = "--dek-words", paramLabel = "N", description = "Maximum words of the dek (default 60, at least 10).")
  Integer dekWords;

  @Override
  public Integer call() throws Exception {
    Console console = Console.system(common.quiet);
    if (dekWords != null) {
      if (dekWords < 10) {
        throw new IllegalArgumentException("--dek-words must be >= 10: " + dekWords);
      }
      common.overrides.put("synthesis.dekWords", Integer.toString(dekWords));
    }
    ObjectMapper mapper = JsonCodec.newMapper();
    Map<String, List<Article>> groups = new LinkedHashMap<>();
    JsonlReader reader = new JsonlReader(mapper, console::error);
    reader.read(input, a -> groups.computeIfAbsent(a.story() == null ? "" : a.story(), k -> new ArrayList<>()).add(a.article()));
    try (Stages stages = Stages.open(common, console)) {
      StorySynthesizer synthesizer = stages.synthesizer();
      var progress = console.progress("synthesizing");
      int done = 0;
      for (Map.Entry<String, List<Article>> group : groups.entrySet()) {
        List<AnnotatedArticle> annotated = stages.enricher().enrichAll(group.getValue());
        String key = group.getKey();
        Story story = synthesizer.synthesize(new StoryDraft(key.isEmpty() ? "story" : key, annotated, null, List.of(), Instant.now()));
        ObjectNode node = mapper.valueToTree(story);
        node.put("key", key.isEmpty() ? null : key);
        console.out().println(mapper.writeValueAsString(node));
        progress.update(++done, groups.size());
      }
    }
    console.out().flush();
    return reader.badLines() == 0 ? 0 : 1;
  }
}
