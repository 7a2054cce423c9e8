package dev.worlddaily.app.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The ids of the batch the pipeline is writing, kept in a file from before its first write
 * until its search index commit. A batch writes each article, assignment and story in its own
 * transaction, so a process killed in between leaves articles without a story, stories that
 * miss their newest articles, and an index behind the database; the file left behind names
 * exactly the articles to repair from (see {@link StoryPipeline#recover()}).
 */
public final class BatchJournal {
  /** No journal: for tests and tools whose store is thrown away. */
  public static final BatchJournal NONE = new BatchJournal(null);

  private final Path file;

  /** @param file where the journal lives (in the data directory), or null for none */
  public BatchJournal(Path file) {
    this.file = file;
  }

  /** Records that a batch of these articles starts writing; durable before it returns. */
  void begin(List<String> articleIds) {
    if (file == null) {
      return;
    }
    try {
      DurableFile.replace(file, (String.join("\n", articleIds) + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the batch journal " + file, e);
    }
  }

  /** Records that the batch is fully written and indexed. */
  void end() {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the batch journal " + file, e);
    }
  }

  /** The article ids of a batch that did not finish, if the last process stopped inside one. */
  Optional<List<String>> unfinished() {
    if (file == null || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the batch journal " + file, e);
    }
  }
}
