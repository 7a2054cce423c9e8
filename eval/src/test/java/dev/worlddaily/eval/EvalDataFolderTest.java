package dev.worlddaily.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A missing or wrong data folder fails {@code wdn eval} with one line and exit code 2, for every
 * area and for {@code all}; it never prints NaN scores and exits 0.
 */
class EvalDataFolderTest {
  @TempDir Path dir;
  private final StringWriter err = new StringWriter();

  private int eval(String... args) {
    return EvalMain.execute(new PrintWriter(err, true), args);
  }

  private String errorLine() {
    String e = err.toString().strip();
    assertThat(e.lines().count()).as(e).isEqualTo(1);
    return e;
  }

  @Test
  void aMissingFolderFailsEveryAreaWithOneLine() {
    Path missing = dir.resolve("no-such-folder");
    for (String area : new String[] {"extraction", "entities", "categories", "summaries", "all"}) {
      err.getBuffer().setLength(0);
      assertThat(eval(area, "--data", missing.toString())).as(area).isEqualTo(2);
      assertThat(errorLine()).as(area).startsWith("wdn eval: " + area + ": data folder not found: ").endsWith("no-such-folder");
    }
  }

  @Test
  void aFolderWithoutTheAreasFilesFailsWithOneLine() {
    for (String area : new String[] {"extraction", "entities", "categories", "summaries"}) {
      err.getBuffer().setLength(0);
      assertThat(eval(area, "--data", dir.toString(), "--check-floors")).as(area).isEqualTo(2);
      assertThat(errorLine()).as(area).startsWith("wdn eval: ").doesNotContain("Exception");
    }
    err.getBuffer().setLength(0);
    assertThat(eval("all", "--data", dir.toString())).isEqualTo(2);
    assertThat(errorLine()).startsWith("wdn eval: all: no evaluation set found in ");
  }

  @Test
  void anExtractionSetWithoutPagesFailsInsteadOfPrintingNaN() throws IOException {
    Path set = Files.createDirectories(dir.resolve("scrapinghub"));
    Files.writeString(set.resolve("ground-truth.json"), "{}");
    assertThat(eval("extraction", "--data", dir.toString())).isEqualTo(2);
    assertThat(errorLine()).startsWith("wdn eval: no extraction pages in ");
    Files.writeString(set.resolve("ground-truth.json"), "{\"a\": ");
    err.getBuffer().setLength(0);
    assertThat(eval("extraction", "--data", dir.toString())).isEqualTo(2);
    assertThat(errorLine()).startsWith("wdn eval: ");
  }

  @Test
  void aTinySetIsMeasuredAndItsFloorsChecked() throws IOException {
    // One page of a fictional outlet: it scores, and far too few pages cannot pass the pinned floors.
    Path set = Files.createDirectories(dir.resolve("scrapinghub/html"));
    String body = "The ferry between the fictional isles of Norrby and Vell ran again on Monday after a week of storms,"
        + " the operator said, and extra crossings were added for the weekend.";
    Files.writeString(set.getParent().resolve("ground-truth.json"),
        "{\"p1\": {\"articleBody\": \"" + body + "\", \"url\": \"https://isles-courier.example/ferry\"}}");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(set.resolve("p1.html.gz")))) {
      out.write(("<html><head><title>Ferry runs again</title></head><body><article><h1>Ferry runs again</h1><p>" + body
          + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8));
    }
    assertThat(eval("extraction", "--data", dir.toString())).as(err.toString()).isZero();
    assertThat(eval("extraction", "--data", dir.toString(), "--check-floors")).isEqualTo(1);
  }
}
