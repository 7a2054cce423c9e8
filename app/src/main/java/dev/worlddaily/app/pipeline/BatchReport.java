package dev.worlddaily.app.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What one batch did: counts and the one-line reasons of everything not stored. */
public final class BatchReport {
  private int inserted;
  private int revised;
  private int unchanged;
  private final List<String> rejected = new ArrayList<>();
  private final Set<String> storiesTouched = new LinkedHashSet<>();
  private final Set<String> storiesPublished = new LinkedHashSet<>();

  void inserted() { inserted++; }
  void revised() { revised++; }
  void unchanged() { unchanged++; }
  void rejected(String reason) { rejected.add(reason); }
  void touched(String storyId) { storiesTouched.add(storyId); }
  void published(String storyId) { storiesPublished.add(storyId); }

  public int insertedCount() { return inserted; }
  public int revisedCount() { return revised; }
  public int unchangedCount() { return unchanged; }
  public List<String> rejected() { return Collections.unmodifiableList(rejected); }
  public Set<String> storiesTouched() { return Collections.unmodifiableSet(storiesTouched); }
  public Set<String> storiesPublished() { return Collections.unmodifiableSet(storiesPublished); }

  /** One line: "12 new, 1 revised, 3 unchanged, 2 rejected; 5 stories updated (4 published)". */
  public String summary() {
    return inserted + " new, " + revised + " revised, " + unchanged + " unchanged, " + rejected.size()
        + " rejected; " + storiesTouched.size() + " stories updated (" + storiesPublished.size() + " published)";
  }

  public void addAll(BatchReport other) {
    inserted += other.inserted;
    revised += other.revised;
    unchanged += other.unchanged;
    rejected.addAll(other.rejected);
    storiesTouched.addAll(other.storiesTouched);
    storiesPublished.addAll(other.storiesPublished);
  }
}
