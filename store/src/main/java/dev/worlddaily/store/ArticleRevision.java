package dev.worlddaily.store;

import java.time.Instant;

/** One stored revision of an article. */
public record ArticleRevision(String articleId, int revision, String contentHash, String title, Instant fetched) {}
