package dev.worlddaily.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads JSONL input line by line as a stream. A bad line is reported with its number and
 * skipped; the rest is processed. Invalid UTF-8 is an error of its line, not of the file.
 */
final class JsonlReader {
  private static final int MAX_REASON_CHARS = 300;
  private final ObjectMapper json;
  private final Consumer<String> errors;
  private int badLines;

  JsonlReader(ObjectMapper json, Consumer<String> errors) {
    this.json = json;
    this.errors = errors;
  }

  /** Calls {@code sink} for every good line, in order. */
  void read(Path file, Consumer<InputArticle> sink) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no such file: " + file);
    }
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        if (line.indexOf('\uFFFD') >= 0) {
          bad(number, "invalid UTF-8");
          continue;
        }
        try {
          sink.accept(InputArticle.parse(json.readTree(line)));
        } catch (JsonProcessingException e) {
          bad(number, "invalid JSON: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
          bad(number, e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private void bad(int number, String reason) {
    badLines++;
    errors.accept("line " + number + ": skipped: " + oneLine(reason));
  }

  /**
   * The reason on one line and of bounded length: it quotes input (an id, a date), which may hold
   * line breaks or control characters (fuzzing found an id with a newline splitting the error).
   */
  static String oneLine(String reason) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    for (; i < reason.length() && sb.length() < MAX_REASON_CHARS; i++) {
      char c = reason.charAt(i);
      if (c == '\n') {
        sb.append("\\n");
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return i < reason.length() ? sb + "..." : sb.toString();
  }

  int badLines() {
    return badLines;
  }
}
