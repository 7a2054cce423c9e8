package dev.worlddaily.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.store.postgres.PostgresConfig;
import dev.worlddaily.store.postgres.PostgresDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every SQLite migration has a PostgreSQL twin (same version and description), and once both are
 * applied the two schemas have the same tables, columns and indexed columns, so that a schema
 * change made for one store cannot be forgotten for the other, and {@code wdn migrate} can copy
 * every table column by column.
 */
class MigrationParityTest {
  @TempDir Path dir;

  @Test
  void everySqliteMigrationHasAPostgresTwin() {
    assertThat(versions("postgresql")).isEqualTo(versions("sqlite"));
  }

  private List<String> versions(String dialect) {
    // Flyway lists what it would apply on an empty SQLite file; only the names are compared.
    Flyway f = Flyway.configure()
        .dataSource("jdbc:sqlite:" + dir.resolve(dialect + ".db"), null, null)
        .locations("classpath:db/migration/" + dialect)
        .load();
    return Arrays.stream(f.info().all()).map(MigrationParityTest::name).toList();
  }

  private static String name(MigrationInfo m) {
    return m.getVersion() + " " + m.getDescription();
  }

  @Test
  void bothSchemasHaveTheSameTablesColumnsAndIndexes() throws IOException, SQLException {
    try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
      PostgresDatabase pg = PostgresDatabase.open(PostgresConfig.of(server.getJdbcUrl("postgres", "postgres"), null, null));
      SqliteDatabase lite = SqliteDatabase.open(dir.resolve("wdn.db"), 1);
      try (pg; lite) {
        Map<String, String> pgSchema = pg.read(c -> describe(c, "public"));
        Map<String, String> liteSchema = lite.read(c -> describe(c, null));
        assertThat(pgSchema).isEqualTo(liteSchema).isNotEmpty();
      }
    }
  }

  /** table -> its columns and its indexed column lists, lower case, sorted. */
  private static Map<String, String> describe(Connection c, String schema) throws SQLException {
    DatabaseMetaData md = c.getMetaData();
    Map<String, String> out = new TreeMap<>();
    try (ResultSet tables = md.getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (tables.next()) {
        String table = tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
        if (table.startsWith("flyway") || table.startsWith("sqlite_")) {
          continue;
        }
        TreeSet<String> columns = new TreeSet<>();
        try (ResultSet cols = md.getColumns(null, schema, tables.getString("TABLE_NAME"), "%")) {
          while (cols.next()) {
            columns.add(cols.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
          }
        }
        Map<String, TreeSet<String>> indexes = new TreeMap<>();
        try (ResultSet ix = md.getIndexInfo(null, schema, tables.getString("TABLE_NAME"), false, false)) {
          while (ix.next()) {
            String name = ix.getString("INDEX_NAME");
            String column = ix.getString("COLUMN_NAME");
            if (name != null && column != null) {
              indexes.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new TreeSet<>()).add(column.toLowerCase(Locale.ROOT));
            }
          }
        }
        // Index names differ for implicit ones (primary keys, UNIQUE): compare the column sets.
        out.put(table, columns + " indexed " + new TreeSet<>(indexes.values().stream().map(Object::toString).toList()));
      }
    }
    return out;
  }
}
