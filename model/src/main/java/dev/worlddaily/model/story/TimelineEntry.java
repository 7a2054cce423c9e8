package dev.worlddaily.model.story;

import dev.worlddaily.model.Citation;
import java.time.LocalDate;
import java.util.List;

/** A dated event in the story's background or development. */
public record TimelineEntry(LocalDate date, String text, List<Citation> citations) {
  public TimelineEntry {
    citations = List.copyOf(citations == null ? List.of() : citations);
  }
}
