package dev.worlddaily.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.sample.SampleCorpus;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wdn migrate} end to end: a data directory filled by {@code wdn ingest} is copied into a
 * real PostgreSQL server, and the commands then read the same stories from it through {@code
 * store.url} as they read from SQLite.
 */
class MigrateCommandTest {
  @TempDir Path dir;

  /** Runs a command; returns exit code, stdout and stderr. */
  private record Run(int code, String out, String err) {}

  private static Run wdn(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int code = WdnCommand.execute(args);
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void aDataDirectoryMovesToPostgresAndReadsTheSame() throws Exception {
    Path data = dir.resolve("data");
    List<String> ingest = new ArrayList<>(List.of("ingest", "--data", data.toString(), "-q"));
    SampleCorpus.load().copyTextFiles(dir.resolve("files")).forEach(p -> ingest.add(p.toString()));
    assertThat(wdn(ingest.toArray(String[]::new)).code()).isZero();
    Run fromSqlite = wdn("stories", "--json", "--all", "--data", data.toString(), "-q");
    assertThat(fromSqlite.code()).isZero();
    assertThat(fromSqlite.out().lines().count()).isGreaterThan(1);

    try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
      String url = server.getJdbcUrl("postgres", "postgres");
      Run migrate = wdn("migrate", "--from", data.toString(), "--to", url);
      assertThat(migrate.code()).as(migrate.err()).isZero();
      assertThat(migrate.err()).contains("copied").contains("articles");

      Run fromPostgres = wdn("stories", "--json", "--all", "--data", data.toString(), "-q", "--set", "store.url=" + url);
      assertThat(fromPostgres.code()).as(fromPostgres.err()).isZero();
      assertThat(fromPostgres.out()).isEqualTo(fromSqlite.out());

      Run again = wdn("migrate", "--from", data.toString(), "--to", url);
      assertThat(again.code()).isEqualTo(2);
      assertThat(again.err().strip()).startsWith("wdn migrate: ").contains("already holds data").doesNotContain("\n");
    }
  }

  @Test
  void badTargetsAreOneLineErrors() {
    Run notPostgres = wdn("migrate", "--from", dir.toString(), "--to", "jdbc:mysql://localhost/x");
    assertThat(notPostgres.code()).isEqualTo(2);
    assertThat(notPostgres.err().strip()).isEqualTo("wdn migrate: --to must be a jdbc:postgresql: URL: jdbc:mysql://localhost/x");
    Run noStore0 = wdn("migrate", "--from", dir.resolve("nothing").toString(), "--to", "jdbc:postgresql://127.0.0.1/x");
    assertThat(noStore0.code()).isEqualTo(2);
    assertThat(noStore0.err()).contains("no store to copy");
    Run noStore = wdn("stories", "--data", dir.toString(), "--set", "store.url=jdbc:mysql://localhost/x");
    assertThat(noStore.code()).isEqualTo(2);
    assertThat(noStore.err().strip()).contains("store: url must be").contains("jdbc:postgresql:").doesNotContain("\n");
  }
}
