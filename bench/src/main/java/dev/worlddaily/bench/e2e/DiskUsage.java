package dev.worlddaily.bench.e2e;

import dev.worlddaily.app.config.StoreConfig;
import dev.worlddaily.bench.Measure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/** Bytes on disk of a data directory (database and index) and, for PostgreSQL, of the database. */
final class DiskUsage {
  private DiskUsage() {}

  static String describe(Path dir, StoreConfig store) {
    long index = size(dir.resolve("index"));
    long all = size(dir);
    String out = "data directory " + Measure.mib(all) + " (search index " + Measure.mib(index) + ", database " + Measure.mib(all - index) + ")";
    if (store.isPostgres()) {
      out += ", PostgreSQL database " + Measure.mib(postgresBytes(store));
    }
    return out;
  }

  static long size(Path p) {
    if (!Files.exists(p)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(p)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long postgresBytes(StoreConfig store) {
    try (Connection c = DriverManager.getConnection(store.url(), store.user(), store.password());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT pg_database_size(current_database())")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      return -1;
    }
  }

  static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }
}
