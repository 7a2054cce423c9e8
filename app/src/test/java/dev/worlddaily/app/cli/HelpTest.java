package dev.worlddaily.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command answers {@code --help} with its usage and exit code 0, without touching data. */
class HelpTest {
  @ParameterizedTest
  @ValueSource(strings = {"demo", "run", "serve", "ingest", "stories", "story", "extract", "cluster", "synthesize",
      "annotate", "sources", "reindex", "migrate"})
  void everyCommandHasHelp(String command) {
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = WdnCommand.execute(command, "--help");
    } finally {
      System.setOut(old);
    }
    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: wdn " + command);
  }
}
