package dev.worlddaily.synthesize;

import dev.worlddaily.model.story.Change;
import dev.worlddaily.model.story.Figure;
import dev.worlddaily.model.story.Source;
import dev.worlddaily.model.story.Story;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Continues a story's version history: unchanged content keeps the published version; changed
 * content gets the next version and a one-line summary of what changed.
 */
public final class StoryVersions {
  private StoryVersions() {}

  /**
   * The fresh story as the next version of the previous one: the previous itself when nothing
   * changed, else with the version raised and one line added to the change log.
   *
   * @param previous the published version, or null for a new story (version 1)
   */
  public static Story continueFrom(Story fresh, Story previous, Instant now) {
    if (previous == null) {
      int n = fresh.sources().size();
      return fresh.toBuilder().version(1)
          .changes(List.of(new Change(1, now, "first published from " + n + (n == 1 ? " source" : " sources"))))
          .build();
    }
    Story carried = fresh.toBuilder().version(previous.version()).slug(previous.slug())
        .firstSeen(previous.firstSeen()).changes(previous.changes()).updated(previous.updated()).build();
    if (carried.equals(previous)) {
      return previous;
    }
    String summary = summary(previous, fresh);
    List<Change> changes = new ArrayList<>(previous.changes());
    int version = previous.version() + 1;
    changes.add(new Change(version, now, summary));
    Instant updated = fresh.updated() != null && fresh.updated().isAfter(previous.updated() == null ? Instant.EPOCH : previous.updated())
        ? fresh.updated() : now;
    return carried.toBuilder().version(version).changes(changes).updated(updated).build();
  }

  /** "the death toll", "the figure for homes destroyed". */
  static String figureName(String label) {
    if (label.equalsIgnoreCase("death toll")) {
      return "the death toll";
    }
    boolean name = label.length() > 1 && Character.isUpperCase(label.charAt(1));
    return "the figure for " + (name ? label : label.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + label.substring(1));
  }

  /** "3 new sources; the death toll now differs between outlets". */
  static String summary(Story before, Story after) {
    List<String> parts = new ArrayList<>();
    Set<String> old = new HashSet<>();
    for (Source s : before.sources()) {
      old.add(s.articleId());
    }
    long added = after.sources().stream().filter(s -> !old.contains(s.articleId())).count();
    if (added > 0) {
      parts.add(added + (added == 1 ? " new source" : " new sources"));
    }
    Set<String> oldConflicts = new HashSet<>();
    before.figures().stream().filter(Figure::conflict).forEach(f -> oldConflicts.add(f.label()));
    for (Figure f : after.figures()) {
      if (f.conflict() && !oldConflicts.contains(f.label())) {
        parts.add(figureName(f.label()) + " now differs between outlets");
      }
    }
    if (!after.headline().equals(before.headline())) {
      parts.add("new headline");
    }
    if (parts.isEmpty()) {
      parts.add("text revised from updated sources");
    }
    return String.join("; ", parts);
  }
}
