package dev.worlddaily.bench.e2e;

import dev.worlddaily.cluster.Assignment;
import dev.worlddaily.model.story.Story;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Time from an article's ingestion (its page handed to extraction) to the first save of its
 * story after that: what a reader waits before the story shows the article. Fed by the clusterer
 * (which story an article went to, which stories merged) and the store (when a story was saved).
 */
final class LatencyTracker {
  private final Map<String, Long> ingestedNanos = new HashMap<>();
  private final Map<String, String> storyOfArticle = new HashMap<>();
  private final Map<String, String> mergedInto = new HashMap<>();
  private final Map<String, List<String>> waitingByStory = new HashMap<>();
  private long[] samples = new long[1 << 16];
  private int count;

  synchronized void ingested(String url, long nanos) {
    ingestedNanos.put(url, nanos);
  }

  /** The article id of an extracted page (the pipeline knows articles by id, the feeder by URL). */
  synchronized void extracted(String url, String articleId) {
    Long t = ingestedNanos.remove(url);
    if (t != null) {
      ingestedNanos.put(articleId, t);
    }
  }

  synchronized void assigned(Assignment a) {
    storyOfArticle.put(a.articleId(), a.storyId());
    waitingByStory.computeIfAbsent(a.storyId(), k -> new ArrayList<>()).add(a.articleId());
    for (String gone : a.absorbedStoryIds()) {
      mergedInto.put(gone, a.storyId());
      List<String> moved = waitingByStory.remove(gone);
      if (moved != null) {
        waitingByStory.computeIfAbsent(a.storyId(), k -> new ArrayList<>()).addAll(moved);
      }
    }
  }

  synchronized void storySaved(Story s, long nanos) {
    List<String> waiting = waitingByStory.remove(s.id());
    if (waiting == null) {
      return;
    }
    for (String articleId : waiting) {
      Long t = ingestedNanos.remove(articleId);
      if (t != null) {
        if (count == samples.length) {
          samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = nanos - t;
      }
      storyOfArticle.remove(articleId);
    }
  }

  /** After a batch: articles of it that went to no story (duplicates, rejected) are forgotten. */
  synchronized void settle(List<String> articleIds) {
    for (String id : articleIds) {
      if (!storyOfArticle.containsKey(id)) {
        ingestedNanos.remove(id);
      }
    }
  }

  synchronized int measured() {
    return count;
  }

  /** The q-quantile (0..1) in milliseconds of the samples taken since {@code from}. */
  synchronized double quantileMillis(double q, int from) {
    if (count - from <= 0) {
      return Double.NaN;
    }
    long[] s = Arrays.copyOfRange(samples, from, count);
    Arrays.sort(s);
    return s[(int) Math.min(s.length - 1, Math.floor(q * s.length))] / 1e6;
  }
}
