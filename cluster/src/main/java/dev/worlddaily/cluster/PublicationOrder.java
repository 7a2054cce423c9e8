package dev.worlddaily.cluster;

import dev.worlddaily.model.annotation.AnnotatedArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The order in which simultaneous articles are clustered: articles published at the same instant
 * arrive in no meaningful order (a feed, a thread pool), so each run of consecutive articles with
 * one publication time is taken in id order. Other articles keep their order; articles without a
 * time are never reordered.
 */
public final class PublicationOrder {
  private PublicationOrder() {}

  /** The articles with every run of equal publication times sorted by id. */
  public static List<AnnotatedArticle> of(List<AnnotatedArticle> articles) {
    List<AnnotatedArticle> out = new ArrayList<>(articles);
    int start = 0;
    while (start < out.size()) {
      Instant t = out.get(start).article().time();
      int end = start + 1;
      while (t != null && end < out.size() && Objects.equals(t, out.get(end).article().time())) {
        end++;
      }
      out.subList(start, end).sort(Comparator.comparing(AnnotatedArticle::id));
      start = end;
    }
    return out;
  }

  /**
   * How many articles at the end share the last article's publication time: a stream must wait
   * for the next article before clustering them, since more of the same instant may follow.
   */
  public static int trailingRun(List<AnnotatedArticle> articles) {
    if (articles.isEmpty()) {
      return 0;
    }
    Instant t = articles.get(articles.size() - 1).article().time();
    if (t == null) {
      return 0;
    }
    int n = 0;
    for (int i = articles.size() - 1; i >= 0 && t.equals(articles.get(i).article().time()); i--) {
      n++;
    }
    return n;
  }
}
