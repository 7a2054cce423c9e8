package dev.worlddaily.bench.e2e;

import dev.worlddaily.app.pipeline.DurableFile;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

/**
 * How far an e2e run in a data directory got, written after each committed batch: the articles
 * of the synthetic stream taken up to the end of that batch, the publication time (simulated
 * clock) of its last article, and the options a continuation must share to be the same stream.
 *
 * @param generated articles of the stream taken up to the last committed batch; every one before
 *     it is stored (or was dropped as a duplicate, or failed extraction)
 * @param lastPublished publication time of the last article of that batch
 */
record E2eProgress(long seed, int outlets, int perDay, String vectors, long generated, Instant lastPublished) {
  /** The file's name in the data directory. */
  static final String FILE = "e2e.progress";

  /** Null when a run with {@code wanted}'s options continues this one's stream; else why not, naming the option. */
  String mismatch(E2eProgress wanted) {
    if (seed != wanted.seed) {
      return "--seed " + wanted.seed + " differs from the stored run's " + seed;
    }
    if (outlets != wanted.outlets) {
      return "--outlets " + wanted.outlets + " differs from the stored run's " + outlets;
    }
    if (perDay != wanted.perDay) {
      return "--per-day " + wanted.perDay + " differs from the stored run's " + perDay;
    }
    if (!vectors.equals(wanted.vectors)) {
      return "--vectors " + wanted.vectors + " differs from the stored run's " + vectors;
    }
    return null;
  }

  E2eProgress at(long generatedNow, Instant publishedNow) {
    return new E2eProgress(seed, outlets, perDay, vectors, generatedNow, publishedNow);
  }

  /** Writes the file durably and atomically (a killed process leaves the old one or the new one). */
  void write(Path dir) {
    Properties p = new Properties();
    p.setProperty("seed", Long.toString(seed));
    p.setProperty("outlets", Integer.toString(outlets));
    p.setProperty("perDay", Integer.toString(perDay));
    p.setProperty("vectors", vectors);
    p.setProperty("generated", Long.toString(generated));
    p.setProperty("lastPublished", lastPublished == null ? "" : lastPublished.toString());
    Path file = dir.resolve(FILE);
    try {
      StringWriter w = new StringWriter();
      p.store(w, "wdn-bench e2e: how far the run in this directory got (read by --resume)");
      DurableFile.replace(file, w.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** The progress file of {@code dir}, if there is one. */
  static Optional<E2eProgress> read(Path dir) {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
      String published = p.getProperty("lastPublished", "");
      return Optional.of(new E2eProgress(Long.parseLong(required(p, "seed")), Integer.parseInt(required(p, "outlets")),
          Integer.parseInt(required(p, "perDay")), required(p, "vectors"), Long.parseLong(required(p, "generated")),
          published.isEmpty() ? null : Instant.parse(published)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalStateException("unreadable " + file + ": " + e.getMessage(), e);
    }
  }

  private static String required(Properties p, String key) {
    String v = p.getProperty(key);
    if (v == null) {
      throw new IllegalStateException("progress file lacks " + key);
    }
    return v.strip();
  }
}
