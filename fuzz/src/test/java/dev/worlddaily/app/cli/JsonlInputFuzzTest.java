package dev.worlddaily.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.Paragraph;
import dev.worlddaily.store.JsonCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The JSONL input of {@code wdn cluster}, {@code synthesize} and {@code annotate}, as a file of
 * arbitrary bytes: every line is either an article whose text is kept exactly as given, with
 * paragraph spans inside it, or one reported error naming its line; the reader never throws.
 */
class JsonlInputFuzzTest {
  private Path file;

  @BeforeEach
  void createFile() throws IOException {
    file = Files.createTempFile("wdn-fuzz", ".jsonl");
  }

  @AfterEach
  void deleteFile() throws IOException {
    Files.deleteIfExists(file);
  }

  @FuzzTest(maxDuration = "20s")
  void jsonlFiles(byte[] content) throws IOException {
    Files.write(file, content);
    List<String> errors = new ArrayList<>();
    List<InputArticle> read = new ArrayList<>();
    JsonlReader reader = new JsonlReader(JsonCodec.newMapper(), errors::add);
    reader.read(file, read::add);
    assertThat(reader.badLines()).isEqualTo(errors.size());
    for (String e : errors) {
      assertThat(e).matches("line \\d+: skipped: .*").doesNotContain("\n");
    }
    for (InputArticle a : read) {
      Article article = a.article();
      assertThat(article.id()).isEqualTo(a.id()).isNotBlank();
      int previousEnd = 0;
      for (Paragraph p : article.paragraphs()) {
        assertThat(p.start()).isGreaterThanOrEqualTo(previousEnd);
        assertThat(p.end()).isLessThanOrEqualTo(article.text().length());
        previousEnd = p.end();
      }
    }
  }
}
