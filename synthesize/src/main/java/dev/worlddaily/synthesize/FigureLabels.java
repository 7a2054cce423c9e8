package dev.worlddaily.synthesize;

import dev.worlddaily.model.annotation.FigureMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names the quantity a figure measures, in words a reader would use: "Death toll" for "killing
 * 14 people", "Homes destroyed" for "300 homes were destroyed", "Measles cases" for "87 cases of
 * measles", "Emergency aid (USD)" for "$25 million in emergency aid". Built from the words of the
 * figure's own clause only, so the label says nothing the source does not.
 */
final class FigureLabels {
  /** Common news quantities, recognised from a word root next to a count. */
  private static final Map<String, String> CLASSES = Map.ofEntries(
      Map.entry("kill", "Death toll"), Map.entry("dead", "Death toll"), Map.entry("death", "Death toll"),
      Map.entry("die", "Death toll"), Map.entry("died", "Death toll"), Map.entry("fatalitie", "Death toll"),
      Map.entry("toll", "Death toll"), Map.entry("injur", "Injured"), Map.entry("injured", "Injured"),
      Map.entry("wound", "Injured"), Map.entry("wounded", "Injured"), Map.entry("missing", "Missing"),
      Map.entry("evacuat", "Evacuated"), Map.entry("arrest", "Arrested"), Map.entry("detain", "Arrested"),
      Map.entry("displac", "Displaced"), Map.entry("homeles", "Displaced"), Map.entry("homeless", "Displaced"),
      Map.entry("infect", "Cases"), Map.entry("infected", "Cases"), Map.entry("carry", "On board"), Map.entry("carrying", "On board"),
      Map.entry("aboard", "On board"), Map.entry("board", "On board"));
  private static final Set<String> COUNTED_CLASSES = Set.of("people", "persons", "deaths", "dead", "cases", "children", "adults",
      "residents", "civilians", "soldiers", "victims", "patients", "passengers", "workers", "migrants", "others", "bodies");
  private static final Map<String, String> IRREGULAR = Map.ofEntries(
      Map.entry("send", "sent"), Map.entry("sell", "sold"), Map.entry("build", "built"), Map.entry("lose", "lost"),
      Map.entry("cut", "cut"), Map.entry("hit", "hit"), Map.entry("pay", "paid"), Map.entry("make", "made"),
      Map.entry("take", "taken"), Map.entry("give", "given"), Map.entry("hold", "held"), Map.entry("leave", "left"),
      Map.entry("bring", "brought"), Map.entry("buy", "bought"), Map.entry("spend", "spent"), Map.entry("win", "won"),
      Map.entry("find", "found"), Map.entry("keep", "kept"), Map.entry("put", "put"), Map.entry("set", "set"),
      Map.entry("seek", "sought"), Map.entry("fight", "fought"), Map.entry("feed", "fed"), Map.entry("lead", "led"),
      Map.entry("shut", "shut"), Map.entry("rise", "risen"), Map.entry("fall", "fallen"), Map.entry("draw", "drawn"),
      Map.entry("plan", "planned"), Map.entry("ship", "shipped"), Map.entry("ban", "banned"), Map.entry("stop", "stopped"));
  private static final Set<String> AUXILIARIES = Set.of("were", "was", "have", "has", "had", "been", "be", "are", "is", "being", "now", "already", "reportedly");
  private static final Set<String> DIRECTIONS = Set.of("offshore", "inland", "away", "abroad", "overseas", "north", "south", "east", "west",
      "long", "wide", "high", "deep", "tall", "old", "underground", "upstream", "downstream");
  private static final Set<String> TIME_WORDS = Set.of("last", "next", "this", "year", "years", "month", "months", "week", "weeks", "day", "days",
      "ago", "earlier", "later", "annually", "today", "yesterday", "tomorrow");
  private static final Set<String> GENERIC = Set.of("Share", "Amount");
  private static final Set<String> SCALES = Set.of("magnitude", "category", "level", "grade", "stage", "phase", "force");
  private static final Set<String> QUANTIFIERS = Set.of("total", "number", "lot", "lots", "dozens", "hundreds", "thousands", "millions",
      "tens", "scores", "majority", "minimum", "maximum", "average", "excess", "outside", "out", "because", "instead", "top",
      "front", "back", "side", "middle", "part", "one", "some", "each", "any", "none", "most", "all", "both", "either", "rest", "sum");
  private static final Set<String> LINKS = Set.of("of", "in", "for");
  private static final Set<String> NOT_ADJECTIVES = Set.of("the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "new", "more", "all");
  private static final Set<String> NOT_COUNTS = Set.of("%", "percentage points", "USD", "EUR", "GBP", "JPY", "CNY", "INR", "RUB", "KRW", "TRY",
      "CHF", "AUD", "CAD", "NZD", "HKD", "BRL", "SEK", "NOK", "ZAR", "NGN");

  private FigureLabels() {}

  /**
   * True for a label that only names the kind of number ("Share (%)", "Amount (EUR)", a bare
   * unit), which any specific label of the same figure should replace.
   */
  static boolean isGeneric(String label, String unit) {
    int paren = label.indexOf(" (");
    String head = paren > 0 ? label.substring(0, paren) : label;
    return GENERIC.contains(head) || unit != null && head.equalsIgnoreCase(unit);
  }

  static boolean isCount(String unit) {
    return unit != null && !NOT_COUNTS.contains(unit);
  }

  /**
   * The quantity a bare number gives when its clause names it: "the death toll ... has risen to
   * at least 15". Null when the clause does not say.
   */
  static String ofBareNumber(String text, FigureMention f) {
    List<String> before = clauseBefore(text, f.start()).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    int toll = before.indexOf("toll");
    return toll > 0 && before.get(toll - 1).equals("death") ? "Death toll" : null;
  }

  static String of(String text, FigureMention f) {
    List<String> before = clauseBefore(text, f.start());
    List<String> after = clauseAfter(text, f.end());
    List<String> beforeLower = before.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    List<String> afterLower = after.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    String unit = f.unit();
    String last = beforeLower.isEmpty() ? "" : beforeLower.get(beforeLower.size() - 1);
    if (SCALES.contains(last)) {
      // "magnitude 5.8", "category 4": the scale names the quantity.
      return capitalize(last);
    }
    String measured = measuredNoun(beforeLower);
    if (measured != null && !COUNTED_CLASSES.contains(unit)) {
      // "a depth of 12 kilometres", "a crowd of 5,000 people".
      return capitalize(measured) + " (" + unit + ")";
    }
    if (isCount(unit)) {
      String cls = quantityClass(unit, beforeLower, afterLower);
      if (cls != null) {
        return cls;
      }
      String of = phraseAfterLink(after);
      if (of != null && afterLower.get(0).equals("of")) {
        return capitalize(of + " " + unit);
      }
      String participle = participleAfter(afterLower);
      if (participle != null) {
        return capitalize(unit + " " + participle);
      }
      if (!afterLower.isEmpty() && DIRECTIONS.contains(afterLower.get(0))) {
        // "30 kilometres offshore".
        return capitalize(unit + " " + afterLower.get(0));
      }
      String verb = beforeLower.isEmpty() ? null : beforeLower.get(beforeLower.size() - 1);
      if (verb != null && beforeLower.size() >= 2 && beforeLower.get(beforeLower.size() - 2).equals("to") && isWord(verb)) {
        return capitalize(unit + " to " + verb);
      }
      String p = verb == null ? null : participle(verb);
      return capitalize(p == null ? unit : unit + " " + p);
    }
    String suffix = " (" + unit + ")";
    String phrase = phraseAfterLink(after);
    if (phrase != null) {
      return capitalize(phrase) + suffix;
    }
    String named = nounAfter(after);
    if (named != null) {
      // "a €4.5 billion Blue Coast Fund", "a $2.3 billion chip plant".
      return capitalize(named) + suffix;
    }
    String participle = participleAfter(afterLower);
    if (participle != null) {
      // "95 percent needed to stop outbreaks": the participle and what follows it.
      int at = afterLower.indexOf(participle);
      return capitalize(String.join(" ", afterLower.subList(at, Math.min(afterLower.size(), at + 4)))) + suffix;
    }
    // "Coverage ... fell to 58 percent": the subject, when the clause opens the sentence.
    String subject = !before.isEmpty() && Character.isUpperCase(before.get(0).charAt(0)) ? subject(before) : null;
    if (subject != null) {
      return capitalize(subject) + suffix;
    }
    // "pledged €300 million".
    String verb = last.isEmpty() ? null : participle(last);
    return (verb != null ? capitalize(verb) : unit.equals("%") ? "Share" : "Amount") + suffix;
  }

  /** "depth" of "at a depth of": the noun before a closing "of". */
  private static String measuredNoun(List<String> before) {
    int n = before.size();
    if (n < 2 || !before.get(n - 1).equals("of")) {
      return null;
    }
    String noun = before.get(n - 2);
    return isWord(noun) && !Terms.isStop(noun) && !AUXILIARIES.contains(noun) && !noun.endsWith("ed") && !noun.endsWith("ing")
        && !QUANTIFIERS.contains(noun) ? noun : null;
  }

  /**
   * "Death toll" and the like, from the verb before a count of people ("killing 14 people") or
   * the word after it ("14 people were killed", "14 dead").
   */
  private static String quantityClass(String unit, List<String> before, List<String> after) {
    if (unit.equals("deaths") || unit.equals("dead")) {
      return "Death toll";
    }
    if (unit.equals("cases")) {
      return "Cases";
    }
    if (!COUNTED_CLASSES.contains(unit)) {
      return null;
    }
    for (int i = before.size() - 1; i >= Math.max(0, before.size() - 3); i--) {
      String c = classOf(before.get(i));
      if (c != null) {
        return c;
      }
    }
    for (int i = 0; i < after.size(); i++) {
      String w = after.get(i);
      if (AUXILIARIES.contains(w) || w.equals("still")) {
        continue;
      }
      // "230 people on board"
      return w.equals("on") && i + 1 < after.size() ? classOf(after.get(i + 1)) : classOf(w);
    }
    return null;
  }

  private static String classOf(String w) {
    String c = CLASSES.get(w);
    return c != null ? c : CLASSES.get(FigureAligner.root(w));
  }

  /** "of measles" -> "measles", "in emergency aid" -> "emergency aid": up to three plain words. */
  private static String phraseAfterLink(List<String> after) {
    if (after.size() < 2 || !LINKS.contains(after.get(0))) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (int i = 1; i < after.size() && words.size() < 3; i++) {
      String w = after.get(i);
      if (NOT_ADJECTIVES.contains(w) && words.isEmpty()) {
        continue;
      }
      // A name ("in Rheinfeld") says where or who, not what is measured.
      if (!isWord(w) || Character.isUpperCase(w.charAt(0)) || Terms.isStop(w) || AUXILIARIES.contains(w) || LINKS.contains(w)) {
        break;
      }
      words.add(w);
    }
    return words.isEmpty() ? null : String.join(" ", words);
  }

  /** The words naming what an amount is of, right after it: "Blue Coast Fund", "chip plant". */
  private static String nounAfter(List<String> after) {
    List<String> words = new ArrayList<>();
    for (String w : after) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (!isWord(w) || Terms.isStop(lower) || AUXILIARIES.contains(lower) || LINKS.contains(lower) || TIME_WORDS.contains(lower) || lower.endsWith("ed")
          || lower.endsWith("ly") || words.size() >= 3) {
        break;
      }
      words.add(w);
    }
    return words.isEmpty() ? null : String.join(" ", words);
  }

  /** "were destroyed" -> "destroyed", "have been confirmed" -> "confirmed". */
  private static String participleAfter(List<String> after) {
    for (String w : after) {
      if (AUXILIARIES.contains(w)) {
        continue;
      }
      return w.length() > 3 && w.endsWith("ed") ? w : null;
    }
    return null;
  }

  /** The past participle of a verb as the text gives it ("killing", "pledged", "sent"). */
  static String participle(String w) {
    if (!isWord(w) || Terms.isStop(w) || AUXILIARIES.contains(w)) {
      return null;
    }
    if (w.length() > 3 && w.endsWith("ed") || IRREGULAR.containsValue(w)) {
      return w;
    }
    String base = w;
    if (w.length() > 5 && w.endsWith("ing")) {
      base = w.substring(0, w.length() - 3);
      if (base.length() > 2 && base.charAt(base.length() - 1) == base.charAt(base.length() - 2) && !base.endsWith("ll") && !base.endsWith("ss")) {
        base = base.substring(0, base.length() - 1);
      } else if (base.matches(".*(?:at|iz|is|uc|ur|[^aeiou]v|rg|dg|ag|ot|id)$")) {
        base = base + "e";
      }
    } else if (!IRREGULAR.containsKey(w)) {
      return null;
    }
    String irregular = IRREGULAR.get(base);
    if (irregular != null) {
      return irregular;
    }
    if (base.endsWith("e")) {
      return base + "d";
    }
    if (base.length() > 2 && base.endsWith("y") && "aeiou".indexOf(base.charAt(base.length() - 2)) < 0) {
      return base.substring(0, base.length() - 1) + "ied";
    }
    return base + "ed";
  }

  /** The first words of the clause, up to its first link or verb-like word: "Coverage" of "Coverage with the second dose ... fell to". */
  private static String subject(List<String> before) {
    List<String> words = new ArrayList<>();
    for (String raw : before) {
      String w = raw.toLowerCase(Locale.ROOT);
      if (words.isEmpty() && NOT_ADJECTIVES.contains(w)) {
        continue;
      }
      if (!isWord(w) || Terms.isStop(w) || LINKS.contains(w) || AUXILIARIES.contains(w) || w.endsWith("ed") || words.size() >= 2) {
        break;
      }
      words.add(raw);
    }
    return words.isEmpty() ? null : String.join(" ", words);
  }

  private static boolean isWord(String w) {
    return w.length() > 1 && w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-');
  }

  /** Words of the figure's clause before it, in order (stops at punctuation and numbers). */
  private static List<String> clauseBefore(String text, int start) {
    int i = start - 1;
    while (i >= 0 && i > start - 160 && ",.;:!?()\"“”—–".indexOf(text.charAt(i)) < 0 && !Character.isDigit(text.charAt(i))) {
      i--;
    }
    return words(text.substring(i + 1, start));
  }

  private static List<String> clauseAfter(String text, int end) {
    int i = end;
    while (i < text.length() && i < end + 160 && ",.;:!?()\"“”—–".indexOf(text.charAt(i)) < 0 && !Character.isDigit(text.charAt(i))) {
      i++;
    }
    return words(text.substring(end, i));
  }

  /**
   * The words of a clause: each run of characters between blanks ({@code \s}), with what is not a
   * letter or a hyphen taken out, the empty ones left out. One pass: this runs for every figure
   * of every report of a story, each time the story is written.
   */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Terms.isBlank(cp)) {
        if (!word.isEmpty()) {
          out.add(word.toString());
          word.setLength(0);
        }
      } else if (Character.isLetter(cp) || cp == '-') {
        word.appendCodePoint(cp);
      }
    }
    if (!word.isEmpty()) {
      out.add(word.toString());
    }
    return out;
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
