package dev.worlddaily.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.worlddaily.store.StoryStamp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Rendered story pages for readers (never for an admin, whose page carries a form token), keyed
 * by the story's stamp (id, version, last update, published) and the minute of rendering, since
 * the page says how long ago things happened. A reader therefore never sees a page older than
 * the story's stored state, and at most a minute older in its relative times and in what it
 * shows of outlets (country, name), which can change without the story changing. Bounded by the
 * bytes it holds.
 */
final class StoryPageCache {
  /** What the cache may hold: about 1,200 story pages of 26 kB. */
  static final long MAX_BYTES = 32L * 1024 * 1024;

  private record Key(StoryStamp stamp, long minute) {}

  private final Cache<Key, byte[]> pages = Caffeine.newBuilder()
      .maximumWeight(MAX_BYTES)
      .weigher((Key k, byte[] v) -> v.length + 64)
      .expireAfterWrite(Duration.ofMinutes(2))
      .build();

  /** The page of {@code stamp} rendered at {@code now}, rendering it when no reader asked for it this minute. */
  byte[] page(StoryStamp stamp, Instant now, Supplier<String> render) {
    return pages.get(new Key(stamp, now.getEpochSecond() / 60), k -> render.get().getBytes(StandardCharsets.UTF_8));
  }

  long size() {
    return pages.estimatedSize();
  }
}
