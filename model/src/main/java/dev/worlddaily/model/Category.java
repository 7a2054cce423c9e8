package dev.worlddaily.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The site's categories; serialized by their label ("Politics"). */
public enum Category {
  POLITICS("Politics"),
  WORLD("World"),
  BUSINESS("Business"),
  TECHNOLOGY("Technology"),
  SCIENCE("Science"),
  HEALTH("Health"),
  CLIMATE("Climate"),
  SPORTS("Sports"),
  CULTURE("Culture");

  private final String label;

  Category(String label) {
    this.label = label;
  }

  @JsonValue
  public String label() {
    return label;
  }

  /** URL path segment, e.g. "politics". */
  public String slug() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a label or slug, case-insensitively. */
  @JsonCreator
  public static Category parse(String text) {
    for (Category c : values()) {
      if (c.label.equalsIgnoreCase(text.strip()) || c.name().equalsIgnoreCase(text.strip())) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown category: " + text);
  }
}
