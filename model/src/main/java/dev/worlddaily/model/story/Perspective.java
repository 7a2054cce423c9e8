package dev.worlddaily.model.story;

import dev.worlddaily.model.Citation;
import java.util.List;

/** What one outlet stresses that the others do not. */
public record Perspective(String outlet, String text, List<Citation> citations) {
  public Perspective {
    citations = List.copyOf(citations == null ? List.of() : citations);
  }
}
