package dev.worlddaily.enrich;

import dev.worlddaily.enrich.Tokens.Token;
import dev.worlddaily.model.EntityType;
import dev.worlddaily.model.annotation.EntityMention;
import java.util.ArrayList;
import java.util.List;

/**
 * Names the gazetteer knows: their type and canonical form, and the only names that count where
 * case says nothing, in lines of capitals and datelines.
 */
final class KnownNames {
  private final Gazetteer gazetteer;

  KnownNames(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * A dateline: the place in capitals that opens a sentence ("DAKAR (Meridian Wire) -",
   * "LONDON 1996-08-30", "PARIS, Nov 3"). It is a place, named in its usual case ("Dakar"), never
   * a new entity of its own. In a line that is all capitals, only a place we know counts.
   */
  EntityMention dateline(String text, List<Token> tokens, int from, int to, boolean shoutingLine) {
    int last = from - 1;
    while (last + 1 < to && last + 1 < from + 5 && tokens.get(last + 1).allCaps() && tokens.get(last + 1).text().length() >= 2
        && tokens.get(last + 1).text().chars().allMatch(ch -> Character.isLetter(ch) || ch == '.' || ch == '-' || ch == '\'')
        && (last < from || EntityRecognizer.adjacent(text, tokens.get(last), tokens.get(last + 1)))) {
      last++;
    }
    if (last < from) {
      return null;
    }
    int start = tokens.get(from).start();
    int end = tokens.get(last).end();
    String rest = text.substring(end, Math.min(text.length(), end + 3));
    boolean closes = last + 1 >= to || rest.startsWith(" (") || rest.startsWith(" -") || rest.startsWith(" —") || rest.startsWith(" –")
        || rest.startsWith(",") || Character.isDigit(tokens.get(last + 1).text().charAt(0)) && tokens.get(last + 1).start() - end <= 1;
    String surface = text.substring(start, end);
    boolean known = gazetteer.isPlaceInCapitals(surface) || gazetteer.country(surface).isPresent();
    if (!closes || shoutingLine && !known || Lexicon.ORG_ACRONYMS.contains(surface) || gazetteer.isOrganization(surface)) {
      return null;
    }
    if (gazetteer.country(surface).isPresent()) {
      return new EntityMention(start, end, surface, EntityType.COUNTRY, Gazetteer.countryName(gazetteer.country(surface).get()));
    }
    return new EntityMention(start, end, surface, EntityType.PLACE, titleCase(surface));
  }

  /** "NEW YORK" -> "New York", "BOSNIA-HERZEGOVINA" -> "Bosnia-Herzegovina". */
  static String titleCase(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean startOfWord = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(startOfWord ? Character.toUpperCase(c) : Character.toLowerCase(c));
      startOfWord = !Character.isLetter(c) && c != '\'';
    }
    return sb.toString();
  }

  /** In a line of capitals only names the gazetteer knows count: the longest match first. */
  List<EntityMention> shoutedNames(String text, List<Token> tokens, int from, int to) {
    List<EntityMention> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      EntityMention best = null;
      int bestLast = i;
      for (int last = Math.min(to - 1, i + 3); last >= i && best == null; last--) {
        if (last > i && !EntityRecognizer.adjacent(text, tokens.get(last - 1), tokens.get(last))) {
          continue;
        }
        int start = tokens.get(i).start();
        int end = tokens.get(last).end();
        String surface = text.substring(start, end);
        EntityType type = knownType(surface);
        if (type == null && gazetteer.isPlaceInCapitals(surface)) {
          type = EntityType.PLACE;
        }
        if (type != null && Character.isLetter(surface.charAt(0))) {
          best = new EntityMention(start, end, surface, type, canonical(surface, type));
          bestLast = last;
        }
      }
      if (best != null) {
        out.add(best);
        i = bestLast + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  /** The type of a name the gazetteer knows, or null. */
  EntityType knownType(String surface) {
    if (gazetteer.country(surface).isPresent()) {
      return EntityType.COUNTRY;
    }
    if (gazetteer.countryOfDemonym(surface).isPresent() || gazetteer.isGroupOrLanguage(surface)) {
      return EntityType.OTHER;
    }
    if (gazetteer.isPlace(surface)) {
      return EntityType.PLACE;
    }
    if (gazetteer.isOrganization(surface) || Lexicon.ORG_ACRONYMS.contains(surface)) {
      return EntityType.ORGANIZATION;
    }
    return null;
  }

  String canonical(String surface, EntityType type) {
    if (type == EntityType.COUNTRY) {
      return Gazetteer.countryName(gazetteer.country(surface).get());
    }
    boolean caps = surface.chars().noneMatch(Character::isLowerCase);
    return caps && !Lexicon.ORG_ACRONYMS.contains(surface) && type != EntityType.ORGANIZATION ? titleCase(surface) : surface;
  }
}
