package dev.worlddaily.enrich;

import dev.worlddaily.model.annotation.FigureMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers with their unit and context: money ("€4.5 billion"), percentages, counts of things
 * ("more than 60,000 delegates"), rates ("12 million barrels a day"). Values are normalised
 * (scale words applied), units named ("EUR", "%", "delegates", "barrels/day"). In a range, the
 * first number borrows the scale and unit of the second ("between 10 and 12 million people").
 */
public final class FigureExtractor {
  private static final String CURRENCY_SYMBOL = "(?<sym>US\\$|A\\$|C\\$|NZ\\$|HK\\$|R\\$|\\$|€|£|¥|₹|₽|₩|₺|CHF\\s?|USD\\s?|EUR\\s?|GBP\\s?|JPY\\s?|CNY\\s?|INR\\s?)";
  private static final String NUMBER = "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:[.,]\\d+)?)";
  private static final String SCALE = "(?:\\s?(?<scale>trillion|billion|million|thousand|hundred|bn|tn|mn|m|k)\\b)?";
  /** A qualifier right before a figure; matched backwards from the figure, not at every offset of the text. */
  private static final Pattern QUALIFIER_BEFORE = Pattern.compile(
      "(?i)(?<!\\p{L})(?<qual>more than|less than|fewer than|up to|at least|at most|nearly|almost|about|around|roughly|some|over|under|approximately|an estimated|as many as|as much as)\\s+$");
  private static final int QUALIFIER_MAX_CHARS = 16;
  private static final Pattern FIGURE = Pattern.compile(
      "(?i)" + CURRENCY_SYMBOL + "?" + NUMBER + SCALE
          + "(?<after>\\s?(?:%|percent\\b|per cent\\b|percentage points?\\b|(?:euros?|dollars?|pounds?|yen|yuan|rupees?|roubles?|rubles?|francs?|crowns?|kronor|kroner|lira|pesos?|reais|rand|naira|shillings?)\\b))?");
  private static final Pattern TIME_OR_YEAR = Pattern.compile("^\\s?(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b|GMT|UTC|BST|CET|:\\d)");
  private static final Map<String, String> CURRENCIES = Map.ofEntries(
      Map.entry("$", "USD"), Map.entry("us$", "USD"), Map.entry("usd", "USD"), Map.entry("dollar", "USD"),
      Map.entry("€", "EUR"), Map.entry("eur", "EUR"), Map.entry("euro", "EUR"), Map.entry("£", "GBP"),
      Map.entry("gbp", "GBP"), Map.entry("pound", "GBP"), Map.entry("¥", "JPY"), Map.entry("jpy", "JPY"),
      Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"), Map.entry("cny", "CNY"), Map.entry("₹", "INR"),
      Map.entry("inr", "INR"), Map.entry("rupee", "INR"), Map.entry("₽", "RUB"), Map.entry("rouble", "RUB"),
      Map.entry("ruble", "RUB"), Map.entry("₩", "KRW"), Map.entry("₺", "TRY"), Map.entry("lira", "TRY"),
      Map.entry("chf", "CHF"), Map.entry("franc", "CHF"), Map.entry("a$", "AUD"), Map.entry("c$", "CAD"),
      Map.entry("nz$", "NZD"), Map.entry("hk$", "HKD"), Map.entry("r$", "BRL"), Map.entry("reais", "BRL"),
      Map.entry("crown", "crowns"), Map.entry("kronor", "SEK"), Map.entry("kroner", "NOK"), Map.entry("peso", "pesos"),
      Map.entry("rand", "ZAR"), Map.entry("naira", "NGN"), Map.entry("shilling", "shillings"));

  /** Figures of a text, in order. */
  public List<FigureMention> extract(String text) {
    List<FigureMention> out = new ArrayList<>();
    Matcher m = FIGURE.matcher(text);
    m.useTransparentBounds(true);
    int from = 0;
    while (nextFigure(text, m, from)) {
      from = m.end();
      String num = m.group("num");
      int qualStart = qualifierStart(text, m.start());
      if (m.start("num") > 0 && (Character.isLetter(text.charAt(m.start("num") - 1)) || text.charAt(m.start("num") - 1) == '-' && m.group("sym") == null)) {
        continue;
      }
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
      if (TIME_OR_YEAR.matcher(after).find()) {
        continue;
      }
      double value = parse(num);
      String scale = m.group("scale");
      value *= multiplier(scale);
      String unit = unit(m.group("sym"), m.group("after"));
      int end = m.end();
      if (unit == null) {
        FigureWords.Unit noun = FigureWords.unitAfter(after, value == 1 || num.contains("."));
        if (noun != null) {
          unit = noun.name();
          end = m.end() + noun.end();
        }
      }
      // A year is a date, not a quantity, even when a noun follows ("a 2023 report").
      boolean bareYear = scale == null && m.group("sym") == null && m.group("after") == null && num.matches("(?:19|20)\\d{2}");
      if (bareYear || unit == null && scale == null && qualStart < 0 && value < 10 && !num.contains(".")) {
        continue;
      }
      int start = qualStart >= 0 ? qualStart : m.group("sym") != null ? m.start("sym") : m.start("num");
      String surface = text.substring(start, end).strip();
      end = start + surface.length();
      out.add(new FigureMention(start, end, surface, value, unit));
    }
    addWrittenNumbers(text, out);
    return borrowAcrossRanges(text, out);
  }

  /**
   * Counts written as words ("three deaths", "Nine people were missing", "two million
   * barrels a day"): only with a counted noun after them, and not as a reference ("the two
   * leaders", "all three") or a duration ("two weeks").
   */
  private static void addWrittenNumbers(String text, List<FigureMention> out) {
    Matcher m = FigureWords.NUMBER_WORDS.matcher(text);
    boolean added = false;
    while (m.find()) {
      String before = wordBefore(text, m.start());
      if (before != null && FigureWords.REFERENCE_BEFORE.contains(before.toLowerCase(Locale.ROOT))) {
        continue;
      }
      double value = FigureWords.value(m.group("words"));
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
      FigureWords.Unit unit = FigureWords.unitAfter(after, false);
      if (value <= 0 || unit == null || FigureWords.DURATIONS.contains(unit.name())) {
        continue;
      }
      int qualStart = qualifierStart(text, m.start());
      int start = qualStart >= 0 ? qualStart : m.start();
      int end = m.end() + unit.end();
      out.add(new FigureMention(start, end, text.substring(start, end), value, unit.name()));
      added = true;
    }
    if (added) {
      out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }
  }

  /** The word right before {@code offset} (skipping spaces), or null. */
  private static String wordBefore(String text, int offset) {
    int end = offset;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return start < end ? text.substring(start, end) : null;
  }

  /** The longest currency symbol before a number ("CHF ", "NZ$"). */
  private static final int SYMBOL_MAX_CHARS = 4;

  /**
   * What {@code m.find(from)} would find, without trying {@link #FIGURE}'s symbol alternatives at
   * every offset of the text (the stage's costliest regex work): every figure contains a digit and
   * a symbol ends right at it, so the leftmost figure starts at most {@value #SYMBOL_MAX_CHARS}
   * characters before the first digit from {@code from}. Leaves {@code m} on the match.
   */
  private static boolean nextFigure(String text, Matcher m, int from) {
    int digit = from;
    while (digit < text.length() && !isAsciiDigit(text.charAt(digit))) {
      digit++;
    }
    if (digit == text.length()) {
      return false;
    }
    for (int s = Math.max(from, digit - SYMBOL_MAX_CHARS); s <= digit; s++) {
      m.region(s, text.length());
      if (m.lookingAt()) {
        return true;
      }
    }
    throw new IllegalStateException("a digit always starts a figure"); // NUMBER matches any digit
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The offset of a qualifier ("more than", "up to") that ends right before {@code start}, or -1. */
  private static int qualifierStart(String text, int start) {
    int from = Math.max(0, start - QUALIFIER_MAX_CHARS - 2);
    if (start == 0 || !Character.isWhitespace(text.charAt(start - 1))) {
      return -1;
    }
    Matcher q = QUALIFIER_BEFORE.matcher(text).region(from, start);
    q.useTransparentBounds(true);
    return q.find() ? q.start("qual") : -1;
  }

  /** "between 10 and 12 million people": the 10 is also millions of people. */
  private static List<FigureMention> borrowAcrossRanges(String text, List<FigureMention> in) {
    List<FigureMention> out = new ArrayList<>(in);
    for (int i = 0; i + 1 < out.size(); i++) {
      FigureMention a = out.get(i);
      FigureMention b = out.get(i + 1);
      String between = text.substring(a.end(), b.start()).strip().toLowerCase(Locale.ROOT);
      boolean range = between.equals("and") || between.equals("to") || between.equals("-") || between.equals("–") || between.equals("or");
      if (range && a.unit() == null && b.unit() != null) {
        double scale = b.value() / Math.max(1e-9, parse(numberIn(b.text())));
        double aValue = a.value() * (scale > 1.5 && a.value() < 1000 ? scale : 1);
        out.set(i, new FigureMention(a.start(), a.end(), a.text(), aValue, b.unit()));
      } else if (a.unit() != null && b.unit() == null && between.length() < 60 && !between.contains(".")
          && (between.matches("(?:.*\\s)?(?:to|and|or)") || b.text().toLowerCase(Locale.ROOT).startsWith("up to"))) {
        out.set(i + 1, new FigureMention(b.start(), b.end(), b.text(), b.value(), a.unit()));
      }
    }
    return out;
  }

  private static final Pattern DIGITS = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

  /** The leading number of a figure's text, as digits ("1" when it is written as words). */
  private static String numberIn(String s) {
    Matcher m = DIGITS.matcher(s);
    if (m.find()) {
      return m.group();
    }
    Matcher w = FigureWords.NUMBER_WORDS.matcher(s);
    if (w.find()) {
      double v = FigureWords.value(w.group("words").replaceAll("(?i)\\s+(?:hundred|thousand|million|billion)$", ""));
      return v > 0 ? String.valueOf((long) v) : "1";
    }
    return "1";
  }

  static double parse(String num) {
    String n = num;
    if (n.matches("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?")) {
      n = n.replace(",", "");
    } else if (n.matches("\\d+,\\d{1,2}")) {
      n = n.replace(',', '.');
    } else {
      n = n.replace(",", "");
    }
    try {
      return Double.parseDouble(n);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static double multiplier(String scale) {
    if (scale == null) {
      return 1;
    }
    return switch (scale.toLowerCase(Locale.ROOT)) {
      case "trillion", "tn" -> 1e12;
      case "billion", "bn" -> 1e9;
      case "million", "mn", "m" -> 1e6;
      case "thousand", "k" -> 1e3;
      case "hundred" -> 1e2;
      default -> 1;
    };
  }

  private static String unit(String symbol, String after) {
    if (after != null && !after.isBlank()) {
      String a = after.strip().toLowerCase(Locale.ROOT);
      if (a.equals("%") || a.startsWith("percent") || a.startsWith("per cent")) {
        return "%";
      }
      if (a.startsWith("percentage point")) {
        return "percentage points";
      }
      String singular = a.endsWith("s") && !a.equals("reais") && !a.equals("kronor") ? a.substring(0, a.length() - 1) : a;
      return CURRENCIES.getOrDefault(singular, CURRENCIES.getOrDefault(a, a));
    }
    if (symbol != null) {
      return CURRENCIES.getOrDefault(symbol.strip().toLowerCase(Locale.ROOT), symbol.strip());
    }
    return null;
  }
}
