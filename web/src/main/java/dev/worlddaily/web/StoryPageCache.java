package dev.worlddaily.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.worlddaily.store.StoryStamp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Rendered story pages for readers (never for an admin, whose page carries a form token), keyed
 * by the story's stamp (id, version, last update, published), each kept for a minute after it
 * was rendered, since the page says how long ago things happened. A reader therefore never sees
 * a page older than the story's stored state, and at most a minute older in its relative times
 * and in what it shows of outlets (country, name), which can change without the story changing.
 * Each page expires a minute after its own rendering, not at a shared minute boundary, so the
 * pages do not all re-render at once. Bounded by the bytes it holds.
 */
final class StoryPageCache {
  /** What the cache may hold: about 1,200 story pages of 26 kB. */
  static final long MAX_BYTES = 32L * 1024 * 1024;

  private final Cache<StoryStamp, byte[]> pages = Caffeine.newBuilder()
      .maximumWeight(MAX_BYTES)
      .weigher((StoryStamp k, byte[] v) -> v.length + 64)
      .expireAfterWrite(Duration.ofMinutes(1))
      .build();

  /** The page of {@code stamp}, rendered when no reader asked for this state in the last minute. */
  byte[] page(StoryStamp stamp, Supplier<String> render) {
    return pages.get(stamp, k -> render.get().getBytes(StandardCharsets.UTF_8));
  }

  long size() {
    return pages.estimatedSize();
  }
}
