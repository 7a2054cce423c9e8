package dev.worlddaily.store;

import dev.worlddaily.model.story.Story;
import java.util.Objects;

/** A story version to save, and whether it passes the publishing gate ({@link Store#saveStories}). */
public record StorySave(Story story, boolean published) {
  public StorySave {
    Objects.requireNonNull(story, "story");
  }
}
