package dev.worlddaily.synthesize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the dek: what happened and why it matters, in one or two whole source sentences within
 * the word budget. Sentences are taken greedily for the consensus concepts ({@link Concepts})
 * they add per square root of their length, lead sentences favoured: the first says what
 * happened, the second adds what it leaves out (often the cause or the stakes), from any outlet.
 */
final class DekWriter {
  static final int MAX_SENTENCES = 2;
  /** A lead sentence weighs 1 + LEAD_BONUS times its concepts, the next 1 + LEAD_BONUS / 2... */
  private static final double LEAD_BONUS = 3;
  private static final double REDUNDANT_COSINE = 0.35;
  /**
   * The first sentence says what happened: what the other outlets echo most, so their echo
   * weighs far more for it than for the second.
   */
  private static final double FIRST_ECHO_EXPONENT = 6;

  private final int maxWords;

  DekWriter(int maxWords) {
    this.maxWords = maxWords;
  }

  List<Candidate> write(SentencePool pool) {
    Set<String> covered = new HashSet<>();
    List<Candidate> chosen = new ArrayList<>();
    int words = 0;
    while (chosen.size() < MAX_SENTENCES) {
      Candidate best = null;
      double bestValue = 0;
      for (Candidate c : pool.ranked()) {
        if (chosen.contains(c) || !pool.selfContained(c) || words + c.words() > maxWords || repeats(c, chosen)) {
          continue;
        }
        double value = pool.gain(c, covered) / Math.sqrt(c.words()) * (1 + LEAD_BONUS / (1 + c.index())) * Math.pow(1 + pool.centrality(c), chosen.isEmpty() ? FIRST_ECHO_EXPONENT : 1);
        if (value > bestValue) {
          best = c;
          bestValue = value;
        }
      }
      if (best == null) {
        break;
      }
      chosen.add(best);
      covered.addAll(pool.weighty(best));
      words += best.words();
    }
    if (chosen.isEmpty()) {
      // Nothing is shared (or every sentence is long): the best-ranked sentence that fits.
      pool.ranked().stream().filter(c -> pool.selfContained(c) && c.words() <= maxWords).findFirst().ifPresent(chosen::add);
    }
    return chosen;
  }

  private static boolean repeats(Candidate c, List<Candidate> chosen) {
    return chosen.stream().anyMatch(o -> Terms.cosine(o.terms(), c.terms()) > REDUNDANT_COSINE) || RepeatedFacts.restates(c, chosen);
  }
}
