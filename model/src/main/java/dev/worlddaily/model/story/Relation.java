package dev.worlddaily.model.story;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a related story relates to this one. */
public enum Relation {
  /** An earlier event with the same main entities. */
  BACKGROUND("background"),
  /** A later event with the same main entities. */
  FOLLOW_UP("follow-up"),
  SAME_TOPIC("same-topic");

  private final String label;

  Relation(String label) {
    this.label = label;
  }

  @JsonValue
  public String label() {
    return label;
  }

  @JsonCreator
  public static Relation parse(String text) {
    for (Relation r : values()) {
      if (r.label.equalsIgnoreCase(text) || r.name().equalsIgnoreCase(text)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown relation: " + text);
  }
}
