package dev.worlddaily.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every command takes. */
public final class CommonOptions {
  @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: $WDN_DATA or ./wdn-data).")
  Path data;

  @Option(names = "--config", paramLabel = "FILE", description = "Settings file (default: DIR/wdn.properties).")
  Path config;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override one setting, e.g. --set site.name=\"My News\". Repeatable.")
  Map<String, String> overrides = new LinkedHashMap<>();

  @Option(names = "--allow-private-addresses", description = "Allow fetching from loopback and private addresses.")
  boolean allowPrivateAddresses;

  @Option(names = {"-q", "--quiet"}, description = "No progress output.")
  boolean quiet;

  /** The data directory: --data, else WDN_DATA, else ./wdn-data. */
  public Path dataDirectory() {
    if (data != null) {
      return data;
    }
    String env = System.getenv("WDN_DATA");
    return env == null || env.isBlank() ? Path.of("wdn-data") : Path.of(env);
  }
}
