package dev.worlddaily.synthesize;

import dev.worlddaily.model.annotation.FigureMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recognises a sentence that restates what chosen sentences already say though it words it
 * differently: every figure it gives is one a chosen sentence on the same subject already gave
 * ("aims to vaccinate 45,000 children" after "teams aim to reach 45,000 children in ten days").
 * Word overlap alone misses these; a sentence that adds a figure of its own is not a repeat.
 */
final class RepeatedFacts {
  /** Word overlap above which two sentences sharing their figures are about the same thing. */
  private static final double SAME_SUBJECT_COSINE = 0.2;
  private static final Set<String> NOT_COUNTS = Set.of("%", "USD", "EUR", "GBP", "JPY", "CNY", "INR", "RUB", "KRW", "TRY", "CHF", "AUD", "CAD");

  private RepeatedFacts() {}

  static boolean restates(Candidate c, List<Candidate> chosen) {
    List<FigureMention> own = figures(c);
    if (own.isEmpty()) {
      return false;
    }
    for (FigureMention f : own) {
      boolean stated = false;
      for (Candidate o : chosen) {
        if (Terms.cosine(o.terms(), c.terms()) > SAME_SUBJECT_COSINE && figures(o).stream().anyMatch(g -> same(f, g))) {
          stated = true;
          break;
        }
      }
      if (!stated) {
        return false;
      }
    }
    return true;
  }

  /** True when the candidate gives a figure none of the given sentences gives. */
  static boolean addsFigure(Candidate c, List<Candidate> said) {
    for (FigureMention f : figures(c)) {
      if (said.stream().noneMatch(o -> figures(o).stream().anyMatch(g -> same(f, g)))) {
        return true;
      }
    }
    return false;
  }

  /** The figures enrichment found inside the candidate's span. */
  static List<FigureMention> figures(Candidate c) {
    List<FigureMention> out = new ArrayList<>();
    for (FigureMention f : c.article().annotations().figures()) {
      if (f.start() >= c.start() && f.end() <= c.end()) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * The same quantity: equal values, and the same unit, or two counts of things ("87 cases",
   * "87 people"); a percentage or an amount of money is never the same as a count.
   */
  static boolean same(FigureMention a, FigureMention b) {
    if (Math.abs(a.value() - b.value()) > 0.005 * Math.max(Math.abs(a.value()), Math.abs(b.value()))) {
      return false;
    }
    if (a.unit() == null || b.unit() == null) {
      return a.unit() == null && b.unit() == null;
    }
    return a.unit().equals(b.unit()) || !NOT_COUNTS.contains(a.unit()) && !NOT_COUNTS.contains(b.unit());
  }
}
