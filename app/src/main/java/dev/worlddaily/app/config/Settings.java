package dev.worlddaily.app.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Flat settings ({@code section.name=value}) from one properties file, overridden by
 * environment variables ({@code WDN_SECTION_NAME}, case-insensitive), overridden by command-line
 * options. Components read nothing global: the app binds these onto their config records.
 */
public final class Settings {
  private final Map<String, String> values;

  private Settings(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  public static Settings empty() {
    return new Settings(Map.of());
  }

  /**
   * Loads settings.
   *
   * @param file a properties file, or null; a missing file is fine, an unreadable one is not
   * @param environment environment variables (only {@code WDN_*} ones are used, except
   *     {@code WDN_DATA})
   * @param overrides settings from the command line, applied last
   */
  public static Settings load(Path file, Map<String, String> environment, Map<String, String> overrides) {
    Map<String, String> out = new TreeMap<>();
    if (file != null && Files.exists(file)) {
      Properties p = new Properties();
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(r);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read configuration " + file, e);
      }
      for (String k : p.stringPropertyNames()) {
        out.put(k.strip(), p.getProperty(k).strip());
      }
    }
    environment.forEach(
        (k, v) -> {
          if (k.startsWith("WDN_") && !k.equals("WDN_DATA")) {
            String rest = k.substring(4).toLowerCase(Locale.ROOT);
            int dot = rest.indexOf('_');
            if (dot > 0) {
              String key = rest.substring(0, dot) + "." + rest.substring(dot + 1).replace("_", "");
              out.put(key, v);
            }
          }
        });
    out.putAll(overrides);
    return new Settings(out);
  }

  public Map<String, String> asMap() {
    return values;
  }

  public <R extends Record> R bind(R defaults, String prefix) {
    return ConfigBinder.bind(defaults, prefix, values);
  }
}
