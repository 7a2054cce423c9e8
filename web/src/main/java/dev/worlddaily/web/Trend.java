package dev.worlddaily.web;

import dev.worlddaily.model.story.Story;
import java.util.List;

/** An entity whose mentions rise, with seven daily counts for its sparkline. */
public record Trend(String name, int[] daily, double lift, List<Story> stories) {
  public String sparkline() {
    int max = 1;
    for (int d : daily) {
      max = Math.max(max, d);
    }
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < daily.length; i++) {
      if (i > 0) {
        points.append(' ');
      }
      points.append(i * 20).append(',').append(30 - 28 * daily[i] / max - 1);
    }
    return points.toString();
  }

  public int total() {
    int t = 0;
    for (int d : daily) {
      t += d;
    }
    return t;
  }
}
