package dev.worlddaily.synthesize;

import dev.worlddaily.model.annotation.AnnotatedArticle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks the headline: the source headline that best states what the outlets agree on, cleaned of
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

  private static final int MAX_WORDS = 24;

  private HeadlineWriter() {}

  static String write(List<AnnotatedArticle> reports, List<Candidate> central, Concepts concepts) {
    String best = null;
    double bestScore = 0;
    for (AnnotatedArticle a : reports) {
      String t = clean(a.article().title(), a.article().outlet().name());
      int words = t.isBlank() ? 0 : t.split("\\s+").length;
      if (words < 3 || words > MAX_WORDS || CLICKBAIT.matcher(t).find()) {
        continue;
      }
      // Consensus concepts per square root of length: the title that says what most outlets
      // say, in few words; a tie goes to the earlier report.
      double s = concepts.gain(Concepts.of(t), Set.of()) / Math.sqrt(words);
      if (s > bestScore) {
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
