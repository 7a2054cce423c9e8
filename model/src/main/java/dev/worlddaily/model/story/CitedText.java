package dev.worlddaily.model.story;

import dev.worlddaily.model.Citation;
import java.util.List;

/** A sentence or key point with the spans that state it. */
public record CitedText(String text, List<Citation> citations) {
  public CitedText {
    citations = List.copyOf(citations == null ? List.of() : citations);
  }
}
