package dev.worlddaily.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The layout of a data directory: {@code wdn.db} (SQLite, the system of record), {@code index/}
 * (Lucene, derived and rebuildable) and {@code wdn.properties} (optional configuration).
 */
public record DataDirectory(Path root) {

  public DataDirectory {
    root = root.toAbsolutePath().normalize();
  }

  /** Creates the directory if needed. */
  public static DataDirectory open(Path root) {
    try {
      Files.createDirectories(root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data directory " + root, e);
    }
    if (!Files.isWritable(root)) {
      throw new IllegalArgumentException("data directory is not writable: " + root);
    }
    return new DataDirectory(root);
  }

  public Path database() {
    return root.resolve("wdn.db");
  }

  public Path index() {
    return root.resolve("index");
  }

  public Path config() {
    return root.resolve("wdn.properties");
  }

  public String jdbcUrl() {
    return "jdbc:sqlite:" + database();
  }
}
