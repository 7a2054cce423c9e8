package dev.worlddaily.model.story;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.worlddaily.model.Citation;
import java.util.List;

/** One outlet's statement of a figure. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FigureValue(String text, double value, String unit, List<Citation> citations) {
  public FigureValue {
    citations = List.copyOf(citations == null ? List.of() : citations);
  }
}
