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
 * Lines up the figures several outlets report: mentions with the same unit and overlapping
 * context words ("14 people were killed", "killing 12 people") are one quantity; when outlets
 * give different values for it, the figure is marked as a conflict.
 */
final class FigureAligner {
  private static final int WINDOW_WORDS = 4;
  private static final Set<String> QUALIFIERS = Set.of("about", "around", "nearly", "almost", "least", "more", "than", "over", "under",
      "some", "roughly", "estimated", "were", "was", "are", "had", "have", "has", "been", "rose", "fell", "just");
  private static final Set<String> CURRENCY = Set.of("USD", "EUR", "GBP", "JPY", "CNY", "INR", "RUB", "KRW", "TRY", "CHF", "AUD", "CAD", "NZD", "HKD", "BRL", "SEK", "NOK", "ZAR", "NGN");

  private FigureAligner() {}

  private record Mention(AnnotatedArticle article, FigureMention figure, Set<String> context) {}

  private static final class Group {
    final String unit;
    final List<Mention> mentions = new ArrayList<>();
    final Map<String, Integer> context = new HashMap<>();

    Group(String unit) {
      this.unit = unit;
    }

    void add(Mention m) {
      mentions.add(m);
      m.context().forEach(t -> context.merge(t, 1, Integer::sum));
    }

    Set<String> articleIds() {
      Set<String> ids = new HashSet<>();
      mentions.forEach(m -> ids.add(m.article().id()));
      return ids;
    }
  }

  static List<Figure> align(List<AnnotatedArticle> reports, int max) {
    List<Group> groups = new ArrayList<>();
    for (AnnotatedArticle a : reports) {
      for (FigureMention f : a.annotations().figures()) {
        if (f.unit() == null) {
          continue;
        }
        Mention m = new Mention(a, f, context(a.article().text(), f));
        Group best = null;
        double bestOverlap = 0;
        for (Group g : groups) {
          if (!g.unit.equals(f.unit())) {
            continue;
          }
          double overlap = overlap(m.context(), g.context.keySet());
          if (overlap > bestOverlap) {
            best = g;
            bestOverlap = overlap;
          }
        }
        if (best == null || bestOverlap < 0.34) {
          best = new Group(f.unit());
          groups.add(best);
        }
        best.add(m);
      }
    }
    groups.sort(Comparator.comparingInt((Group g) -> -g.articleIds().size()).thenComparingInt(g -> -g.mentions.size()));
    List<Figure> out = new ArrayList<>();
    for (Group g : groups) {
      if (out.size() >= max) {
        break;
      }
      out.add(figure(g));
    }
    return out;
  }

  private static Figure figure(Group g) {
    Map<String, Mention> firstPerArticle = new LinkedHashMap<>();
    for (Mention m : g.mentions) {
      firstPerArticle.putIfAbsent(m.article().id(), m);
    }
    List<FigureValue> values = new ArrayList<>();
    Map<String, Double> valueByOutlet = new LinkedHashMap<>();
    for (Mention m : firstPerArticle.values()) {
      FigureMention f = m.figure();
      values.add(new FigureValue(f.text(), f.value(), f.unit(), List.of(new Citation(m.article().id(), f.start(), f.end()))));
      valueByOutlet.putIfAbsent(m.article().article().outlet().domain(), f.value());
    }
    boolean conflict = false;
    Double first = null;
    for (double v : valueByOutlet.values()) {
      if (first == null) {
        first = v;
      } else if (Math.abs(v - first) > 0.005 * Math.max(Math.abs(v), Math.abs(first))) {
        conflict = true;
      }
    }
    return new Figure(label(g), values, conflict);
  }

  private static String label(Group g) {
    String term = g.context.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).findFirst().orElse("");
    if (term.isEmpty()) {
      return g.unit;
    }
    if (CURRENCY.contains(g.unit) || g.unit.equals("%")) {
      return term + " (" + g.unit + ")";
    }
    return g.unit + " · " + term;
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
        || unit.toLowerCase(Locale.ROOT).startsWith(w.toLowerCase(Locale.ROOT)) || QUALIFIERS.contains(w.toLowerCase(Locale.ROOT))) {
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
      return a.isEmpty() && b.isEmpty() ? 0.34 : 0;
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
