package dev.worlddaily.eval.clustering;

import java.util.regex.Pattern;

/**
 * Undoes Penn-Treebank-style tokenization ({@code `` Hello , '' he said .}) so that the
 * evaluation feeds the pipeline ordinary text, as extraction would give it.
 */
final class Detokenizer {
  private static final Pattern OPEN_QUOTE = Pattern.compile("``\\s*");
  private static final Pattern CLOSE_QUOTE = Pattern.compile("\\s*''");
  private static final Pattern CLITIC = Pattern.compile(" (n't|'s|'re|'ve|'ll|'d|'m|')(?=\\s|$)", Pattern.CASE_INSENSITIVE);
  private static final Pattern BEFORE_PUNCT = Pattern.compile(" +([,.;:!?%)\\]}])");
  private static final Pattern AFTER_OPEN = Pattern.compile("([(\\[{$]) +");
  private static final Pattern HYPHEN = Pattern.compile("(?<=[\\p{L}\\p{N}]) - (?=[\\p{L}\\p{N}])");
  private static final Pattern BRACKETS = Pattern.compile("-LRB-|-RRB-|-LSB-|-RSB-");
  /** "5 . 9", "7 : 21", "26 , 000": one number or time. */
  private static final Pattern NUMBER_PARTS = Pattern.compile("(?<=\\d) ([.:]) (?=\\d)|(?<=\\d) (,) (?=\\d{3}\\b)");
  /** "a . m .", "U . S .": one abbreviation. */
  private static final Pattern INITIALS = Pattern.compile("\\b(\\p{L}) \\. (\\p{L}) \\.");

  private Detokenizer() {}

  static String detokenize(String line) {
    String s = line.strip();
    s = BRACKETS.matcher(s).replaceAll(m -> switch (m.group()) {
      case "-LRB-" -> "(";
      case "-RRB-" -> ")";
      case "-LSB-" -> "[";
      default -> "]";
    });
    s = NUMBER_PARTS.matcher(s).replaceAll(m -> m.group(1) != null ? m.group(1) : m.group(2));
    s = INITIALS.matcher(s).replaceAll("$1.$2.");
    s = OPEN_QUOTE.matcher(s).replaceAll("\"");
    s = CLOSE_QUOTE.matcher(s).replaceAll("\"");
    s = CLITIC.matcher(s).replaceAll("$1");
    s = HYPHEN.matcher(s).replaceAll("-");
    s = BEFORE_PUNCT.matcher(s).replaceAll("$1");
    s = AFTER_OPEN.matcher(s).replaceAll("$1");
    return s.replaceAll(" {2,}", " ");
  }
}
