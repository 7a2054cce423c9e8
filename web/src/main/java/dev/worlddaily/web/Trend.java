package dev.worlddaily.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A name or topic whose mention rate rises against its own baseline: seven daily counts of
 * source articles (oldest first, the last ending on {@code lastDay}), the mean of the recent
 * days against the mean of the days before, and its newest stories.
 *
 * @param kind "entity" or "topic"
 * @param lift (recent mean + 1) / (baseline mean + 1): add-one smoothing keeps a name seen once
 *     from outranking one that went from 5 to 40 a day
 */
public record Trend(String name, String kind, String href, int[] daily, LocalDate lastDay, double recentPerDay, double baselinePerDay,
    double lift, List<StoryLink> stories) {
  private static final int WIDTH = 140;
  private static final int HEIGHT = 36;

  public Trend {
    daily = daily.clone();
    stories = List.copyOf(stories);
  }

  public int total() {
    int t = 0;
    for (int d : daily) {
      t += d;
    }
    return t;
  }

  private int max() {
    int max = 1;
    for (int d : daily) {
      max = Math.max(max, d);
    }
    return max;
  }

  private double x(int i) {
    return 2 + i * (WIDTH - 4.0) / (daily.length - 1);
  }

  private double y(int i) {
    return HEIGHT - 3 - (HEIGHT - 6.0) * daily[i] / max();
  }

  /** SVG polyline points of the sparkline (viewBox 0 0 140 36). */
  public String points() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < daily.length; i++) {
      sb.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", x(i), y(i)));
    }
    return sb.toString();
  }

  /** The area under the sparkline, as a closed polygon. */
  public String area() {
    return String.format(Locale.ROOT, "%.1f,%d ", x(0), HEIGHT - 3) + points() + String.format(Locale.ROOT, " %.1f,%d", x(daily.length - 1), HEIGHT - 3);
  }

  public double lastX() {
    return x(daily.length - 1);
  }

  public double lastY() {
    return y(daily.length - 1);
  }

  /** What the sparkline shows, for screen readers and the tooltip. */
  public String describe() {
    StringBuilder sb = new StringBuilder("Source articles per day, ").append(Format.shortDay(lastDay.minusDays(daily.length - 1L)))
        .append(" to ").append(Format.shortDay(lastDay)).append(": ");
    for (int i = 0; i < daily.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(daily[i]);
    }
    return sb.toString();
  }

  /** "×4.2 on its usual rate" or "new" when it had no baseline. */
  public String liftLabel() {
    return baselinePerDay == 0 ? "new this week" : String.format(Locale.ROOT, "×%.1f its usual rate", lift);
  }
}
