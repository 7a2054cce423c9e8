package dev.worlddaily.cluster;

import dev.worlddaily.cluster.StoryState.Member;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds stories whose articles drifted apart into two events. The members are compared pairwise
 * and grouped by average linkage until two groups remain; the story splits when both groups have
 * two articles or more, the articles of different groups are on average less similar than
 * {@code splitThreshold}, and less similar by {@code splitMargin} than articles of the same group:
 * the story is then two events, not one event told from several angles. The group with the oldest
 * article keeps the story.
 */
final class StorySplitter {
  /** Size of the first check; each later check waits until the story is half again as large. */
  static final int FIRST_CHECK = 4;

  private final EventSimilarity similarity;
  private final double threshold;
  private final double margin;

  StorySplitter(EventSimilarity similarity, ClusterConfig config) {
    this.similarity = similarity;
    this.threshold = config.splitThreshold();
    this.margin = config.splitMargin();
  }

  /** Whether the story is due for a check; moves its next check on. */
  boolean due(StoryState s) {
    if (s.size() < s.nextSplitCheck) {
      return false;
    }
    s.nextSplitCheck = Math.max(s.size() + 1, (int) Math.ceil(s.size() * 1.5));
    return s.members.size() == s.size();
  }

  /** The members that should leave the story, or an empty list. */
  List<Member> leaving(StoryState s) {
    List<Member> members = s.members;
    int n = members.size();
    double[][] pair = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double v = (similarity.score(members.get(i).profile(), members.get(j).profile()).value()
            + similarity.score(members.get(j).profile(), members.get(i).profile()).value()) / 2;
        pair[i][j] = v;
        pair[j][i] = v;
      }
    }
    int[] group = twoGroups(pair);
    int oldest = group[0];
    int inOther = 0;
    for (int g : group) {
      if (g != oldest) {
        inOther++;
      }
    }
    if (inOther < 2 || n - inOther < 2) {
      return List.of();
    }
    double within = 0;
    double across = 0;
    int withinPairs = 0;
    int acrossPairs = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (group[i] == group[j]) {
          within += pair[i][j];
          withinPairs++;
        } else {
          across += pair[i][j];
          acrossPairs++;
        }
      }
    }
    within /= withinPairs;
    across /= acrossPairs;
    if (across >= threshold || within - across < margin) {
      return List.of();
    }
    List<Member> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (group[i] != oldest) {
        out.add(members.get(i));
      }
    }
    return out;
  }

  /** Average-linkage agglomeration down to two groups; returns each member's group label. */
  static int[] twoGroups(double[][] pair) {
    int n = pair.length;
    double[][] link = new double[n][];
    for (int i = 0; i < n; i++) {
      link[i] = pair[i].clone();
    }
    int[] size = new int[n];
    int[] label = new int[n];
    boolean[] alive = new boolean[n];
    for (int i = 0; i < n; i++) {
      size[i] = 1;
      label[i] = i;
      alive[i] = true;
    }
    for (int groups = n; groups > 2; groups--) {
      int bi = -1;
      int bj = -1;
      double best = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        if (!alive[i]) {
          continue;
        }
        for (int j = i + 1; j < n; j++) {
          if (alive[j] && link[i][j] > best) {
            best = link[i][j];
            bi = i;
            bj = j;
          }
        }
      }
      for (int k = 0; k < n; k++) {
        if (alive[k] && k != bi && k != bj) {
          double v = (link[bi][k] * size[bi] + link[bj][k] * size[bj]) / (size[bi] + size[bj]);
          link[bi][k] = v;
          link[k][bi] = v;
        }
      }
      size[bi] += size[bj];
      alive[bj] = false;
      for (int k = 0; k < n; k++) {
        if (label[k] == bj) {
          label[k] = bi;
        }
      }
    }
    return label;
  }
}
