package dev.worlddaily.synthesize;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The concepts of a story, weighted by consensus: a concept is a content word or a pair of
 * adjacent words (light-stemmed), and its weight is the number of independent outlets that use it
 * in their headline or text. What several outlets say is what the story is; a summary that covers
 * the heaviest concepts in few words says it (budgeted maximum coverage, as in Gillick and Favre's
 * ICSI summarizer, with outlets in place of documents).
 */
final class Concepts {
  private final Map<String, Integer> outlets;
  private final int outletCount;

  /**
   * @param outletsPerConcept for each concept of the independent outlets' texts (headlines,
   *     sentences; see {@link #of}), how many of the outlets use it
   * @param outletCount the number of independent outlets
   */
  Concepts(Map<String, Integer> outletsPerConcept, int outletCount) {
    this.outlets = outletsPerConcept;
    this.outletCount = outletCount;
  }

  int outletCount() {
    return outletCount;
  }

  /**
   * Consensus weight: the square of the number of outlets using the concept (three outlets
   * agreeing count for more than three pairs), 0 when only one does, unless the story has only
   * one outlet.
   */
  double weight(String concept) {
    int n = outlets.getOrDefault(concept, 0);
    if (n >= 2) {
      return (double) n * n;
    }
    return n == 1 && outletCount == 1 ? 1 : 0;
  }

  /** Sum of the weights of the concepts not yet covered. */
  double gain(Collection<String> concepts, Set<String> covered) {
    double g = 0;
    for (String c : concepts) {
      if (!covered.contains(c)) {
        g += weight(c);
      }
    }
    return g;
  }

  /** The concepts of a text: content words, and adjacent word pairs not made of stop words only. */
  static Set<String> of(String text) {
    return ofTokens(Terms.tokens(text));
  }

  /** The concepts of a text's {@link Terms#tokens}. */
  static Set<String> ofTokens(List<String> tokens) {
    int n = tokens.size();
    String[] words = new String[n];
    boolean[] content = new boolean[n];
    for (int i = 0; i < n; i++) {
      String w = tokens.get(i);
      words[i] = Terms.stem(w);
      content[i] = w.length() > 1 && !Terms.isStop(w);
    }
    Set<String> out = new HashSet<>();
    for (int i = 0; i < n; i++) {
      if (content[i]) {
        out.add(words[i]);
      }
      if (i + 1 < n && (content[i] || content[i + 1])) {
        out.add(words[i] + " " + words[i + 1]);
      }
    }
    return out;
  }
}
