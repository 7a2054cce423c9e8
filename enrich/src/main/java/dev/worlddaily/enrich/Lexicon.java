package dev.worlddaily.enrich;

import java.util.Set;

/** Word lists of the entity rules, kept as data apart from the rules that use them. */
final class Lexicon {
  private Lexicon() {}

  /** A set from a word list that may repeat words (lists are edited by hand). */
  private static Set<String> set(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  /** Titles and roles before a person's name; stripped from the canonical name. */
  static final Set<String> PERSON_TITLES = set(
      "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "president",
      "vice-president", "premier", "chancellor", "minister", "secretary", "senator", "sen", "rep",
      "representative", "governor", "gov", "mayor", "king", "queen", "prince", "princess", "pope", "cardinal",
      "bishop", "archbishop", "general", "gen", "colonel", "col", "captain", "capt", "lieutenant", "sergeant",
      "admiral", "judge", "justice", "ambassador", "commissioner", "chairman", "chairwoman", "chair", "ceo",
      "director", "coach", "manager", "spokesman", "spokeswoman", "spokesperson", "sheikh", "emir", "sultan",
      "ayatollah", "rabbi", "imam", "father", "sister", "herr", "frau", "monsieur", "madame", "señor", "senora",
      "deputy", "councillor", "councilor", "inspector", "officer", "detective", "chief", "leader",
      "winger", "striker", "goalkeeper", "midfielder", "defender", "fullback", "fly-half", "scrum-half", "quarterback",
      "pitcher", "nurse", "doctor", "economist", "analyst", "researcher", "scientist", "lawyer", "activist",
      "novelist", "singer", "actor", "actress", "photographer", "reporter", "journalist", "founder", "engineer",
      "pilot", "commander", "envoy", "negotiator", "dissident", "opposition", "rapporteur", "striker", "skipper");

  /** Multi-word titles ("Prime Minister", "Foreign Minister") are handled by their last word. */
  static final Set<String> TITLE_MODIFIERS = set(
      "prime", "foreign", "finance", "defence", "defense", "interior", "health", "trade", "economy",
      "education", "energy", "environment", "justice", "transport", "culture", "agriculture", "deputy",
      "former", "acting", "interim", "chief", "executive", "state", "opposition", "party", "union");

  /** Last words of organisation names. */
  static final Set<String> ORG_SUFFIXES = set(
      "inc", "corp", "corporation", "ltd", "llc", "plc", "ag", "gmbh", "sa", "nv", "co", "company", "group",
      "holdings", "bank", "council", "ministry", "party", "union", "association", "agency", "authority",
      "committee", "commission", "court", "university", "institute", "college", "school", "hospital",
      "airlines", "airways", "federation", "organisation", "organization", "fund", "reserve", "office",
      "department", "parliament", "assembly", "senate", "congress", "police", "army", "navy", "forces",
      "club", "fc", "foundation", "society", "network", "times", "post", "news", "press", "herald",
      "journal", "gazette", "tribune", "telegraph", "guardian", "media", "motors", "systems",
      "technologies", "labs", "laboratories", "pharmaceuticals", "energy", "petroleum", "oil", "railways",
      "exchange", "board", "bureau", "service", "services", "alliance", "coalition", "movement", "front",
      "league", "team", "orchestra", "cross", "crescent", "band", "church", "trust", "cabinet", "government", "secretariat");

  /** First words of organisation names. */
  static final Set<String> ORG_PREFIXES = set("ministry", "department", "university", "bank", "office", "house", "court", "league");

  /** Last words of place names. */
  static final Set<String> PLACE_FEATURES = set(
      "city", "river", "island", "islands", "mountains", "mountain", "mount", "province", "county", "region",
      "street", "square", "bay", "lake", "sea", "ocean", "valley", "port", "harbour", "harbor", "coast",
      "peninsula", "desert", "state", "district", "airport", "station", "bridge", "gulf", "strait", "canal",
      "park", "avenue", "road", "hills", "heights", "village", "town", "plain", "plains", "forest", "delta",
      "basin", "highlands", "islets", "archipelago", "prefecture", "oblast", "territory", "cape",
      "arena", "stadium", "gardens", "oval", "dome");

  /** First words of place names ("Port Sarin", "Mount Kea", "San Lucas"). */
  static final Set<String> PLACE_PREFIXES = set(
      "port", "mount", "mt", "lake", "cape", "fort", "san", "santa", "santo", "saint", "st", "new", "north",
      "south", "east", "west", "upper", "lower", "greater", "gulf", "isle", "bay", "glen", "point", "puerto",
      "rio", "los", "las", "el", "al", "bad", "sankt");

  /** Names of days and months, which are capitalised without naming an entity. */
  static final Set<String> CALENDAR = set(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
      "march", "april", "june", "july", "august", "september", "october", "november", "december",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  /** Words of event names. */
  static final Set<String> EVENT_WORDS = set(
      "summit", "games", "olympics", "olympic", "cup", "championship", "championships", "conference", "festival",
      "war", "election", "elections", "forum", "expo", "awards", "open", "grand", "prix", "marathon",
      "tournament", "series", "world", "week", "congress", "referendum", "crisis", "revolution", "cop");

  /** Well-known acronyms of organisations. */
  static final Set<String> ORG_ACRONYMS = set(
      "NATO", "UN", "EU", "IMF", "WHO", "WTO", "OPEC", "ASEAN", "OECD", "G7", "G20", "BRICS", "UNICEF",
      "UNESCO", "UNHCR", "FIFA", "UEFA", "IOC", "ECB", "FBI", "CIA", "NASA", "ESA", "IAEA", "ICC", "ICJ",
      "AU", "OSCE", "WFP", "BBC", "CNN", "AFP", "AP", "SEC", "FDA", "CDC", "EPA", "IPCC", "MSF", "ICRC");

  /** Capitalised words that start sentences or headlines without naming anything. */
  static final Set<String> NON_NAMES = set(
      "the", "a", "an", "in", "on", "at", "for", "of", "to", "and", "but", "or", "so", "if", "as", "by", "with",
      "from", "after", "before", "during", "while", "when", "where", "why", "how", "what", "who", "which",
      "that", "this", "these", "those", "there", "here", "it", "its", "he", "she", "they", "we", "i", "you",
      "his", "her", "their", "our", "my", "your", "some", "many", "most", "more", "all", "both", "each",
      "every", "no", "not", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "first", "second", "third", "last", "next", "new", "old", "other", "another", "such", "only", "also",
      "however", "meanwhile", "still", "yet", "then", "now", "today", "yesterday", "tomorrow", "tonight",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
      "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
      "mr", "mrs", "ms", "dr", "according", "despite", "although", "because", "since", "until", "unless",
      "under", "over", "about", "against", "between", "among", "into", "through", "without", "within",
      "officials", "police", "residents", "people", "experts", "analysts", "critics", "sources", "workers",
      "earlier", "later", "several", "few", "once", "even", "just", "asked", "speaking", "said", "says",
      "update", "updated", "breaking", "live", "watch", "read", "photo", "video",
      "our", "us", "let", "do", "does", "did", "is", "are", "was", "were", "be", "been", "has", "have",
      "had", "will", "would", "could", "should", "can", "may", "might", "must", "shall", "no", "yes",
      "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
      "government", "minister", "president", "sir",
      "attendance", "men", "women", "result", "results", "score", "scores", "standings", "halftime", "group",
      "round", "final", "division", "points", "total", "note", "notes", "source", "sources", "editing", "reporting",
      "authorities", "rescuers", "witnesses", "doctors", "scientists", "researchers", "investigators", "prosecutors",
      "lawmakers", "ministers", "leaders", "protesters", "farmers", "teachers", "students", "parents", "voters", "fans",
      "players", "soldiers", "troops", "villagers", "survivors", "families", "negotiators", "economists", "shares",
      "prices", "markets", "investors", "traders", "dockers", "nurses", "engineers", "scientists", "diplomats",
      "delegates", "envoys", "observers", "organisers", "organizers", "residents", "staff", "crews", "rescue");

  /** Verbs of speech that follow or precede a speaker. */
  static final Set<String> SPEECH_VERBS = set(
      "said", "says", "told", "added", "stated", "declared", "warned", "argued", "insisted", "explained",
      "noted", "asked", "wrote", "tweeted", "posted", "announced", "claimed", "replied", "admitted",
      "recalled", "urged", "stressed", "acknowledged", "conceded", "countered", "continued", "remarked",
      "sagte", "erklärte", "a dit", "dijo");
}
