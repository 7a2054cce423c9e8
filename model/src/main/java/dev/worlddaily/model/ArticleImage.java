package dev.worlddaily.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * An image that belongs to an article (the lead image first).
 *
 * @param url absolute http(s) URL
 * @param caption caption or alt text, may be null
 * @param credit photographer or agency credit, may be null
 * @param width pixel width when declared, else null
 * @param height pixel height when declared, else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleImage(String url, String caption, String credit, Integer width, Integer height) {
  public ArticleImage {
    Objects.requireNonNull(url, "url");
  }

  public static ArticleImage of(String url, String caption, String credit) {
    return new ArticleImage(url, caption, credit, null, null);
  }
}
