package dev.worlddaily.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two sets' text metrics, exactly as shared/eval/README.md defines them: scrapinghub's
 * 4-gram shingle multisets with per-page normalised counts, and wcxb's lower-cased bag of words.
 */
final class TextMetrics {
  /** Python's {@code \w} on text: letters and numbers of any script and the underscore (not combining marks). */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

  private TextMetrics() {}

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Per-page precision and recall, either of which may be undefined (NaN) as the README says. */
  record PageScore(double precision, double recall) {}

  /** scrapinghub: multiset overlap of 4-gram shingles, counts normalised per page. */
  static PageScore shingles(String truth, String predicted) {
    Map<String, Integer> t = shingleCounts(tokens(truth));
    Map<String, Integer> p = shingleCounts(tokens(predicted));
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      int inTruth = t.getOrDefault(e.getKey(), 0);
      tp += Math.min(inTruth, e.getValue());
      fp += Math.max(0, e.getValue() - inTruth);
    }
    for (Map.Entry<String, Integer> e : t.entrySet()) {
      fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
    }
    if (fp == 0 && fn == 0) {
      return new PageScore(1, 1);
    }
    double sum = tp + fp + fn;
    tp /= sum;
    fp /= sum;
    fn /= sum;
    return new PageScore(tp + fp == 0 ? Double.NaN : tp / (tp + fp), tp + fn == 0 ? Double.NaN : tp / (tp + fn));
  }

  private static Map<String, Integer> shingleCounts(List<String> tokens) {
    Map<String, Integer> out = new HashMap<>();
    if (tokens.isEmpty()) {
      return out;
    }
    if (tokens.size() < 4) {
      out.merge(String.join(" ", tokens), 1, Integer::sum);
      return out;
    }
    for (int i = 0; i + 4 <= tokens.size(); i++) {
      out.merge(tokens.get(i) + " " + tokens.get(i + 1) + " " + tokens.get(i + 2) + " " + tokens.get(i + 3), 1, Integer::sum);
    }
    return out;
  }

  /** wcxb: bag of lower-cased words; returns {precision, recall, f1}. */
  static double[] words(String truth, String predicted) {
    Map<String, Integer> t = counts(tokens(truth.toLowerCase(Locale.ROOT)));
    Map<String, Integer> p = counts(tokens(predicted == null ? "" : predicted.toLowerCase(Locale.ROOT)));
    int tTotal = t.values().stream().mapToInt(Integer::intValue).sum();
    int pTotal = p.values().stream().mapToInt(Integer::intValue).sum();
    int overlap = 0;
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      overlap += Math.min(e.getValue(), t.getOrDefault(e.getKey(), 0));
    }
    double precision = pTotal == 0 ? (tTotal == 0 ? 1 : 0) : overlap / (double) pTotal;
    double recall = tTotal == 0 ? 1 : overlap / (double) tTotal;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new double[] {precision, recall, f1};
  }

  private static Map<String, Integer> counts(List<String> tokens) {
    Map<String, Integer> out = new HashMap<>();
    tokens.forEach(t -> out.merge(t, 1, Integer::sum));
    return out;
  }

  /** Normalised text for snippet and title matching: lower case, words separated by single spaces. */
  static String normalized(String s) {
    return String.join(" ", tokens(s == null ? "" : s.toLowerCase(Locale.ROOT)));
  }
}
