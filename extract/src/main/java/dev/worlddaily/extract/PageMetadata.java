package dev.worlddaily.extract;

import dev.worlddaily.model.ArticleImage;
import java.time.OffsetDateTime;
import java.util.List;

/** What a page says about itself in its head, JSON-LD and marked-up bylines. */
record PageMetadata(
    String title,
    List<String> authors,
    OffsetDateTime published,
    OffsetDateTime modified,
    ArticleImage image,
    String siteName,
    String canonicalUrl,
    String language,
    String section,
    List<String> keywords,
    boolean paywalled) {}
