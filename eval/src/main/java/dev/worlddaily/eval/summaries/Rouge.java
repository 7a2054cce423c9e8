package dev.worlddaily.eval.summaries;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 exactly as {@code shared/eval/README.md} defines them for the
 * summaries set: tokens are the lowercase {@code [a-z0-9]+} runs of the text, no stemming, no
 * stop words removed; n-gram counts are clipped; ROUGE-L is the longest common subsequence of the
 * two whole token sequences; F1 is the harmonic mean of precision and recall.
 */
final class Rouge {
  private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+");

  private Rouge() {}

  /** The three F1 scores of one candidate against one reference. */
  record Scores(double rouge1, double rouge2, double rougeL) {}

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  static Scores score(String candidate, String reference) {
    List<String> c = tokens(candidate);
    List<String> r = tokens(reference);
    return new Scores(ngramF1(c, r, 1), ngramF1(c, r, 2), lcsF1(c, r));
  }

  static double ngramF1(List<String> candidate, List<String> reference, int n) {
    Map<String, Integer> c = ngrams(candidate, n);
    Map<String, Integer> r = ngrams(reference, n);
    int cTotal = candidate.size() - n + 1;
    int rTotal = reference.size() - n + 1;
    if (cTotal <= 0 || rTotal <= 0) {
      return 0;
    }
    int overlap = 0;
    for (Map.Entry<String, Integer> e : c.entrySet()) {
      overlap += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
    }
    return f1(overlap / (double) cTotal, overlap / (double) rTotal);
  }

  static double lcsF1(List<String> candidate, List<String> reference) {
    if (candidate.isEmpty() || reference.isEmpty()) {
      return 0;
    }
    int[] previous = new int[reference.size() + 1];
    int[] current = new int[reference.size() + 1];
    for (String token : candidate) {
      for (int j = 1; j <= reference.size(); j++) {
        current[j] = token.equals(reference.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    int lcs = previous[reference.size()];
    return f1(lcs / (double) candidate.size(), lcs / (double) reference.size());
  }

  private static Map<String, Integer> ngrams(List<String> tokens, int n) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      out.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
    }
    return out;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
