package dev.worlddaily.model.story;

import java.util.List;

/**
 * A quantity reported by one or more sources, lined up; {@code conflict} is true when sources
 * state different values for the same quantity.
 */
public record Figure(String label, List<FigureValue> values, boolean conflict) {
  public Figure {
    values = List.copyOf(values == null ? List.of() : values);
  }
}
