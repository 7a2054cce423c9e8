package dev.worlddaily.web;

import dev.worlddaily.model.story.Story;
import java.time.Instant;

/** A story named by a link: enough to list it without loading it again. */
public record StoryLink(String id, String slug, String headline, Instant updated) {
  static StoryLink of(Story s) {
    return new StoryLink(s.id(), s.slug() == null ? s.id() : s.slug(), s.headline(), s.updated());
  }

  public String href() {
    return "/stories/" + Format.encode(slug);
  }
}
