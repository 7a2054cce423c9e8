package dev.worlddaily.synthesize;

import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.annotation.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The sentences a story may publish, each scored by how central it is (how many other outlets
 * state something similar) and how lead-like (early, complete, self-contained).
 */
final class SentencePool {
  private static final Pattern DANGLING_START = Pattern.compile(
      "^(?:But|And|Or|So|He|She|They|It|This|That|These|Those|His|Her|Their|Its|Also|However|Meanwhile|Still|Yet|Then|There)\\b");
  private static final Pattern NOT_A_STATEMENT = Pattern.compile("^[\"“‘']|\\?[\"”’']?$|^\\W|^(?:Photo|Image|Video|Watch|Read|Listen)\\b");

  /** A wire dateline opening a sentence: capitals, an optional agency in brackets, a dash. */
  private static final Pattern DATELINE = Pattern.compile(
      "^\\p{Lu}[\\p{Lu} .'’-]{2,40}(?:,\\s*[\\p{L} .'’-]{2,40})?\\s*(?:\\([^)]{2,40}\\))?\\s+[-–—]\\s+(?=\\p{Lu})");
  private final List<Candidate> candidates = new ArrayList<>();
  private final Map<Candidate, Double> score = new HashMap<>();
  private final Map<Candidate, Double> centrality = new HashMap<>();
  private final Map<Candidate, Double> echo = new HashMap<>();
  private final Concepts concepts;
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
        if (sentence.split("\\s+").length < 4) {
          continue;
        }
        candidates.add(new Candidate(a, i, start, s.end(), sentence, Terms.of(sentence), Concepts.of(sentence)));
      }
    }
    Map<String, List<Candidate>> byOutlet = new HashMap<>();
    for (Candidate c : candidates) {
      byOutlet.computeIfAbsent(c.outlet(), k -> new ArrayList<>()).add(c);
    }
    Map<String, List<String>> textsByOutlet = new HashMap<>();
    for (AnnotatedArticle a : reports) {
      textsByOutlet.computeIfAbsent(a.article().outlet().domain(), k -> new ArrayList<>()).add(a.article().title());
    }
    for (Candidate c : candidates) {
      textsByOutlet.get(c.outlet()).add(c.text());
    }
    concepts = new Concepts(textsByOutlet);
    int outlets = byOutlet.size();
    for (Candidate c : candidates) {
      double central = 0;
      double loudest = 0;
      for (Map.Entry<String, List<Candidate>> e : byOutlet.entrySet()) {
        if (e.getKey().equals(c.outlet())) {
          continue;
        }
        double best = 0;
        for (Candidate o : e.getValue()) {
          best = Math.max(best, Terms.cosine(c.terms(), o.terms()));
        }
        central += best;
        loudest = Math.max(loudest, best);
      }
      double normCentral = outlets > 1 ? central / (outlets - 1) : 0;
      centrality.put(c, normCentral);
      echo.put(c, loudest);
      double position = 1.0 / (1 + c.index());
      double words = c.words();
      double lengthFit = words < 8 ? 0.3 : words > 45 ? 0.5 : 1.0;
      double s = 0.55 * normCentral + 0.35 * position + 0.10 * lengthFit;
      if (DANGLING_START.matcher(c.text()).find()) {
        s -= 0.15;
      }
      if (NOT_A_STATEMENT.matcher(c.text()).find()) {
        s -= 0.2;
      }
      score.put(c, s);
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

  List<Candidate> all() {
    return candidates;
  }

  double score(Candidate c) {
    return score.getOrDefault(c, 0.0);
  }

  /** Mean over the other outlets of the closest sentence's similarity: how widely it is reported. */
  double centrality(Candidate c) {
    return centrality.getOrDefault(c, 0.0);
  }

  /** Similarity of the closest sentence of any other outlet: 0 when no other outlet says it. */
  double echo(Candidate c) {
    return echo.getOrDefault(c, 0.0);
  }

  boolean selfContained(Candidate c) {
    return !DANGLING_START.matcher(c.text()).find() && !NOT_A_STATEMENT.matcher(c.text()).find();
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
