package dev.worlddaily.model.story;

import dev.worlddaily.model.EntityType;
import java.util.List;

/**
 * An entity of a story, with the surface forms merged into it.
 *
 * @param name canonical name
 * @param type kind
 * @param aliases other names seen for it
 * @param articles number of the story's articles that mention it
 */
public record StoryEntity(String name, EntityType type, List<String> aliases, int articles) {
  public StoryEntity {
    aliases = List.copyOf(aliases == null ? List.of() : aliases);
  }
}
