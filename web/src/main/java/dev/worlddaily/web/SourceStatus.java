package dev.worlddaily.web;

import dev.worlddaily.model.Feed;
import dev.worlddaily.model.FeedHealth;
import java.time.Instant;
import java.util.Locale;

/** A configured feed with its polling health, and a one-word state for people. */
public record SourceStatus(Feed feed, FeedHealth health) {
  /** "ok", "failing", "never polled" or "disabled". */
  public String state() {
    if (!feed.enabled()) {
      return "disabled";
    }
    if (health == null || health.lastAttempt() == null) {
      return "never polled";
    }
    return health.consecutiveFailures() > 0 ? "failing" : "ok";
  }

  /** The API's view: feed id, URL, outlet domain, state and health. */
  java.util.Map<String, Object> toJson() {
    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("id", feed.id());
    m.put("url", feed.url());
    m.put("outlet", feed.outlet() == null ? null : feed.outlet().domain());
    m.put("enabled", feed.enabled());
    m.put("state", state());
    m.put("health", health);
    return m;
  }

  public String detail(Instant now) {
    if (health == null || health.lastAttempt() == null) {
      return "";
    }
    if (health.consecutiveFailures() > 0) {
      return health.consecutiveFailures() + (health.consecutiveFailures() == 1 ? " failure" : " failures in a row")
          + (health.lastErrorMessage() == null ? "" : ": " + health.lastErrorMessage());
    }
    return "last fetched " + Format.ago(health.lastSuccess(), now) + String.format(Locale.ROOT, ", %.1f items a day", health.itemsPerDay());
  }
}
