package dev.worlddaily.ingest;

import java.time.Instant;

/**
 * An item fetched by a poll, to be remembered once its article is stored.
 *
 * @param url the canonical item URL (the key of {@link CrawlMemory})
 * @param articleId the article it gave, or null when it gave none (not an article, gone)
 * @param itemTime the newest date the feed or sitemap gave the item, or null
 * @param fetched when it was fetched
 */
public record CrawledItem(String url, String articleId, Instant itemTime, Instant fetched) {}
