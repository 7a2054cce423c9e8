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
  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from", "across", "outside", "inside", "around", "to", "into", "towards", "toward");

  private final Gazetteer gazetteer;

  public EntityRecognizer(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** A candidate run of tokens before typing. */
  private record Candidate(int first, int last, boolean personHint) {}

  /** Entity mentions of a text, in text order. */
  public List<EntityMention> recognize(String text, List<TextSpan> sentences) {
    List<Token> tokens = new ArrayList<>();
    Set<Integer> sentenceStarts = new HashSet<>();
    Set<Integer> shouting = new HashSet<>();
    for (TextSpan s : sentences) {
      List<Token> ts = Tokens.of(text, s.start(), s.end());
      if (ts.isEmpty()) {
        continue;
      }
      sentenceStarts.add(tokens.size());
      boolean caps = isShouting(ts);
      for (int i = 0; i < ts.size(); i++) {
        if (caps) {
          shouting.add(tokens.size() + i);
        }
      }
      tokens.addAll(ts);
    }
    Set<String> midSentenceCapitalised = new HashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!sentenceStarts.contains(i) && !shouting.contains(i) && tokens.get(i).capitalised()) {
        midSentenceCapitalised.add(tokens.get(i).text());
      }
    }
    List<EntityMention> raw = new ArrayList<>();
    for (Candidate c : candidates(text, tokens, sentenceStarts, shouting, midSentenceCapitalised)) {
      EntityMention m = type(text, tokens, c, shouting.contains(c.first()));
      if (m != null) {
        raw.add(m);
      }
    }
    return DocumentConsistency.apply(raw, gazetteer);
  }

  private static boolean isShouting(List<Token> ts) {
    int letters = 0;
    int caps = 0;
    for (Token t : ts) {
      if (Character.isLetter(t.text().charAt(0))) {
        letters++;
        if (t.allCaps() && t.text().length() > 1) {
          caps++;
        }
      }
    }
    return letters >= 3 && caps * 10 >= letters * 7;
  }

  private List<Candidate> candidates(String text, List<Token> tokens, Set<Integer> starts, Set<Integer> shouting, Set<String> midCaps) {
    List<Candidate> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!nameLike(tokens.get(i)) || shouting.contains(i) && !gazetteerWord(tokens.get(i).text())) {
        i++;
        continue;
      }
      int first = i;
      int last = i;
      int j = i + 1;
      while (j < tokens.size() && adjacent(text, tokens.get(j - 1), tokens.get(j)) && !starts.contains(j)) {
        Token t = tokens.get(j);
        if (nameLike(t) && !(shouting.contains(j) && !gazetteerWord(t.text()))) {
          last = j;
          j++;
        } else if (CONNECTORS.contains(t.text().toLowerCase(Locale.ROOT)) && j + 1 < tokens.size()
            && nameLike(tokens.get(j + 1)) && adjacent(text, t, tokens.get(j + 1)) && !t.text().equals("and")) {
          j++;
        } else {
          break;
        }
      }
      i = last + 1;
      // Drop capitalised function words at the start of a sentence ("The", "After", "Officials").
      while (first <= last && Lexicon.NON_NAMES.contains(tokens.get(first).text().toLowerCase(Locale.ROOT))
          && !(first == last && gazetteerWord(tokens.get(first).text()))) {
        first++;
        while (first <= last && CONNECTORS.contains(tokens.get(first).text().toLowerCase(Locale.ROOT))) {
          first++;
        }
      }
      boolean personHint = false;
      while (first <= last && isTitle(tokens, first, last)) {
        personHint = true;
        first++;
      }
      if (first > last) {
        continue;
      }
      if (first == last && starts.contains(first) && !gazetteerWord(tokens.get(first).text())
          && !midCaps.contains(tokens.get(first).text()) && !personHint && !followedBySpeech(tokens, last)) {
        continue;
      }
      out.add(new Candidate(first, last, personHint || precededByTitle(tokens, first)));
    }
    return out;
  }

  private boolean gazetteerWord(String word) {
    return gazetteer.countrySignal(word).isPresent() || Lexicon.ORG_ACRONYMS.contains(word);
  }

  private static boolean nameLike(Token t) {
    String s = t.text();
    if (!Character.isUpperCase(s.codePointAt(0)) || Lexicon.CALENDAR.contains(s.toLowerCase(Locale.ROOT))) {
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

  private static boolean adjacent(String text, Token a, Token b) {
    for (int k = a.end(); k < b.start(); k++) {
      char c = text.charAt(k);
      if (!(c == ' ' || c == '\u00a0' || c == '-' && b.start() - a.end() == 1)) {
        return false;
      }
    }
    return b.start() - a.end() <= 2;
  }

  /** "the city of X", "the village of X". */
  private static boolean placeOf(List<Token> tokens, int first) {
    return first >= 2 && tokens.get(first - 1).text().equals("of")
        && Lexicon.PLACE_FEATURES.contains(tokens.get(first - 2).text().toLowerCase(Locale.ROOT));
  }

  private static boolean followedBySpeech(List<Token> tokens, int last) {
    return last + 1 < tokens.size() && Lexicon.SPEECH_VERBS.contains(tokens.get(last + 1).text().toLowerCase(Locale.ROOT));
  }

  private EntityMention type(String text, List<Token> tokens, Candidate c, boolean shouting) {
    int start = tokens.get(c.first()).start();
    int end = tokens.get(c.last()).end();
    String surface = text.substring(start, end);
    String firstWord = tokens.get(c.first()).text();
    String lastWord = tokens.get(c.last()).text().toLowerCase(Locale.ROOT).replace(".", "");
    Optional<String> country = gazetteer.country(surface);
    if (country.isPresent()) {
      return new EntityMention(start, end, surface, EntityType.COUNTRY, Gazetteer.countryName(country.get()));
    }
    if (gazetteer.countryOfDemonym(surface).isPresent()) {
      return new EntityMention(start, end, surface, EntityType.OTHER, surface);
    }
    if (gazetteer.countryOfCapital(surface).isPresent()) {
      return new EntityMention(start, end, surface, EntityType.PLACE, surface);
    }
    if (shouting) {
      return Lexicon.ORG_ACRONYMS.contains(surface) ? new EntityMention(start, end, surface, EntityType.ORGANIZATION, surface) : null;
    }
    int words = c.last() - c.first() + 1;
    EntityType type;
    if (Lexicon.ORG_ACRONYMS.contains(surface) || Lexicon.ORG_SUFFIXES.contains(lastWord) && !c.personHint()
        || Lexicon.ORG_PREFIXES.contains(firstWord.toLowerCase(Locale.ROOT)) && words > 2) {
      type = EntityType.ORGANIZATION;
    } else if (words > 1 && Lexicon.EVENT_WORDS.contains(lastWord) || surface.matches(".*\\b(?:Summit|Olympics|Games|Cup|Championships?)\\b.*")) {
      type = EntityType.EVENT;
    } else if ((Lexicon.PLACE_FEATURES.contains(lastWord) || Lexicon.PLACE_PREFIXES.contains(firstWord.toLowerCase(Locale.ROOT)) && words >= 2
        || placeOf(tokens, c.first())) && !c.personHint()) {
      type = EntityType.PLACE;
    } else if (c.personHint() || gazetteer.isGivenName(firstWord) && words >= 2 || followedBySpeech(tokens, c.last()) && words >= 2) {
      type = EntityType.PERSON;
    } else if (surface.length() >= 2 && surface.length() <= 6 && tokens.get(c.first()).allCaps() && words == 1) {
      type = EntityType.ORGANIZATION;
    } else if (c.first() > 0 && LOCATIVE.contains(tokens.get(c.first() - 1).text().toLowerCase(Locale.ROOT))) {
      type = EntityType.PLACE;
    } else if (words >= 2 && words <= 3) {
      type = EntityType.PERSON;
    } else {
      type = EntityType.OTHER;
    }
    String canonical = surface.startsWith("the ") || surface.startsWith("The ") ? surface.substring(4) : surface;
    return new EntityMention(start, end, surface, type, canonical);
  }
}
