package dev.worlddaily.model.story;

import java.util.List;

/**
 * How a story is covered.
 *
 * @param articles number of source articles
 * @param outlets number of independent outlets (wire copies count once)
 * @param countries ISO country codes of the outlets
 * @param oneSided true when all outlets share a country or a declared leaning
 */
public record Coverage(int articles, int outlets, List<String> countries, boolean oneSided) {
  public Coverage {
    countries = List.copyOf(countries == null ? List.of() : countries);
  }
}
