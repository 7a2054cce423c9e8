package dev.worlddaily.enrich;

import dev.worlddaily.enrich.Tokens.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The words around a name that tell its type: "the town of X", "north of X", "X, Chile", "carrier X". */
final class ContextCues {
  private ContextCues() {}

  /** "the city of X", "the village of X". */
  static boolean placeOf(List<Token> tokens, int first) {
    return first >= 2 && tokens.get(first - 1).text().equals("of")
        && Lexicon.PLACE_FEATURES.contains(tokens.get(first - 2).text().toLowerCase(Locale.ROOT));
  }

  private static final Set<String> ORG_DESCRIPTORS = Set.of(
      "carrier", "rival", "firm", "company", "group", "maker", "bank", "agency", "club", "side", "team", "newspaper",
      "daily", "broadcaster", "insurer", "lender", "retailer", "airline", "operator", "brewer", "chipmaker", "automaker",
      "carmaker", "giant", "conglomerate", "startup", "subsidiary", "unit", "party", "union", "shares", "stake");
  private static final Set<String> ORG_FOLLOWERS = Set.of(
      "said", "says", "shares", "stock", "spokesman", "spokeswoman", "spokesperson", "chairman", "chief", "executives",
      "announced", "reported", "posted", "plans", "agreed", "bought", "sold", "rose", "fell", "closed", "opened");

  /** Whether the words around a lone unknown name mark it as an organisation. */
  static boolean organisationCue(List<Token> tokens, int i, String before) {
    String after = i + 1 < tokens.size() ? tokens.get(i + 1).text().toLowerCase(Locale.ROOT) : "";
    return ORG_DESCRIPTORS.contains(before) || ORG_FOLLOWERS.contains(after);
  }

  /** "the Koussara district", "Lombok island": a lower-case place feature right after the name. */
  static boolean placeFeatureAfter(List<Token> tokens, int last) {
    if (last + 1 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(last + 1).text();
    return Character.isLowerCase(next.charAt(0)) && Lexicon.PLACE_FEATURES.contains(next)
        && !next.equals("state") && !next.equals("park");
  }

  /** "north of X", "30 km east of X". */
  static boolean compassOf(List<Token> tokens, int first) {
    return first >= 2 && tokens.get(first - 1).text().equals("of")
        && COMPASS.contains(tokens.get(first - 2).text().toLowerCase(Locale.ROOT));
  }

  private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
      "north-east", "north-west", "south-east", "south-west", "outskirts", "centre", "center", "heart", "suburbs");

  /** "Arbil, Iraq": a name followed by a comma and a country or known place is a place. */
  static boolean followedByKnownPlace(Gazetteer gazetteer, String text, int end) {
    if (end + 2 >= text.length() || text.charAt(end) != ',' || text.charAt(end + 1) != ' ') {
      return false;
    }
    int k = end + 2;
    while (k < text.length() && (Character.isLetter(text.charAt(k)) || text.charAt(k) == '.')) {
      k++;
    }
    String next = text.substring(end + 2, k);
    return !next.isEmpty() && Character.isUpperCase(next.charAt(0))
        && (gazetteer.country(next).isPresent() || gazetteer.isPlace(next)) && !(k < text.length() && text.charAt(k) == ' '
        && k + 1 < text.length() && Character.isUpperCase(text.charAt(k + 1)));
  }
}
