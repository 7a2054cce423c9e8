package dev.worlddaily.web;

import dev.worlddaily.model.EntityType;
import dev.worlddaily.model.story.Story;
import java.util.List;

/**
 * An entity page: the name, its type and aliases as the stories record them, its mentions of the
 * last seven days (null when it is not a story tag of that week), names it appears with, and its
 * stories, newest first.
 */
public record EntityProfile(String name, EntityType type, List<String> aliases, Trend series, List<String> mentionedWith, Listing<Story> stories) {
  public EntityProfile {
    aliases = List.copyOf(aliases);
    mentionedWith = List.copyOf(mentionedWith);
  }
}
