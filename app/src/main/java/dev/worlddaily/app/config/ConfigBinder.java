package dev.worlddaily.app.config;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Binds flat settings ({@code prefix.component=value}) onto a component's configuration record,
 * starting from that record's defaults. Each component keeps its own validated defaults; this
 * class only knows how to turn text into the component types (String, numbers, boolean,
 * Duration as ISO-8601 or "90s"/"15m"/"6h"/"2d", Path, URI, enums, comma-separated lists of
 * strings). Unknown keys under a bound prefix are reported, so a typo never passes silently.
 */
public final class ConfigBinder {
  private ConfigBinder() {}

  /**
   * Returns {@code defaults} with every component named in {@code settings} under {@code prefix}
   * replaced.
   *
   * @throws IllegalArgumentException naming the key when a value cannot be parsed, the record
   *     rejects it, or a key names no component
   */
  public static <R extends Record> R bind(R defaults, String prefix, Map<String, String> settings) {
    Class<?> type = defaults.getClass();
    RecordComponent[] components = type.getRecordComponents();
    Set<String> names = Arrays.stream(components).map(c -> c.getName().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
    String p = prefix + ".";
    for (String key : settings.keySet()) {
      if (key.startsWith(p) && !names.contains(key.substring(p.length()).toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("unknown setting " + key + " (known under " + prefix + ": " + String.join(", ", componentNames(components)) + ")");
      }
    }
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    boolean changed = false;
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      types[i] = c.getType();
      String raw = lookup(settings, p + c.getName());
      try {
        values[i] = raw == null ? c.getAccessor().invoke(defaults) : parse(raw.strip(), c);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + type.getSimpleName() + "." + c.getName(), e);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(p + c.getName() + ": cannot use '" + raw + "': " + e.getMessage(), e);
      }
      changed |= raw != null;
    }
    if (!changed) {
      return defaults;
    }
    try {
      Constructor<?> ctor = type.getDeclaredConstructor(types);
      ctor.setAccessible(true);
      @SuppressWarnings("unchecked")
      R bound = (R) ctor.newInstance(values);
      return bound;
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw new IllegalArgumentException(prefix + ": " + (cause == null ? e.getMessage() : cause.getMessage()), cause);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct " + type.getSimpleName(), e);
    }
  }

  private static List<String> componentNames(RecordComponent[] components) {
    return Arrays.stream(components).map(RecordComponent::getName).toList();
  }

  private static String lookup(Map<String, String> settings, String key) {
    String exact = settings.get(key);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, String> e : settings.entrySet()) {
      if (e.getKey().equalsIgnoreCase(key)) {
        return e.getValue();
      }
    }
    return null;
  }

  private static Object parse(String raw, RecordComponent c) {
    Class<?> t = c.getType();
    if (t == String.class) {
      return raw.isEmpty() ? null : raw;
    }
    if (t == int.class || t == Integer.class) {
      return Integer.parseInt(raw.replace("_", ""));
    }
    if (t == long.class || t == Long.class) {
      return Long.parseLong(raw.replace("_", ""));
    }
    if (t == double.class || t == Double.class) {
      return Double.parseDouble(raw);
    }
    if (t == float.class || t == Float.class) {
      return Float.parseFloat(raw);
    }
    if (t == boolean.class || t == Boolean.class) {
      return switch (raw.toLowerCase(Locale.ROOT)) {
        case "true", "yes", "on", "1" -> true;
        case "false", "no", "off", "0" -> false;
        default -> throw new IllegalArgumentException("expected true or false");
      };
    }
    if (t == Duration.class) {
      return parseDuration(raw);
    }
    if (t == Path.class) {
      return Path.of(raw);
    }
    if (t == URI.class) {
      return URI.create(raw);
    }
    if (t.isEnum()) {
      for (Object constant : t.getEnumConstants()) {
        if (((Enum<?>) constant).name().equalsIgnoreCase(raw.replace('-', '_'))) {
          return constant;
        }
      }
      throw new IllegalArgumentException("expected one of " + Arrays.toString(t.getEnumConstants()));
    }
    if (t == List.class || t == Set.class) {
      List<String> items = Arrays.stream(raw.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
      return t == Set.class ? Set.copyOf(items) : items;
    }
    throw new IllegalArgumentException("settings of type " + t.getSimpleName() + " cannot be given as text");
  }

  /** Parses "PT15M", or a number with a unit: "250ms", "90s", "15m", "6h", "2d". */
  public static Duration parseDuration(String raw) {
    String s = raw.strip().toLowerCase(Locale.ROOT);
    if (s.startsWith("p")) {
      return Duration.parse(raw.strip().toUpperCase(Locale.ROOT));
    }
    int i = 0;
    while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
      i++;
    }
    if (i == 0) {
      throw new IllegalArgumentException("expected a duration such as 90s, 15m, 6h, 2d or PT15M");
    }
    double n = Double.parseDouble(s.substring(0, i));
    String unit = s.substring(i).strip();
    double millis = switch (unit) {
      case "ms" -> n;
      case "s", "" -> n * 1000;
      case "m", "min" -> n * 60_000;
      case "h" -> n * 3_600_000;
      case "d" -> n * 86_400_000;
      default -> throw new IllegalArgumentException("unknown duration unit '" + unit + "'");
    };
    return Duration.ofMillis(Math.round(millis));
  }
}
