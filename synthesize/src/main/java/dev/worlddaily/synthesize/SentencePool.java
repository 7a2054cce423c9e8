package dev.worlddaily.synthesize;

import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.annotation.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sentences a story may publish, each scored by how central it is (how many other outlets
 * state something similar) and how lead-like (early, complete, self-contained).
 */
final class SentencePool {
  private static final Pattern DANGLING_START = Pattern.compile(
      "^(?:But|And|Or|So|He|She|They|It|This|That|These|Those|His|Her|Their|Its|Also|However|Meanwhile|Still|Yet|Then|There)\\b");
  private static final Pattern NOT_A_STATEMENT_START = Pattern.compile("^(?:[\"“‘']|\\W|(?:Photo|Image|Video|Watch|Read|Listen)\\b)");
  private static final Pattern QUESTION_END = Pattern.compile("\\?[\"”’']?$");

  /** A wire dateline opening a sentence: capitals, an optional agency in brackets, a dash. */
  private static final Pattern DATELINE = Pattern.compile(
      "^\\p{Lu}[\\p{Lu} .'’-]{2,40}(?:,\\s*[\\p{L} .'’-]{2,40})?\\s*(?:\\([^)]{2,40}\\))?\\s+[-–—]\\s+(?=\\p{Lu})");
  private final List<Candidate> candidates = new ArrayList<>();
  private final double[] score;
  private final double[] centrality;
  private final double[] echo;
  private final boolean[] selfContained;
  private final Concepts concepts;
  /** Per candidate, its concepts of positive weight and their weights. */
  private final String[][] heavy;
  private final double[][] heavyWeight;
  private List<Candidate> ranked;

  SentencePool(List<AnnotatedArticle> reports, int perArticle) {
    for (AnnotatedArticle a : reports) {
      String text = a.article().text();
      List<TextSpan> spans = a.annotations().sentences();
      for (int i = 0; i < spans.size() && i < perArticle; i++) {
        TextSpan s = spans.get(i);
        int start = s.start();
        // "PORT SARIN, Chile (Meridian Wire) - A quake..." is cited from "A quake...".
        start += datelineLength(text.substring(start, s.end()));
        String sentence = text.substring(start, s.end());
        if (Terms.wordCount(sentence) < 4) {
          continue;
        }
        candidates.add(new Candidate(candidates.size(), a, i, start, s.end(), sentence));
      }
    }
    int n = candidates.size();
    score = new double[n];
    centrality = new double[n];
    echo = new double[n];
    selfContained = new boolean[n];
    // Each candidate's concepts are computed once, in the candidate.
    // Which outlets use each concept, one bit per outlet: cheaper than a set of concepts per outlet.
    Map<String, Integer> outletIndex = new HashMap<>();
    reports.forEach(a -> outletIndex.putIfAbsent(a.article().outlet().domain(), outletIndex.size()));
    int maskWords = (outletIndex.size() + 63) / 64;
    Map<String, long[]> users = new HashMap<>();
    for (AnnotatedArticle a : reports) {
      markUsers(users, Concepts.of(a.article().title()), outletIndex.get(a.article().outlet().domain()), maskWords);
    }
    for (Candidate c : candidates) {
      markUsers(users, c.concepts(), outletIndex.get(c.outlet()), maskWords);
    }
    Map<String, Integer> outletsPerConcept = new HashMap<>(users.size() * 2);
    users.forEach((concept, mask) -> {
      int using = 0;
      for (long word : mask) {
        using += Long.bitCount(word);
      }
      outletsPerConcept.put(concept, using);
    });
    concepts = new Concepts(outletsPerConcept, outletIndex.size());
    // Most of a sentence's concepts are one outlet's own and weigh nothing: each candidate keeps
    // those that weigh, in its concepts' order, so that a gain sums the same terms in the same order.
    heavy = new String[n][];
    heavyWeight = new double[n][];
    for (Candidate c : candidates) {
      String[] names = new String[c.concepts().size()];
      double[] weights = new double[names.length];
      int k = 0;
      for (String concept : c.concepts()) {
        double w = concepts.weight(concept);
        if (w > 0) {
          names[k] = concept;
          weights[k++] = w;
        }
      }
      heavy[c.id()] = java.util.Arrays.copyOf(names, k);
      heavyWeight[c.id()] = java.util.Arrays.copyOf(weights, k);
    }
    measureEchoes();
    for (Candidate c : candidates) {
      double position = 1.0 / (1 + c.index());
      double words = c.words();
      double lengthFit = words < 8 ? 0.3 : words > 45 ? 0.5 : 1.0;
      double s = 0.55 * centrality[c.id()] + 0.35 * position + 0.10 * lengthFit;
      // The patterns open with ^: lookingAt() tries the start only, where find() tries every offset.
      boolean dangling = DANGLING_START.matcher(c.text()).lookingAt();
      boolean notStatement = NOT_A_STATEMENT_START.matcher(c.text()).lookingAt() || QUESTION_END.matcher(c.text()).find();
      if (dangling) {
        s -= 0.15;
      }
      if (notStatement) {
        s -= 0.2;
      }
      score[c.id()] = s;
      selfContained[c.id()] = !dangling && !notStatement;
    }
  }

  /**
   * For each sentence, the closest sentence of each other outlet: their mean similarity is its
   * centrality, the largest its echo. Dot products are summed over term postings, so a sentence
   * costs the postings of its own terms rather than a pass over every other sentence's terms.
   */
  private void measureEchoes() {
    int n = candidates.size();
    Map<String, Integer> ids = new HashMap<>();
    TermVector[] vectors = new TermVector[n];
    for (Candidate c : candidates) {
      vectors[c.id()] = TermVector.of(c.terms(), ids);
    }
    TermVector.Postings postings = new TermVector.Postings(vectors, ids.size());
    Map<String, Integer> outletIds = new HashMap<>();
    int[] outletOf = new int[n];
    for (Candidate c : candidates) {
      outletOf[c.id()] = outletIds.computeIfAbsent(c.outlet(), k -> outletIds.size());
    }
    int outlets = outletIds.size();
    double[] dot = new double[n];
    double[] best = new double[outlets];
    for (Candidate c : candidates) {
      int me = c.id();
      postings.dots(vectors[me], dot);
      java.util.Arrays.fill(best, 0);
      for (int o = 0; o < n; o++) {
        if (dot[o] > 0 && outletOf[o] != outletOf[me]) {
          best[outletOf[o]] = Math.max(best[outletOf[o]], dot[o] / (vectors[me].norm() * vectors[o].norm()));
        }
        dot[o] = 0;
      }
      double central = 0;
      double loudest = 0;
      for (int k = 0; k < outlets; k++) {
        central += best[k];
        loudest = Math.max(loudest, best[k]);
      }
      centrality[me] = outlets > 1 ? central / (outlets - 1) : 0;
      echo[me] = loudest;
    }
  }

  private static void markUsers(Map<String, long[]> users, Set<String> concepts, int outlet, int maskWords) {
    for (String concept : concepts) {
      users.computeIfAbsent(concept, k -> new long[maskWords])[outlet >>> 6] |= 1L << (outlet & 63);
    }
  }

  /** Length of a wire dateline opening the sentence, 0 when there is none. */
  static int datelineLength(String sentence) {
    java.util.regex.Matcher dateline = DATELINE.matcher(sentence);
    return dateline.find() ? dateline.end() : 0;
  }

  Concepts concepts() {
    return concepts;
  }

  /**
   * {@link Concepts#gain} of the candidate's concepts: the weights of those not yet covered
   * (only concepts of positive weight count, so only they need to be in {@code covered}).
   */
  double gain(Candidate c, Set<String> covered) {
    String[] names = heavy[c.id()];
    double[] weights = heavyWeight[c.id()];
    double g = 0;
    for (int i = 0; i < names.length; i++) {
      if (!covered.contains(names[i])) {
        g += weights[i];
      }
    }
    return g;
  }

  /** The candidate's concepts of positive weight: what it shares with other outlets. */
  List<String> weighty(Candidate c) {
    return List.of(heavy[c.id()]);
  }

  List<Candidate> all() {
    return candidates;
  }

  double score(Candidate c) {
    return score[c.id()];
  }

  /** Mean over the other outlets of the closest sentence's similarity: how widely it is reported. */
  double centrality(Candidate c) {
    return centrality[c.id()];
  }

  /** Similarity of the closest sentence of any other outlet: 0 when no other outlet says it. */
  double echo(Candidate c) {
    return echo[c.id()];
  }

  boolean selfContained(Candidate c) {
    return selfContained[c.id()];
  }

  /** Candidates best first; ties by article id and position so the result is deterministic. */
  List<Candidate> ranked() {
    if (ranked == null) {
      List<Candidate> out = new ArrayList<>(candidates);
      out.sort(Comparator.comparingDouble((Candidate c) -> -score(c)).thenComparing(c -> c.article().id()).thenComparingInt(Candidate::index));
      ranked = List.copyOf(out);
    }
    return ranked;
  }
}
