package dev.worlddaily.model.story;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** A source article of a story. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(
    String articleId,
    String url,
    String outlet,
    String domain,
    String title,
    List<String> authors,
    Instant published,
    String language) {
  public Source {
    authors = List.copyOf(authors == null ? List.of() : authors);
  }
}
