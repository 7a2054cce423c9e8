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

  /** One quantity while it is being built. */
  private static final class Group {
    final List<Mention> mentions = new ArrayList<>();
    final Map<String, Integer> context = new HashMap<>();

    void add(Mention m) {
      mentions.add(m);
      m.context().forEach(t -> context.merge(t, 1, Integer::sum));
    }

    /** The unit of the first mention that has one (null when none has). */
    String unit() {
      return mentions.stream().map(m -> m.figure().unit()).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    long outlets() {
      return mentions.stream().map(m -> m.article().article().outlet().domain()).distinct().count();
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
    ranked.sort(Comparator.comparingLong((Group g) -> -g.outlets()).thenComparingInt(g -> -g.mentions.size()));
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
    boolean sameUnit = java.util.Objects.equals(g.unit(), unit);
    // A bare number a clause names ("the death toll has risen to 15") counts what its label says.
    boolean counts = (unit == null || FigureLabels.isCount(unit)) && (g.unit() == null || FigureLabels.isCount(g.unit()));
    if (!sameUnit && !counts) {
      return 0;
    }
    boolean sameLabel = g.mentions.stream().anyMatch(o -> o.label().equals(m.label()));
    boolean sameValue = g.mentions.stream().anyMatch(o -> RepeatedFacts.same(o.figure(), m.figure()));
    boolean sameArticle = g.mentions.stream().anyMatch(o -> o.article() == m.article());
    double overlap = overlap(m.context(), g.context.keySet());
    if (sameArticle && !sameValue) {
      // An article states one value per quantity; a second, different one is a second quantity.
      return 0;
    }
    if (sameUnit && (overlap >= SAME_CONTEXT || sameValue || sameLabel && isClass(m.label()))) {
      return 1 + overlap;
    }
    if (sameValue && counts && (sameLabel || overlap > 0 || isClass(m.label()) || g.mentions.stream().anyMatch(o -> isClass(o.label())))) {
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
    boolean conflict = false;
    List<FigureMention> stated = new ArrayList<>(byOutlet.values());
    for (int i = 0; i < stated.size() && !conflict; i++) {
      for (int j = i + 1; j < stated.size() && !conflict; j++) {
        conflict = !agree(stated.get(i), stated.get(j));
      }
    }
    return new Figure(g.label(), values, conflict);
  }

  /**
   * Whether two outlets' values can both be true: equal, or within 5 % when either is an
   * approximation ("about 60 per cent" and "61 per cent"), or on the right side of a bound ("more
   * than 300" and "320"; "at least 15" and "14" disagree).
   */
  static boolean agree(FigureMention a, FigureMention b) {
    double x = a.value();
    double y = b.value();
    if (Math.abs(x - y) <= 0.005 * Math.max(Math.abs(x), Math.abs(y))) {
      return true;
    }
    return within(a, y) || within(b, x);
  }

  /** True when the other value is consistent with what this mention's wording allows. */
  private static boolean within(FigureMention f, double other) {
    String t = f.text().toLowerCase(Locale.ROOT);
    double v = f.value();
    if (LOWER_BOUND.matcher(t).find()) {
      return other >= v;
    }
    if (UPPER_BOUND.matcher(t).find()) {
      return other <= v;
    }
    if (APPROXIMATE.matcher(t).find()) {
      return Math.abs(other - v) <= 0.05 * Math.max(Math.abs(other), Math.abs(v));
    }
    return false;
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
    String w = raw.replaceAll("[^\\p{L}]", "");
    if (w.length() <= 2 || Character.isUpperCase(w.charAt(0)) || Terms.of(w).isEmpty()
        || unit != null && unit.toLowerCase(Locale.ROOT).startsWith(w.toLowerCase(Locale.ROOT)) || QUALIFIERS.contains(w.toLowerCase(Locale.ROOT))) {
      return;
    }
    out.add(root(w.toLowerCase(Locale.ROOT)));
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
