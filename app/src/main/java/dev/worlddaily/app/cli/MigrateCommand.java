package dev.worlddaily.app.cli;

import dev.worlddaily.app.config.Settings;
import dev.worlddaily.app.config.StoreConfig;
import dev.worlddaily.app.config.Stores;
import dev.worlddaily.store.DataDirectory;
import dev.worlddaily.store.Database;
import dev.worlddaily.store.SqliteDatabase;
import dev.worlddaily.store.postgres.DatabaseCopy;
import dev.worlddaily.store.postgres.PostgresDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code wdn migrate --from DIR --to jdbc:postgresql://...}: copies a data directory's SQLite
 * store into an empty PostgreSQL database, in one transaction, and checks the row counts.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true,
    description = {
      "Copy a data directory's store (SQLite) into an empty PostgreSQL database.",
      "The role and password come from store.user and store.password (--set, the settings file, or WDN_STORE_USER and WDN_STORE_PASSWORD).",
      "Afterwards run with store.url set to the same URL; the data directory keeps the settings and the search index."
    })
final class MigrateCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--from", paramLabel = "DIR", description = "The data directory to copy (default: --data).")
  Path from;

  @Option(names = "--to", paramLabel = "URL", required = true, description = "The target, jdbc:postgresql://host[:port]/database.")
  String to;

  @Override
  public Integer call() {
    Console console = Console.system(common.quiet);
    if (!to.toLowerCase(Locale.ROOT).startsWith(StoreConfig.POSTGRES_PREFIX)) {
      throw new IllegalArgumentException("--to must be a " + StoreConfig.POSTGRES_PREFIX + " URL: " + to);
    }
    Path dir = from != null ? from : common.dataDirectory();
    DataDirectory data = new DataDirectory(dir);
    if (!Files.isRegularFile(data.database())) {
      throw new IllegalArgumentException("no store to copy: " + data.database() + " does not exist");
    }
    Map<String, String> overrides = new LinkedHashMap<>(common.overrides);
    Settings settings = Settings.load(common.config != null ? common.config : data.config(), System.getenv(), overrides);
    StoreConfig target = settings.bind(StoreConfig.defaults(), "store").withUrl(to);
    try (Database source = SqliteDatabase.open(data.database(), 2);
        PostgresDatabase pg = PostgresDatabase.open(Stores.postgres(target))) {
      DatabaseCopy.Report report = DatabaseCopy.copy(source, pg, console.progress("migrate"));
      console.info("copied " + report.total() + " rows into " + Stores.postgres(target).displayUrl() + ": "
          + report.rows().getOrDefault("articles", 0L) + " articles, " + report.rows().getOrDefault("stories", 0L) + " stories");
      console.info("to use it: --set store.url=" + Stores.postgres(target).displayUrl() + " (or store.url=... in " + data.config() + ")");
    }
    return 0;
  }
}
