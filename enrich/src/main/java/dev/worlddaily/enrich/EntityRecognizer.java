package dev.worlddaily.enrich;

import dev.worlddaily.enrich.Tokens.Token;
import dev.worlddaily.model.EntityType;
import dev.worlddaily.model.annotation.EntityMention;
import dev.worlddaily.model.annotation.TextSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rule-based named entities: runs of capitalised words, typed by the gazetteer (countries,
 * capitals, demonyms, given names), by the words around them (titles, organisation suffixes,
 * place features, speech verbs, prepositions) and by consistency within the document (a surname
 * alone is the person named in full earlier). No model: nothing of this kind ships here.
 */
public final class EntityRecognizer {
  private static final Set<String> CONNECTORS = Set.of("of", "de", "da", "del", "della", "van", "von", "der", "den", "al", "bin", "ibn", "el", "la", "le", "du", "dos", "das", "the", "&", "for", "and");
  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from", "across", "outside", "inside", "around", "to", "into",
      "towards", "toward", "off", "throughout", "via");

  private final Gazetteer gazetteer;
  private final KnownNames known;

  public EntityRecognizer(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.known = new KnownNames(gazetteer);
  }

  /** What the cuts need to know of the whole document. */
  private record Context(Set<Integer> starts, Set<String> midCaps, boolean sports) {}

  /** A candidate run of tokens before typing. */
  private record Candidate(int first, int last, boolean personHint) {}

  /** Entity mentions of a text, in text order. */
  public List<EntityMention> recognize(String text, List<TextSpan> sentences) {
    List<Token> tokens = new ArrayList<>();
    Set<Integer> sentenceStarts = new HashSet<>();
    Set<Integer> shouting = new HashSet<>();
    List<int[]> ranges = new ArrayList<>();
    for (TextSpan s : sentences) {
      List<Token> ts = Tokens.of(text, s.start(), s.end());
      if (ts.isEmpty()) {
        continue;
      }
      sentenceStarts.add(tokens.size());
      boolean caps = isShouting(ts);
      ranges.add(new int[] {tokens.size(), tokens.size() + ts.size(), caps ? 1 : 0});
      for (int i = 0; i < ts.size(); i++) {
        if (caps) {
          shouting.add(tokens.size() + i);
        }
      }
      tokens.addAll(ts);
    }
    Set<Integer> starts = new HashSet<>(sentenceStarts);
    for (int i = 1; i < tokens.size(); i++) {
      if (opensClause(text, tokens.get(i - 1), tokens.get(i))) {
        starts.add(i);
      }
    }
    Set<String> midSentenceCapitalised = new HashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!starts.contains(i) && !shouting.contains(i) && tokens.get(i).capitalised()) {
        midSentenceCapitalised.add(tokens.get(i).text());
      }
    }
    Context cx = new Context(starts, midSentenceCapitalised, TeamContext.isSports(text));
    List<EntityMention> raw = new ArrayList<>();
    Map<Integer, Integer> evidence = new HashMap<>();
    for (int[] r : ranges) {
      int from = r[0];
      EntityMention dateline = known.dateline(text, tokens, r[0], r[1], r[2] == 1);
      if (dateline != null) {
        raw.add(dateline);
        from = tokenAfter(tokens, dateline.end(), r[1]);
      }
      if (r[2] == 1) {
        raw.addAll(known.shoutedNames(text, tokens, from, r[1]));
        continue;
      }
      for (Candidate c : candidates(text, tokens, from, r[1], cx)) {
        EntityMention m = type(text, tokens, c, evidence, cx.sports());
        if (m != null) {
          raw.add(m);
        }
      }
    }
    return TeamContext.apply(text, DocumentConsistency.apply(raw, evidence, gazetteer), evidence);
  }

  private static int tokenAfter(List<Token> tokens, int offset, int limit) {
    int i = 0;
    while (i < limit && tokens.get(i).start() < offset) {
      i++;
    }
    return i;
  }

  /** A token right after an opening quotation mark, a colon or a dash starts a clause of its own. */
  private static boolean opensClause(String text, Token previous, Token t) {
    for (int k = t.start() - 1; k >= previous.end(); k--) {
      char c = text.charAt(k);
      // ".!?" too: a sentence kept whole around a quotation holds sentences of its own.
      if ("\"“‘«:—–(.!?…".indexOf(c) >= 0 || c == '-' && k > previous.end() && text.charAt(k - 1) == ' ') {
        return true;
      }
    }
    return false;
  }

  private static boolean isShouting(List<Token> ts) {
    int letters = 0;
    int caps = 0;
    int longCaps = 0;
    for (Token t : ts) {
      if (Character.isLetter(t.text().charAt(0))) {
        letters++;
        if (t.allCaps()) {
          caps++;
          longCaps += t.text().length() > 1 ? 1 : 0;
        }
      }
    }
    return letters >= 3 && longCaps >= 2 && caps * 10 >= letters * 7;
  }

  private List<Candidate> candidates(String text, List<Token> tokens, int from, int to, Context cx) {
    List<Candidate> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      if (!nameLike(tokens.get(i)) || monthMay(tokens, i, to)) {
        i++;
        continue;
      }
      int first = i;
      int last = i;
      int j = i + 1;
      while (j < to && adjacent(text, tokens.get(j - 1), tokens.get(j)) && !cx.starts().contains(j)) {
        Token t = tokens.get(j);
        if (nameLike(t)) {
          last = j;
          j++;
        } else if (CONNECTORS.contains(t.text().toLowerCase(Locale.ROOT)) && j + 1 < to
            && !(t.text().equals("for") && knownPlace(text.substring(tokens.get(first).start(), tokens.get(last).end())))
            && nameLike(tokens.get(j + 1)) && tokens.get(j + 1).text().length() > 1
            && adjacent(text, t, tokens.get(j + 1)) && !t.text().equals("and")) {
          j++;
        } else {
          break;
        }
      }
      i = last + 1;
      split(text, tokens, first, last, cx, out);
    }
    return out;
  }

  /**
   * Cuts a run of capitalised words into names: function words that open a sentence go
   * ("The", "After"), titles go but mark a person ("Prime Minister"), and a title inside the run
   * ends the name before it ("German Chancellor Helmut Kohl" is "German" and "Helmut Kohl").
   */
  private void split(String text, List<Token> tokens, int first, int last, Context cx, List<Candidate> out) {
    while (first <= last && cx.starts().contains(first) && Lexicon.NON_NAMES.contains(tokens.get(first).text().toLowerCase(Locale.ROOT))
        && !(first == last && gazetteerWord(tokens.get(first).text())) && !knownPrefix(text, tokens, first, last)) {
      first++;
      while (first <= last && CONNECTORS.contains(tokens.get(first).text().toLowerCase(Locale.ROOT))) {
        first++;
      }
    }
    // "Results of South Korean ...": a common word opening the sentence, then a connector.
    if (first + 1 < last && cx.starts().contains(first) && !cx.midCaps().contains(tokens.get(first).text())
        && !gazetteer.knows(tokens.get(first).text()) && !gazetteer.isGivenName(tokens.get(first).text())
        && CONNECTORS.contains(tokens.get(first + 1).text()) && !knownPrefix(text, tokens, first, last)) {
      first += 2;
    }
    boolean personHint = false;
    while (first <= last && isTitle(tokens, first, last)) {
      personHint = true;
      first++;
    }
    if (first > last) {
      return;
    }
    // "American Dennis Mitchell": a demonym or country, then a person's given name.
    for (int k = Math.min(last - 1, first + 2); k >= first; k--) {
      String prefix = text.substring(tokens.get(first).start(), tokens.get(k).end());
      if ((gazetteer.countryOfDemonym(prefix).isPresent() || gazetteer.country(prefix).isPresent())
          && gazetteer.isGivenName(tokens.get(k + 1).text())) {
        add(tokens, first, k, personHint, cx, out);
        split(text, tokens, k + 1, last, cx, out);
        return;
      }
    }
    for (int k = first + 1; k < last; k++) {
      if (isTitle(tokens, k, last) && !CONNECTORS.contains(tokens.get(k - 1).text().toLowerCase(Locale.ROOT))
          && !knownPrefix(text, tokens, first, k)) {
        add(tokens, first, k - 1, personHint, cx, out);
        split(text, tokens, k, last, cx, out);
        return;
      }
    }
    add(tokens, first, last, personHint, cx, out);
  }

  private void add(List<Token> tokens, int first, int last, boolean personHint, Context cx, List<Candidate> out) {
    while (last > first && CONNECTORS.contains(tokens.get(last).text().toLowerCase(Locale.ROOT))) {
      last--;
    }
    String only = tokens.get(first).text().replace(".", "");
    if (first == last && (only.length() == 1 || Lexicon.PERSON_TITLES.contains(only.toLowerCase(Locale.ROOT)))) {
      // An initial alone, or a title alone ("the Chancellor's envoy"), names no one.
      return;
    }
    if (first == last && cx.starts().contains(first) && !gazetteerWord(tokens.get(first).text())
        && !cx.midCaps().contains(tokens.get(first).text()) && !personHint && !followedBySpeech(tokens, last)
        // In a results line a name opening the line is kept when a score follows ("Wigan 2 Hull 1").
        && !(cx.sports() && last + 1 < tokens.size() && Character.isDigit(tokens.get(last + 1).text().charAt(0)))) {
      return;
    }
    out.add(new Candidate(first, last, personHint || precededByTitle(tokens, first)));
  }

  /** "Nairobi for Addis Ababa" is two places, not one name. */
  private boolean knownPlace(String name) {
    return gazetteer.isPlace(name) || gazetteer.country(name).isPresent();
  }

  /** Whether the gazetteer knows a name of two or more words starting at {@code first}. */
  private boolean knownPrefix(String text, List<Token> tokens, int first, int last) {
    if (!gazetteer.startsKnownName(tokens.get(first).text())) {
      return false;
    }
    for (int k = Math.min(last, first + 3); k > first; k--) {
      if (gazetteer.knows(text.substring(tokens.get(first).start(), tokens.get(k).end()))) {
        return true;
      }
    }
    return false;
  }

  private boolean gazetteerWord(String word) {
    return gazetteer.countrySignal(word).isPresent() || Lexicon.ORG_ACRONYMS.contains(word) || gazetteer.knows(word);
  }

  /** "May" next to a day or after "in", "since", "early": the month, not a name. */
  private static boolean monthMay(List<Token> tokens, int i, int to) {
    if (!tokens.get(i).text().equals("May")) {
      return false;
    }
    boolean dayAfter = i + 1 < to && Character.isDigit(tokens.get(i + 1).text().charAt(0));
    boolean dayBefore = i > 0 && tokens.get(i - 1).text().chars().allMatch(Character::isDigit);
    return dayAfter || dayBefore || i > 0 && MONTH_CUES.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT));
  }

  private static final Set<String> MONTH_CUES = Set.of("in", "since", "until", "of", "early", "late", "mid", "last", "next", "by", "from", "through", "during");

  private static boolean nameLike(Token t) {
    String s = t.text();
    if (!Character.isUpperCase(s.codePointAt(0)) || Lexicon.CALENDAR.contains(s.toLowerCase(Locale.ROOT))
        || s.equals("I") || s.startsWith("I'") || s.startsWith("I’")) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return s.length() <= 4 && s.matches("[A-Z]+\\d+|G\\d+|COP\\d+");
      }
    }
    return true;
  }

  private static boolean isTitle(List<Token> tokens, int i, int last) {
    String w = tokens.get(i).text().toLowerCase(Locale.ROOT).replace(".", "");
    if (i == last) {
      return false;
    }
    return Lexicon.PERSON_TITLES.contains(w) || Lexicon.TITLE_MODIFIERS.contains(w) && i + 1 <= last
        && (Lexicon.PERSON_TITLES.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT)) || Lexicon.TITLE_MODIFIERS.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT)));
  }

  private static boolean precededByTitle(List<Token> tokens, int first) {
    if (first == 0) {
      return false;
    }
    String prev = tokens.get(first - 1).text().toLowerCase(Locale.ROOT).replace(".", "");
    return Lexicon.PERSON_TITLES.contains(prev);
  }

  static boolean adjacent(String text, Token a, Token b) {
    String between = text.substring(a.end(), b.start());
    if ((between.equals("' ") || between.equals("’ ")) && a.text().endsWith("s")) {
      // A plural possessive inside a name: "Harbour Workers' Union".
      return true;
    }
    for (int k = a.end(); k < b.start(); k++) {
      char c = text.charAt(k);
      if (!(c == ' ' || c == '\u00a0' || c == '-' && b.start() - a.end() == 1)) {
        return false;
      }
    }
    return b.start() - a.end() <= 2;
  }

  private static boolean followedBySpeech(List<Token> tokens, int last) {
    return last + 1 < tokens.size() && Lexicon.SPEECH_VERBS.contains(tokens.get(last + 1).text().toLowerCase(Locale.ROOT));
  }

  private EntityMention type(String text, List<Token> tokens, Candidate c, Map<Integer, Integer> evidence, boolean sports) {
    int start = tokens.get(c.first()).start();
    int end = tokens.get(c.last()).end();
    String surface = text.substring(start, end);
    String firstWord = tokens.get(c.first()).text();
    String lastWord = tokens.get(c.last()).text().toLowerCase(Locale.ROOT).replace(".", "");
    Optional<String> country = gazetteer.country(surface);
    if (country.isPresent()) {
      return new EntityMention(start, end, surface, EntityType.COUNTRY, Gazetteer.countryName(country.get()));
    }
    if (surface.endsWith("-based") && surface.length() > 6) {
      // "Montreal-based": the place the company is based in.
      String place = surface.substring(0, surface.length() - 6);
      EntityType t = known.knownType(place);
      return new EntityMention(start, end, surface, t == EntityType.COUNTRY ? t : EntityType.PLACE,
          t == EntityType.COUNTRY ? known.canonical(place, t) : place);
    }
    if (surface.indexOf('-') > 0 && c.first() == c.last() && allDemonyms(surface.split("-"))) {
      return new EntityMention(start, end, surface, EntityType.OTHER, surface);
    }
    EntityType knownType = c.personHint() ? null : known.knownType(surface);
    if (knownType != null) {
      return new EntityMention(start, end, surface, knownType, known.canonical(surface, knownType));
    }
    int words = c.last() - c.first() + 1;
    EntityType type;
    int level = Evidence.STRONG;
    String before = c.first() > 0 ? tokens.get(c.first() - 1).text().toLowerCase(Locale.ROOT) : "";
    if (Lexicon.ORG_ACRONYMS.contains(surface) || Lexicon.ORG_SUFFIXES.contains(lastWord) && !c.personHint()
        || Lexicon.ORG_PREFIXES.contains(firstWord.toLowerCase(Locale.ROOT)) && words > 2) {
      type = EntityType.ORGANIZATION;
    } else if (words > 1 && Lexicon.EVENT_WORDS.contains(lastWord) || surface.matches(".*\\b(?:Summit|Olympics|Games|Cup|Championships?)\\b.*")) {
      type = EntityType.EVENT;
    } else if ((Lexicon.PLACE_FEATURES.contains(lastWord) || Lexicon.PLACE_PREFIXES.contains(firstWord.toLowerCase(Locale.ROOT)) && words >= 2
        || ContextCues.placeOf(tokens, c.first()) || ContextCues.compassOf(tokens, c.first())
        || ContextCues.followedByKnownPlace(gazetteer, text, end)
        || ContextCues.placeFeatureAfter(tokens, c.last())) && !c.personHint()) {
      type = EntityType.PLACE;
    } else if (c.personHint() || words >= 2 && (gazetteer.isGivenName(firstWord) || firstWord.matches("\\p{Lu}\\.(?:\\p{Lu}\\.)?"))
        || followedBySpeech(tokens, c.last()) && words >= 2) {
      type = EntityType.PERSON;
    } else if (surface.length() >= 2 && surface.length() <= 6 && tokens.get(c.first()).allCaps() && words == 1) {
      type = EntityType.ORGANIZATION;
      level = Evidence.MEDIUM;
    } else if (LOCATIVE.contains(before)) {
      type = EntityType.PLACE;
      level = Evidence.MEDIUM;
    } else if (words >= 2 && allGroups(tokens, c.first(), c.last())) {
      type = EntityType.OTHER;
    } else if (words >= 2 && words <= 3) {
      type = EntityType.PERSON;
      level = Evidence.WEAK;
    } else {
      // A lone unknown capitalised word is an organisation when something says so (a team in
      // sports reporting, "carrier X", "X said", "X shares"); otherwise its type is unknown.
      type = sports || ContextCues.organisationCue(tokens, c.first(), before) ? EntityType.ORGANIZATION : EntityType.OTHER;
      level = Evidence.WEAK;
    }
    String canonical = surface.startsWith("the ") || surface.startsWith("The ") ? surface.substring(4) : surface;
    evidence.put(start, level);
    return new EntityMention(start, end, surface, type, canonical);
  }

  private boolean allDemonyms(String[] parts) {
    for (String p : parts) {
      if (p.isEmpty() || gazetteer.countryOfDemonym(p).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** "Iraqi Kurds", "Bosnian Moslems": only peoples and demonyms. */
  private boolean allGroups(List<Token> tokens, int first, int last) {
    for (int k = first; k <= last; k++) {
      String w = tokens.get(k).text();
      if (gazetteer.countryOfDemonym(w).isEmpty() && !gazetteer.isGroupOrLanguage(w)) {
        return false;
      }
    }
    return true;
  }
}
