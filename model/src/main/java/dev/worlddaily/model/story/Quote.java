package dev.worlddaily.model.story;

import dev.worlddaily.model.Citation;
import java.util.List;

/** A verbatim quotation; {@code text} occurs exactly in the cited span. */
public record Quote(String text, String speaker, List<Citation> citations) {
  public Quote {
    citations = List.copyOf(citations == null ? List.of() : citations);
  }
}
