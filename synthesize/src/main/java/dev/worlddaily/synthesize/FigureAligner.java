package dev.worlddaily.synthesize;

import dev.worlddaily.model.Citation;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.annotation.FigureMention;
import dev.worlddaily.model.story.Figure;
import dev.worlddaily.model.story.FigureValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lines up the figures the outlets report: mentions of one quantity ("killing 14 people", "12
 * people were killed"; "87 cases of measles", "infected 87 people") become one figure with one
 * value per article, labelled in plain words ({@link FigureLabels}); when outlets give different
 * values, the figure is marked as a conflict. Two mentions are one quantity when they name the
 * same kind of quantity and share the words around them, or when two counts give the same value
 * and their labels or words agree.
 */
final class FigureAligner {
  private static final int WINDOW_WORDS = 4;
  private static final double SAME_CONTEXT = 0.34;
  private static final Set<String> QUALIFIERS = Set.of("about", "around", "nearly", "almost", "least", "more", "than", "over", "under",
      "some", "roughly", "estimated", "were", "was", "are", "had", "have", "has", "been", "rose", "fell", "just");

  private static final java.util.regex.Pattern LOWER_BOUND = java.util.regex.Pattern.compile("\\b(?:more than|at least|over|upwards of|in excess of)\\b");
  private static final java.util.regex.Pattern UPPER_BOUND = java.util.regex.Pattern.compile("\\b(?:less than|fewer than|up to|at most|under|as many as|as much as)\\b");
  private static final java.util.regex.Pattern APPROXIMATE = java.util.regex.Pattern.compile("\\b(?:about|around|nearly|almost|roughly|some|approximately|an estimated|close to)\\b");

  private FigureAligner() {}

  private record Mention(AnnotatedArticle article, FigureMention figure, Set<String> context, String label) {}

  /**
   * One quantity while it is being built. What {@link #affinity} asks of its mentions (their
   * labels, articles, units and values) is kept as it grows, so a mention is compared with a
   * group in time that does not grow with the group: a story of hundreds of reports has
   * thousands of mentions.
   */
  private static final class Group {
    final List<Mention> mentions = new ArrayList<>();
    final Map<String, Integer> context = new HashMap<>();
    final Set<String> labels = new HashSet<>();
    final Set<AnnotatedArticle> articles = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    final Set<String> outlets = new HashSet<>();
    /** One mention of each distinct value and unit: {@link RepeatedFacts#same} reads only those. */
    final List<FigureMention> values = new ArrayList<>();
    /** The unit of the first mention that has one (null when none has). */
    String unit;
    boolean anyClass;

    void add(Mention m) {
      mentions.add(m);
      m.context().forEach(t -> context.merge(t, 1, Integer::sum));
      labels.add(m.label());
      articles.add(m.article());
      outlets.add(m.article().article().outlet().domain());
      FigureMention f = m.figure();
      if (values.stream().noneMatch(v -> v.value() == f.value() && java.util.Objects.equals(v.unit(), f.unit()))) {
        values.add(f);
      }
      if (unit == null) {
        unit = f.unit();
      }
      anyClass |= isClass(m.label());
    }

    boolean sameValue(FigureMention f) {
      return values.stream().anyMatch(v -> RepeatedFacts.same(v, f));
    }

    /** The label most mentions give; a specific one beats a generic one ("Raise (%)" over "Share (%)"). */
    String label() {
      Map<String, Integer> votes = new LinkedHashMap<>();
      boolean anySpecific = mentions.stream().anyMatch(m -> !FigureLabels.isGeneric(m.label(), m.figure().unit()));
      mentions.stream().filter(m -> !anySpecific || !FigureLabels.isGeneric(m.label(), m.figure().unit()))
          .forEach(m -> votes.merge(m.label(), 1, Integer::sum));
      return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("Figure");
    }
  }

  static List<Figure> align(List<AnnotatedArticle> reports, int max) {
    List<Group> groups = new ArrayList<>();
    for (AnnotatedArticle a : reports) {
      String text = a.article().text();
      for (FigureMention f : a.annotations().figures()) {
        String label = f.unit() == null ? FigureLabels.ofBareNumber(text, f) : FigureLabels.of(text, f);
        if (label == null) {
          continue;
        }
        Mention m = new Mention(a, f, context(text, f), label);
        Group best = null;
        double bestScore = 0;
        for (Group g : groups) {
          double s = affinity(g, m);
          if (s > bestScore) {
            best = g;
            bestScore = s;
          }
        }
        if (best == null) {
          best = new Group();
          groups.add(best);
        }
        best.add(m);
      }
    }
    // Figures several outlets give first; among equals, the order the reports give them in.
    List<Group> ranked = new ArrayList<>(groups);
    ranked.sort(Comparator.comparingInt((Group g) -> -g.outlets.size()).thenComparingInt(g -> -g.mentions.size()));
    List<Figure> out = new ArrayList<>();
    Set<String> labels = new HashSet<>();
    for (Group g : ranked) {
      if (out.size() >= max) {
        break;
      }
      Figure f = figure(g);
      if (labels.add(f.label().toLowerCase(Locale.ROOT) + "|" + f.values().get(0).value())) {
        out.add(f);
      }
    }
    return out;
  }

  /** How well a mention fits a group (0: not at all). */
  private static double affinity(Group g, Mention m) {
    String unit = m.figure().unit();
    boolean sameUnit = java.util.Objects.equals(g.unit, unit);
    // A bare number a clause names ("the death toll has risen to 15") counts what its label says.
    boolean counts = (unit == null || FigureLabels.isCount(unit)) && (g.unit == null || FigureLabels.isCount(g.unit));
    if (!sameUnit && !counts) {
      return 0;
    }
    boolean sameLabel = g.labels.contains(m.label());
    boolean sameValue = g.sameValue(m.figure());
    boolean sameArticle = g.articles.contains(m.article());
    double overlap = overlap(m.context(), g.context.keySet());
    if (sameArticle && !sameValue) {
      // An article states one value per quantity; a second, different one is a second quantity.
      return 0;
    }
    if (sameUnit && (overlap >= SAME_CONTEXT || sameValue || sameLabel && isClass(m.label()))) {
      return 1 + overlap;
    }
    if (sameValue && counts && (sameLabel || overlap > 0 || isClass(m.label()) || g.anyClass)) {
      return 1 + overlap;
    }
    if (!sameUnit && counts && sameLabel && isClass(m.label()) || unit == null && sameLabel) {
      return 0.5 + overlap;
    }
    return 0;
  }

  private static boolean isClass(String label) {
    return switch (label) {
      case "Death toll", "Injured", "Missing", "Evacuated", "Arrested", "Displaced", "Cases" -> true;
      default -> false;
    };
  }

  private static Figure figure(Group g) {
    Map<String, Mention> firstPerArticle = new LinkedHashMap<>();
    for (Mention m : g.mentions) {
      firstPerArticle.putIfAbsent(m.article().id(), m);
    }
    List<FigureValue> values = new ArrayList<>();
    Map<String, FigureMention> byOutlet = new LinkedHashMap<>();
    for (Mention m : firstPerArticle.values()) {
      FigureMention f = m.figure();
      values.add(new FigureValue(f.text(), f.value(), f.unit(), List.of(new Citation(m.article().id(), f.start(), f.end()))));
      byOutlet.putIfAbsent(m.article().article().outlet().domain(), f);
    }
    // Whether two values agree depends only on the values and on how each is worded (a bound, an
    // approximation or neither), so each distinct pair of those is compared once.
    Set<Stated> stated = new java.util.LinkedHashSet<>();
    for (FigureMention f : byOutlet.values()) {
      stated.add(new Stated(f.value(), wording(f)));
    }
    List<Stated> distinct = new ArrayList<>(stated);
    boolean conflict = false;
    for (int i = 0; i < distinct.size() && !conflict; i++) {
      for (int j = i + 1; j < distinct.size() && !conflict; j++) {
        conflict = !distinct.get(i).agrees(distinct.get(j));
      }
    }
    return new Figure(g.label(), values, conflict);
  }

  private static final int EXACT_WORDING = 0;
  private static final int LOWER_BOUND_WORDING = 1;
  private static final int UPPER_BOUND_WORDING = 2;
  private static final int APPROXIMATE_WORDING = 3;

  /**
   * Whether two outlets' values can both be true: equal, or within 5 % when either is an
   * approximation ("about 60 per cent" and "61 per cent"), or on the right side of a bound ("more
   * than 300" and "320"; "at least 15" and "14" disagree).
   */
  static boolean agree(FigureMention a, FigureMention b) {
    return new Stated(a.value(), wording(a)).agrees(new Stated(b.value(), wording(b)));
  }

  /** A value as an outlet states it: the number and how it is worded ({@link #wording}). */
  private record Stated(double value, int wording) {
    boolean agrees(Stated other) {
      double x = value;
      double y = other.value;
      if (Math.abs(x - y) <= 0.005 * Math.max(Math.abs(x), Math.abs(y))) {
        return true;
      }
      return allows(y) || other.allows(x);
    }

    /** True when the other value is consistent with what this wording allows. */
    boolean allows(double other) {
      return switch (wording) {
        case LOWER_BOUND_WORDING -> other >= value;
        case UPPER_BOUND_WORDING -> other <= value;
        case APPROXIMATE_WORDING -> Math.abs(other - value) <= 0.05 * Math.max(Math.abs(other), Math.abs(value));
        default -> false;
      };
    }
  }

  /** How a mention words its value: a lower bound, an upper bound, an approximation, or exactly. */
  private static int wording(FigureMention f) {
    String t = f.text().toLowerCase(Locale.ROOT);
    if (LOWER_BOUND.matcher(t).find()) {
      return LOWER_BOUND_WORDING;
    }
    if (UPPER_BOUND.matcher(t).find()) {
      return UPPER_BOUND_WORDING;
    }
    return APPROXIMATE.matcher(t).find() ? APPROXIMATE_WORDING : EXACT_WORDING;
  }

  /**
   * Content words around a figure within its clause: up to four words on each side, stopping at
   * punctuation and at another number, names left out ("at a depth of 22 kilometres, about 30
   * kilometres offshore" gives {depth} and {offshore}, two quantities).
   */
  private static Set<String> context(String text, FigureMention f) {
    Set<String> out = new HashSet<>();
    int from = Math.max(0, f.start() - 80);
    String before = text.substring(from, f.start());
    int cut = lastBoundary(before);
    String[] b = before.substring(cut + 1).split("\\s+");
    for (int i = Math.max(0, b.length - WINDOW_WORDS); i < b.length; i++) {
      addTerm(out, b[i], f.unit());
    }
    String after = text.substring(f.end(), Math.min(text.length(), f.end() + 80));
    int stop = firstBoundary(after);
    String[] a = (stop >= 0 ? after.substring(0, stop) : after).split("\\s+");
    for (int i = 0; i < Math.min(a.length, WINDOW_WORDS); i++) {
      addTerm(out, a[i], f.unit());
    }
    return out;
  }

  private static int lastBoundary(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (",.;:!?()\"“”".indexOf(c) >= 0 || Character.isDigit(c)) {
        return i;
      }
    }
    return -1;
  }

  private static int firstBoundary(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (",.;:!?()\"“”".indexOf(c) >= 0 || Character.isDigit(c)) {
        return i;
      }
    }
    return -1;
  }

  private static void addTerm(Set<String> out, String raw, String unit) {
    String w = letters(raw);
    if (w.length() <= 2 || Character.isUpperCase(w.charAt(0))) {
      return;
    }
    String lower = w.toLowerCase(Locale.ROOT);
    if (QUALIFIERS.contains(lower) || unit != null && unit.toLowerCase(Locale.ROOT).startsWith(lower) || Terms.of(w).isEmpty()) {
      return;
    }
    out.add(root(lower));
  }

  /** The letters of a word ({@code \p{L}}), in order. */
  private static String letters(String raw) {
    StringBuilder b = null;
    for (int i = 0; i < raw.length(); ) {
      int cp = raw.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        if (b == null) {
          b = new StringBuilder(raw.length()).append(raw, 0, i);
        }
      } else if (b != null) {
        b.appendCodePoint(cp);
      }
      i = next;
    }
    return b == null ? raw : b.toString();
  }

  /** "killing", "killed", "kills" -> "kill": verbs of a figure's context in one form. */
  static String root(String w) {
    String s = Terms.stem(w);
    if (s.length() > 5 && s.endsWith("ing")) {
      s = s.substring(0, s.length() - 3);
    } else if (s.length() > 4 && s.endsWith("ed")) {
      s = s.substring(0, s.length() - 2);
    }
    return s;
  }

  private static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() && b.isEmpty() ? SAME_CONTEXT : 0;
    }
    int shared = 0;
    for (String t : a) {
      if (b.contains(t)) {
        shared++;
      }
    }
    return shared / (double) Math.min(a.size(), b.size());
  }
}
