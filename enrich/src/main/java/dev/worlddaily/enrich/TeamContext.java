package dev.worlddaily.enrich;

import dev.worlddaily.model.EntityType;
import dev.worlddaily.model.annotation.EntityMention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In sports reporting a city or county next to a score is a team: "Chicago 5 Boston 3",
 * "Surrey 320 for 4", a row of a standings table. A document is sports reporting when it uses
 * enough words of our own sports vocabulary; then such places become organisations.
 */
final class TeamContext {
  private static final Set<String> SPORTS_WORDS = Set.of(
      "match", "matches", "beat", "beats", "innings", "wicket", "wickets", "goal", "goals", "scored", "season", "league",
      "cup", "championship", "tournament", "halftime", "half-time", "quarter-final", "semi-final", "final", "coach",
      "striker", "midfielder", "defender", "goalkeeper", "pitcher", "inning", "homer", "runs", "points", "game", "games",
      "win", "won", "defeat", "defeated", "draw", "drew", "soccer", "football", "cricket", "baseball", "basketball",
      "tennis", "golf", "rugby", "hockey", "racing", "cycling", "athletics", "olympic", "olympics", "division",
      "standings", "champions", "seed", "seeded", "round", "set", "sets", "lap", "race", "victory", "title", "club",
      "player", "players", "team", "teams", "stadium", "fans", "score", "scores", "scoring", "played", "play");
  private static final Pattern WORD = Pattern.compile("[a-z][a-z-]+");
  private static final int MIN_SPORTS_WORDS = 8;

  private TeamContext() {}

  static boolean isSports(String text) {
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    int hits = 0;
    Set<String> distinct = new HashSet<>();
    while (m.find()) {
      if (SPORTS_WORDS.contains(m.group())) {
        hits++;
        distinct.add(m.group());
      }
    }
    if (hits >= MIN_SPORTS_WORDS && distinct.size() >= 4) {
      return true;
    }
    // Results and tables say little in words: scores ("2-1", "4-38") and lines opening with a
    // name and a number ("Wigan 2 Hull 1") make up for it.
    return distinct.size() >= 2 && (count(SCORE, text) >= 3 || count(RESULT_LINE, text) >= 5);
  }

  private static final Pattern SCORE = Pattern.compile("(?<![\\d.,-])\\d{1,3}-\\d{1,3}(?![\\d-])");
  private static final Pattern RESULT_LINE = Pattern.compile("(?m)^\\p{Lu}[\\p{L}.' -]{1,40} \\d{1,3}\\b");

  private static int count(Pattern p, String text) {
    Matcher m = p.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** Words of club names: "Real Madrid", "Dynamo Kiev", "Leeds United", "Glasgow Rangers". */
  private static final Set<String> CLUB_WORDS = Set.of(
      "real", "dynamo", "dinamo", "spartak", "sporting", "olympique", "inter", "ac", "fc", "sc", "cska", "lokomotiv",
      "united", "city", "rovers", "athletic", "athletico", "atletico", "wanderers", "albion", "rangers", "town", "hotspur",
      "villa", "argyle", "orient", "county", "academical", "borussia", "eintracht", "bayern", "racing", "deportivo",
      "union", "stade", "standard", "sparta", "slavia", "galatasaray", "juventus", "ajax", "psv", "benfica");

  /**
   * In sports reporting, places and one-word guesses next to a score become teams (a two-word
   * guess there is more often a player, "Phil Simmons 4-38"), and so do
   * names with a word of club names.
   */
  static List<EntityMention> apply(String text, List<EntityMention> mentions, java.util.Map<Integer, Integer> evidence) {
    if (mentions.isEmpty() || !isSports(text)) {
      return mentions;
    }
    List<EntityMention> out = new ArrayList<>(mentions.size());
    for (EntityMention m : mentions) {
      boolean weak = evidence.getOrDefault(m.start(), Evidence.STRONG) == Evidence.WEAK
          && m.type() != EntityType.PERSON;
      boolean club = m.type() != EntityType.COUNTRY && m.text().indexOf(' ') > 0 && clubWord(m.text());
      if ((m.type() == EntityType.PLACE || weak) && nextToScore(text, m) || club) {
        out.add(new EntityMention(m.start(), m.end(), m.text(), EntityType.ORGANIZATION, m.canonical()));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean clubWord(String name) {
    for (String w : name.toLowerCase(Locale.ROOT).split(" ")) {
      if (CLUB_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean nextToScore(String text, EntityMention m) {
    int i = m.end();
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    // A dateline's date ("LONDON 1996-08-30") is no score.
    boolean date = text.startsWith("19", i) || text.startsWith("20", i) ? i + 4 < text.length() && text.charAt(i + 4) == '-' : false;
    return i > m.end() && i < text.length() && Character.isDigit(text.charAt(i)) && !date;
  }
}
