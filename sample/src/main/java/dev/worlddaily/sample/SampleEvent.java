package dev.worlddaily.sample;

import java.util.List;

/**
 * A fictional news event; the ground truth of clustering tests.
 *
 * @param id event id
 * @param category the category its story should get
 * @param summary one line on what happened
 * @param sameThemeAs events of the same kind that are different events
 * @param backgroundOf events this one is earlier background for
 */
public record SampleEvent(String id, String category, String summary, List<String> sameThemeAs, List<String> backgroundOf) {
  public SampleEvent {
    sameThemeAs = List.copyOf(sameThemeAs);
    backgroundOf = List.copyOf(backgroundOf);
  }
}
