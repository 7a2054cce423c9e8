package dev.worlddaily.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Pinned minimum scores of one evaluation area, read from the resource {@code
 * floors/<area>.properties} ({@code metric=minimum}; for metrics where lower is better, name the
 * key {@code max.<metric>}).
 */
public final class Floors {
  private final String area;
  private final Map<String, Double> minimums = new TreeMap<>();
  private final Map<String, Double> maximums = new TreeMap<>();

  private Floors(String area) {
    this.area = area;
  }

  /** Loads the floors of an area; an area without a file has no floors. */
  public static Floors of(String area) {
    Floors f = new Floors(area);
    String resource = "/floors/" + area + ".properties";
    try (InputStream in = Floors.class.getResourceAsStream(resource)) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        for (String key : p.stringPropertyNames()) {
          double v = Double.parseDouble(p.getProperty(key).trim());
          if (key.startsWith("max.")) {
            f.maximums.put(key.substring(4), v);
          } else {
            f.minimums.put(key, v);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return f;
  }

  /** The violations of the floors by the given scores; empty when all hold. */
  public List<String> violations(Map<String, Double> scores) {
    List<String> out = new ArrayList<>();
    minimums.forEach(
        (metric, min) -> {
          Double s = scores.get(metric);
          if (s == null || s.isNaN()) {
            out.add(area + ": metric " + metric + " was not measured");
          } else if (s < min) {
            out.add(String.format(Locale.ROOT, "%s: %s = %.4f is below its floor %.4f", area, metric, s, min));
          }
        });
    maximums.forEach(
        (metric, max) -> {
          Double s = scores.get(metric);
          if (s == null || s.isNaN()) {
            out.add(area + ": metric " + metric + " was not measured");
          } else if (s > max) {
            out.add(String.format(Locale.ROOT, "%s: %s = %.4f is above its ceiling %.4f", area, metric, s, max));
          }
        });
    return out;
  }
}
