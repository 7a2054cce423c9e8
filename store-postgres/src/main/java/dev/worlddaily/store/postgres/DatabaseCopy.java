package dev.worlddaily.store.postgres;

import dev.worlddaily.model.Progress;
import dev.worlddaily.store.Database;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Copies every table of one migrated store into another, empty one, row by row and column by
 * column, in one transaction on the target: {@code wdn migrate} from a data directory's SQLite
 * into PostgreSQL. Both sides are at the same schema version (each was migrated on open), so
 * the tables and columns are the same ({@code MigrationParityTest} holds the migrations to
 * that); the copy reads them from the target's metadata, so a table added by a later migration
 * is copied without a change here. Tables are filled parents first, so foreign keys hold.
 */
public final class DatabaseCopy {
  private static final int BATCH_ROWS = 500;
  private static final int PROGRESS_ROWS = 5_000;

  private DatabaseCopy() {}

  /** Rows copied per table, in the order copied. */
  public record Report(Map<String, Long> rows) {
    public long total() {
      return rows.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /**
   * Copies {@code from} into {@code to}.
   *
   * @throws IllegalStateException when the target already holds rows, or the two schemas differ
   */
  public static Report copy(Database from, Database to, Progress progress) {
    return to.write(target -> {
      List<Table> tables = tablesInDependencyOrder(target);
      for (Table t : tables) {
        long n = count(target, t.name());
        if (n > 0) {
          throw new IllegalStateException("the target already holds data (" + n + " rows in " + t.name()
              + "); wdn migrate copies into an empty database");
        }
      }
      Map<String, Long> sourceRows = from.read(source -> {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Table t : tables) {
          counts.put(t.name(), count(source, t.name()));
        }
        return counts;
      });
      long total = sourceRows.values().stream().mapToLong(Long::longValue).sum();
      long[] done = {0};
      Map<String, Long> copied = new LinkedHashMap<>();
      for (Table t : tables) {
        long n = from.read(source -> copyTable(source, target, t, () -> {
          if (++done[0] % PROGRESS_ROWS == 0 || done[0] == total) {
            progress.update(done[0], total);
          }
        }));
        copied.put(t.name(), n);
      }
      return new Report(copied);
    });
  }

  /** A table and its columns with their JDBC types, as the target declares them. */
  private record Table(String name, List<String> columns, List<Integer> types) {}

  private static long copyTable(Connection source, Connection target, Table t, Runnable onRow) throws SQLException {
    String columns = String.join(", ", t.columns());
    String marks = String.join(", ", t.columns().stream().map(c -> "?").toList());
    long n = 0;
    try (Statement read = source.createStatement();
        PreparedStatement write = target.prepareStatement("INSERT INTO " + t.name() + " (" + columns + ") VALUES (" + marks + ")")) {
      read.setFetchSize(BATCH_ROWS);
      try (ResultSet rs = read.executeQuery("SELECT " + columns + " FROM " + t.name())) {
        while (rs.next()) {
          for (int i = 0; i < t.columns().size(); i++) {
            bind(rs, write, i + 1, t.types().get(i));
          }
          write.addBatch();
          onRow.run();
          if (++n % BATCH_ROWS == 0) {
            write.executeBatch();
          }
        }
      }
      write.executeBatch();
    }
    return n;
  }

  private static void bind(ResultSet rs, PreparedStatement ps, int i, int type) throws SQLException {
    switch (type) {
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
        byte[] v = rs.getBytes(i);
        if (v == null) {
          ps.setNull(i, Types.BINARY);
        } else {
          ps.setBytes(i, v);
        }
      }
      case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
        long v = rs.getLong(i);
        if (rs.wasNull()) {
          ps.setNull(i, type);
        } else if (type == Types.BIGINT) {
          ps.setLong(i, v);
        } else {
          ps.setInt(i, Math.toIntExact(v));
        }
      }
      case Types.DOUBLE, Types.REAL, Types.FLOAT, Types.NUMERIC, Types.DECIMAL -> {
        double v = rs.getDouble(i);
        if (rs.wasNull()) {
          ps.setNull(i, type);
        } else {
          ps.setDouble(i, v);
        }
      }
      default -> {
        String v = rs.getString(i);
        if (v == null) {
          ps.setNull(i, Types.VARCHAR);
        } else {
          ps.setString(i, v);
        }
      }
    }
  }

  private static long count(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The target's tables (without Flyway's), each after the tables its foreign keys point to. */
  private static List<Table> tablesInDependencyOrder(Connection c) throws SQLException {
    DatabaseMetaData md = c.getMetaData();
    Map<String, Table> tables = new LinkedHashMap<>();
    Map<String, Set<String>> parents = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    try (ResultSet rs = md.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
        if (!name.startsWith("flyway")) {
          names.add(name);
        }
      }
    }
    names.sort(null);
    for (String name : names) {
      List<String> columns = new ArrayList<>();
      List<Integer> types = new ArrayList<>();
      try (ResultSet rs = md.getColumns(null, c.getSchema(), name, "%")) {
        while (rs.next()) {
          columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
          types.add(rs.getInt("DATA_TYPE"));
        }
      }
      tables.put(name, new Table(name, columns, types));
      Set<String> ps = new LinkedHashSet<>();
      try (ResultSet rs = md.getImportedKeys(null, c.getSchema(), name)) {
        while (rs.next()) {
          String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
          if (!parent.equals(name)) {
            ps.add(parent);
          }
        }
      }
      parents.put(name, ps);
    }
    List<Table> ordered = new ArrayList<>();
    Set<String> placed = new LinkedHashSet<>();
    while (placed.size() < tables.size()) {
      boolean progressed = false;
      for (String name : names) {
        if (!placed.contains(name) && placed.containsAll(parents.get(name))) {
          placed.add(name);
          ordered.add(tables.get(name));
          progressed = true;
        }
      }
      if (!progressed) {
        throw new IllegalStateException("foreign keys between tables form a cycle: " + names);
      }
    }
    return ordered;
  }
}
