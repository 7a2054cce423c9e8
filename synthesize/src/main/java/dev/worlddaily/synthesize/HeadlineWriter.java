package dev.worlddaily.synthesize;

import dev.worlddaily.model.annotation.AnnotatedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Picks the headline: the source headline that best agrees with the other sources, cleaned of
 * labels and outlet names and never clickbait; when no source headline qualifies, the opening
 * clause of the most central sentence.
 */
final class HeadlineWriter {
  private static final Pattern LABEL = Pattern.compile(
      "^(?:(?:breaking|live|watch|video|opinion|analysis|exclusive|update|updated|explainer|comment|editorial|photos?)\\s*[:|–—-]\\s*)+",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CLICKBAIT = Pattern.compile(
      "(?i)you won'?t believe|shocking|here'?s (?:why|what|how)|what happened next|this is why|the reason why|"
          + "\\b\\d+ (?:things|reasons|ways)\\b|!|\\?$|must see|jaw-dropping|goes viral|everything you need to know");

  private HeadlineWriter() {}

  static String write(List<AnnotatedArticle> reports, List<Candidate> central) {
    List<String> titles = new ArrayList<>();
    for (AnnotatedArticle a : reports) {
      String t = clean(a.article().title(), a.article().outlet().name());
      if (!t.isBlank() && !CLICKBAIT.matcher(t).find() && t.split("\\s+").length >= 3) {
        titles.add(t);
      }
    }
    String best = null;
    double bestScore = -1;
    for (String t : titles) {
      Map<String, Integer> terms = Terms.of(t);
      double s = 0;
      for (String o : titles) {
        if (o != t) {
          s += Terms.cosine(terms, Terms.of(o));
        }
      }
      for (int i = 0; i < Math.min(3, central.size()); i++) {
        s += 0.5 * Terms.cosine(terms, central.get(i).terms());
      }
      int words = t.split("\\s+").length;
      if (words > 16) {
        s -= 0.1 * (words - 16);
      }
      if (s > bestScore || s == bestScore && t.compareTo(best) < 0) {
        best = t;
        bestScore = s;
      }
    }
    if (best != null) {
      return best;
    }
    return central.isEmpty() ? "" : fromSentence(central.get(0).text());
  }

  /** Removes labels ("LIVE:"), an outlet name left in the title, and outer punctuation. */
  static String clean(String title, String outletName) {
    String t = title == null ? "" : title.replaceAll("\\s+", " ").strip();
    t = LABEL.matcher(t).replaceFirst("");
    if (outletName != null && !outletName.isBlank()) {
      String o = Pattern.quote(outletName.strip());
      t = t.replaceAll("(?i)\\s*[|–—-]\\s*" + o + "\\s*$", "").replaceAll("(?i)^" + o + "\\s*[|:–—-]\\s*", "");
    }
    t = t.replaceAll("[\\s.;:,]+$", "");
    if (t.length() > 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("“") && t.endsWith("”"))) {
      t = t.substring(1, t.length() - 1);
    }
    return t.strip();
  }

  /** The opening clause of a sentence, as a headline of at most 16 words. */
  static String fromSentence(String sentence) {
    String s = sentence.replaceAll("[.!?]+[\"”’']?$", "");
    String[] clauses = s.split(",\\s+");
    String clause = clauses[0].split("\\s+").length >= 5 ? clauses[0] : s;
    String[] words = clause.split("\\s+");
    if (words.length > 16) {
      clause = String.join(" ", java.util.Arrays.copyOf(words, 16));
    }
    return clause.substring(0, 1).toUpperCase(Locale.ROOT) + clause.substring(1);
  }
}
