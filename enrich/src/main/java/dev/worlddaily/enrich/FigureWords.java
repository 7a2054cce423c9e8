package dev.worlddaily.enrich;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of figures, kept as data apart from {@link FigureExtractor}'s rules: numbers written
 * as words ("three", "twenty-five"), and what may follow a number as its unit: a noun or a measure
 * word, never a verb ("40,000 packed the stadium"), an adverb or a preposition ("6.5 million
 * across the region"). After a number other than one a counted noun is plural, so a unit must look
 * plural (or be a plural without -s, a measure, or a rate); that one test keeps out most verbs and
 * all the singular nouns of compounds ("a 2,000 capacity hall").
 */
final class FigureWords {
  private FigureWords() {}

  static final Map<String, Integer> CARDINALS = Map.ofEntries(
      Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
      Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
      Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
      Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
      Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

  /**
   * A number written as words: a cardinal from two to ninety-nine, or "one" (or "a") only before a
   * scale ("one million", "a hundred"), optionally followed by a scale word. "One" alone is left
   * out: it is more often a pronoun ("one of the", "one official said") than a count.
   */
  static final Pattern NUMBER_WORDS = Pattern.compile(
      "(?<![\\p{L}\\p{N}-])(?<words>(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
          + "|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
          + "(?:\\s+(?<scale>hundred|thousand|million|billion))?"
          + "|(?i:one|a)\\s+(?<scale1>hundred|thousand|million|billion))(?![\\p{L}\\p{N}-])");

  /** Words before a number written as words that make it a reference, not a count: "the two leaders", "all three". */
  static final Set<String> REFERENCE_BEFORE = Set.of(
      "the", "these", "those", "its", "their", "his", "her", "our", "your", "my", "all", "both", "every", "each",
      "first", "last", "next", "other", "another", "which", "whose", "top", "any");

  /** Durations are time expressions, not counts ("two weeks ago", "in three years"). */
  static final Set<String> DURATIONS = Set.of(
      "seconds", "minutes", "hours", "days", "nights", "weeks", "months", "years", "decades", "centuries", "times",
      "second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century", "time");

  /** Plurals without an -s, and collective nouns counted in numbers. */
  static final Set<String> PLURALS_WITHOUT_S = Set.of(
      "people", "men", "women", "children", "police", "staff", "crew", "personnel", "cattle", "sheep", "fish", "deer",
      "aircraft", "feet", "teeth", "mice", "geese", "data", "media", "livestock", "militia", "infantry", "clergy");

  /** Measure words that follow a number in the singular or as abbreviations. */
  static final Set<String> MEASURES = Set.of(
      "km", "kg", "mm", "cm", "ha", "mph", "kph", "mw", "gw", "kw", "kwh", "mwh", "gwh", "twh", "bpd", "mbps", "gb", "tb",
      "hectare", "acre", "tonne", "ton", "metre", "meter", "kilometre", "kilometer", "mile", "litre", "liter", "barrel",
      "gallon", "degree");

  /** Words that never name what was counted: function words, auxiliaries, reporting verbs, adverbs. */
  static final Set<String> NOT_UNITS = Set.of(
      "and", "the", "for", "with", "that", "who", "which", "was", "were", "are", "has", "had", "have", "will",
      "from", "into", "than", "per", "over", "under", "more", "after", "before", "since", "when", "while",
      "years", "year", "times", "percent", "said", "says", "in", "to", "of", "on", "at", "by", "or", "but",
      "its", "their", "his", "her", "this", "these", "those", "is", "be", "been", "would", "could", "can",
      "across", "along", "around", "among", "amongst", "against", "between", "beyond", "during", "inside", "outside",
      "through", "throughout", "toward", "towards", "upon", "within", "without", "despite", "including", "like",
      "near", "off", "onto", "out", "via", "about", "above", "below", "behind", "beside", "besides", "down", "up",
      "ago", "each", "every", "all", "both", "either", "neither", "last", "next", "so", "then", "there", "here",
      "also", "still", "already", "yet", "just", "only", "even", "now", "again", "back", "away", "alone", "too",
      "very", "well", "less", "most", "least", "much", "many", "few", "such", "same", "what", "whose", "where",
      "why", "how", "if", "as", "because", "though", "although", "unless", "until", "whether", "not", "no", "nor",
      "does", "did", "done", "got", "get", "gets", "goes", "went", "gone", "came", "comes", "made", "makes", "took",
      "takes", "may", "might", "must", "shall", "should", "we", "they", "them", "him", "us", "you", "our", "your",
      "an", "a", "it", "others", "ones", "plus", "minus", "apiece", "versus", "vs", "thanks", "tells",
      "adds", "shows", "means", "remains", "seems", "wants", "needs", "puts", "sees");

  /** Adjectives before the counted noun that are skipped ("300 new homes", "40 armed men"). */
  static final Set<String> ADJECTIVES_BEFORE = Set.of(
      "new", "more", "additional", "extra", "other", "local", "foreign", "registered", "armed", "displaced", "injured",
      "dead", "international", "young", "elderly", "former", "full-time", "part-time", "unemployed", "trained");

  private static final Pattern WORD_AFTER = Pattern.compile("^\\s+(?<w>[\\p{L}][\\p{L}'-]*)");
  private static final Pattern RATE = Pattern.compile("^\\s+(?:a|per)\\s+(?<per>day|year|month|week|hour)\\b");

  /** The unit after a number and where it ends (relative to {@code after}), or null. */
  record Unit(String name, int end) {}

  /**
   * The counted noun that follows a number in {@code after} (the text right after it), or null.
   * {@code singular} allows a singular noun (after "1", "1.5").
   */
  static Unit unitAfter(String after, boolean singular) {
    Matcher first = WORD_AFTER.matcher(after);
    if (!first.find()) {
      return null;
    }
    String w = first.group("w");
    int end = first.end();
    String next = null;
    int nextEnd = -1;
    Matcher second = WORD_AFTER.matcher(after.substring(end));
    if (second.find()) {
      next = second.group("w");
      nextEnd = end + second.end();
    }
    if (ADJECTIVES_BEFORE.contains(w) && next != null) {
      w = next;
      end = nextEnd;
    } else if (verbForm(w) && next != null && countedNoun(next, singular)) {
      // "12 trained dogs": a participle before the noun; "40,000 packed the stadium" has none.
      w = next;
      end = nextEnd;
    }
    if (!countedNoun(w, singular)) {
      return null;
    }
    Matcher rate = RATE.matcher(after.substring(end));
    if (rate.find()) {
      return new Unit(w + "/" + rate.group("per"), end + rate.end());
    }
    return new Unit(w, end);
  }

  /** Whether a word can be what a number counts. */
  static boolean countedNoun(String w, boolean singular) {
    if (w.length() < 2 || !Character.isLowerCase(w.charAt(0)) || NOT_UNITS.contains(w) || w.endsWith("ly") || verbForm(w)) {
      return false;
    }
    if (PLURALS_WITHOUT_S.contains(w) || MEASURES.contains(w)) {
      return true;
    }
    boolean plural = w.length() >= 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
    return plural || singular && w.length() >= 3;
  }

  /** "packed", "rising": past and present participles, which follow a number as verbs. */
  private static boolean verbForm(String w) {
    return w.length() > 4 && (w.endsWith("ed") && !w.endsWith("eed") || w.endsWith("ing") && !w.equals("spring") && !w.equals("ceiling"));
  }

  /** The value of a number written as words ("twenty-five" 25, "three million" 3e6), or -1. */
  static double value(String words) {
    String[] parts = words.toLowerCase(Locale.ROOT).split("[\\s-]+");
    double value = 0;
    double scale = 1;
    for (String p : parts) {
      switch (p) {
        case "one", "a" -> value += 1;
        case "hundred" -> scale = 1e2;
        case "thousand" -> scale = 1e3;
        case "million" -> scale = 1e6;
        case "billion" -> scale = 1e9;
        default -> {
          Integer n = CARDINALS.get(p);
          if (n == null) {
            return -1;
          }
          value += n;
        }
      }
    }
    return value * scale;
  }
}
