package dev.worlddaily.synthesize;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The check that text not copied from its sources (compressed or written by a model) must pass:
 * every number, scale word, name and quoted phrase in it occurs in the cited spans, a negation
 * in it is one they make too, and most of its content words are theirs. The first problem found
 * is returned as a reason; no problem means the text is supported.
 */
public final class GeneratedTextCheck {
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
  private static final Pattern NAME = Pattern.compile("(?<=^|[\\s(\\[“\"‘/-])\\p{Lu}[\\p{L}'’-]*");
  private static final Pattern QUOTED = Pattern.compile("[\"“]([^\"“”]{3,}?)[\"”]|‘([^‘’]{3,}?)’");
  private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
      Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"),
      Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"),
      Map.entry("eleven", "11"), Map.entry("twelve", "12"), Map.entry("thirteen", "13"), Map.entry("fourteen", "14"),
      Map.entry("fifteen", "15"), Map.entry("sixteen", "16"), Map.entry("seventeen", "17"), Map.entry("eighteen", "18"),
      Map.entry("nineteen", "19"), Map.entry("twenty", "20"), Map.entry("thirty", "30"), Map.entry("forty", "40"),
      Map.entry("fifty", "50"), Map.entry("hundred", "100"), Map.entry("dozen", "12"), Map.entry("half", "0.5"),
      Map.entry("third", "3"), Map.entry("quarter", "4"), Map.entry("first", "1"), Map.entry("second", "2"));
  private static final Set<String> SCALES = Set.of("thousand", "million", "billion", "trillion", "bn", "mn", "percent", "%");
  private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot");
  private static final double MIN_CONTENT_OVERLAP = 0.6;

  private GeneratedTextCheck() {}

  /** The first reason the sources do not support the text, or empty when they do. */
  public static Optional<String> problem(String text, String sources) {
    if (text == null || text.isBlank()) {
      return Optional.of("empty text");
    }
    String src = squash(sources);
    Set<String> srcWords = words(src);
    Set<String> srcNumbers = numbers(src, srcWords);
    Matcher n = NUMBER.matcher(text);
    while (n.find()) {
      if (!srcNumbers.contains(normalNumber(n.group()))) {
        return Optional.of("figure " + n.group() + " is not in its sources");
      }
    }
    for (String w : words(text)) {
      String digits = NUMBER_WORDS.get(w);
      if (digits != null && !srcNumbers.contains(digits) && !srcWords.contains(w)) {
        return Optional.of("figure '" + w + "' is not in its sources");
      }
      if (SCALES.contains(w) && !srcWords.contains(w) && !(w.equals("percent") && src.contains("%"))) {
        return Optional.of("scale '" + w + "' is not in its sources");
      }
    }
    if (text.contains("%") && !src.contains("%") && !srcWords.contains("percent") && !srcWords.contains("per")) {
      return Optional.of("a percentage is not in its sources");
    }
    Matcher q = QUOTED.matcher(text);
    while (q.find()) {
      String quoted = squash(q.group(1) != null ? q.group(1) : q.group(2)).replaceAll("[,.;:]+$", "");
      if (!src.contains(quoted)) {
        return Optional.of("quoted words are not in its sources: " + quoted);
      }
    }
    String stripped = text.strip();
    Matcher name = NAME.matcher(stripped);
    while (name.find()) {
      String w = name.group().replaceAll("['’]s?$", "");
      // The first word is capitalised anyway ("Rescuers reached..."); it counts as a name only
      // when a capitalised word follows it ("Reyes Ortiz said...").
      boolean opening = name.start() == 0 && !stripped.substring(name.end()).matches("^\\s+\\p{Lu}.*");
      if (!containsWord(src, w) && !opening) {
        return Optional.of("name '" + w + "' is not in its sources");
      }
    }
    Set<String> textWords = words(text);
    for (String neg : NEGATIONS) {
      if (textWords.contains(neg) && NEGATIONS.stream().noneMatch(srcWords::contains) && !src.contains("n't") && !src.contains("n’t")) {
        return Optional.of("negation '" + neg + "' is not in its sources");
      }
    }
    if ((text.contains("n't") || text.contains("n’t")) && NEGATIONS.stream().noneMatch(srcWords::contains) && !src.contains("n't") && !src.contains("n’t")) {
      return Optional.of("a negation is not in its sources");
    }
    Set<String> content = Terms.of(text).keySet();
    if (content.isEmpty()) {
      return Optional.of("no content words");
    }
    Set<String> sourceContent = new HashSet<>(Terms.of(sources).keySet());
    long shared = content.stream().filter(sourceContent::contains).count();
    if (shared < MIN_CONTENT_OVERLAP * content.size()) {
      return Optional.of(String.format(Locale.ROOT, "only %d of %d content words are in its sources", shared, content.size()));
    }
    return Optional.empty();
  }

  public static boolean supported(String text, String sources) {
    return problem(text, sources).isEmpty();
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group().replaceAll("['’]s?$", ""));
    }
    return out;
  }

  private static Set<String> numbers(String src, Set<String> srcWords) {
    Set<String> out = new HashSet<>();
    Matcher n = NUMBER.matcher(src);
    while (n.find()) {
      out.add(normalNumber(n.group()));
    }
    for (String w : srcWords) {
      String digits = NUMBER_WORDS.get(w);
      if (digits != null) {
        out.add(digits);
      }
    }
    return out;
  }

  /** "45,000" -> "45000"; "4.5" stays; a trailing sentence point is not a decimal. */
  private static String normalNumber(String n) {
    String s = n.replaceAll("[.,]$", "");
    return s.matches("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?") ? s.replace(",", "") : s;
  }

  private static boolean containsWord(String src, String w) {
    return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(w) + "(?![\\p{L}])").matcher(src).find();
  }

  private static String squash(String s) {
    return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }
}
