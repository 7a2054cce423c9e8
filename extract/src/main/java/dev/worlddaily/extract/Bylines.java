package dev.worlddaily.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns byline text into clean person names: no "By", no roles, dates, outlet names or "Staff".
 */
public final class Bylines {
  private static final Pattern BY = Pattern.compile(
      "^(?:(?:written|posted|reported|story|text|words|reporting|interview|published|recipe)\\s+by|by|von|par|por|di|door|author|authors|autor|auteur)(?:\\s*:?\\s+|(?-i:(?=\\p{Lu}\\p{Ll})))",
      Pattern.CASE_INSENSITIVE);
  /** Bylines of people who did not write the piece. */
  private static final Pattern NOT_AUTHOR = Pattern.compile(
      "(?i)^\\s*(?:(?:medically |fact[- ]?)?(?:reviewed|checked|edited|verified|updated|photographed|illustrated|produced)\\s+by|"
          + "photos?\\s+by|illustrations?\\s+by|images?\\s+by|translated\\s+by|with\\s+reporting\\s+by|additional\\s+reporting\\s+by)\\b");
  /** The same roles inside a byline, after the authors. */
  private static final Pattern OTHER_ROLES = Pattern.compile(
      "(?i)(?<![\\p{L}])(?:(?:medically |fact[- ]?)?(?:reviewed|checked|edited|verified|photographed|illustrated)\\s+by|"
          + "photos?\\s+by|illustrations?\\s+by|translated\\s+by)\\b");
  /** Where a byline's names end: a middle dot, bar or bullet, or a date. */
  private static final Pattern SEGMENT_END = Pattern.compile("\\s*[|·•]\\s*|\\n");
  private static final Pattern DATE_TAIL = Pattern.compile(
      "(?i)[,\\s]*(?:\\b(?:on|at|updated|published|posted)\\s+)?(?:\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d|\\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+\\d|\\d|(?-i:(?<=\\p{Ll})(?:Published|Updated|Posted)\\b)|\\b(?:updated|published|posted|last updated)\\b).*$");
  private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|\\band\\b|\\bund\\b|\\bet\\b|&|\\bwith\\b)\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern ROLE_TAIL = Pattern.compile("(?:\\s+[–—-]\\s+|\\s*[–—]\\s*|\\s+is\\b|\\s+was\\b|\\s+on behalf of\\b|\\s+for\\s|\\s*\\(|\\s*,|\\s*:).*$");
  /** Words that are never part of a person's name in a byline. */
  private static final Set<String> FUNCTION_WORDS = Set.of("how", "what", "why", "when", "where", "who", "which", "a", "an",
      "i", "of", "to", "with", "in", "on", "at", "from", "your", "our", "my", "this", "that", "these", "best", "top", "new",
      "get", "free", "learn", "guide", "tips", "ways", "you", "we", "it", "its", "not", "no", "yes", "or", "if");
  private static final Set<String> ROLE_WORDS = Set.copyOf(Arrays.asList(
      "staff", "reporter", "correspondent", "editor", "writer", "columnist", "contributor", "desk",
      "team", "newsroom", "bureau", "agency", "agencies", "wire", "wires", "senior", "chief", "political",
      "photographer", "analyst", "producer", "associate", "special", "foreign", "deputy", "updated",
      "published", "posted", "min", "read", "news", "press", "reuters", "ap", "afp", "dpa", "correspondents",
      "reporters", "editors", "editorial", "staffers", "anchor", "host", "intern", "author", "authors", "bio", "full", "follow",
      "sponsored", "guest", "admin", "administrator", "expert", "experts", "view", "posts", "profile", "more", "about",
      "contact", "clinic", "foundation", "today", "hotels", "hotel", "collective", "group", "media", "inc", "ltd", "llc",
      "university", "institute", "association", "company", "online", "magazine", "times", "post", "daily", "network",
      "written", "by", "sign", "log", "login", "subscribe", "menu", "home", "share", "search", "all", "reviewed", "edited",
      "consultant", "founder", "ceo", "director", "manager", "specialist", "certified", "licensed", "head", "lead",
      "development", "marketing", "community", "content", "research", "department", "office", "services", "solutions",
      "blog", "official", "partner", "partners", "sales", "support", "product", "products", "former", "professor",
      "fact", "checked", "checker", "modified", "last", "co-founder", "cofounder", "recipe", "recipes", "registered", "dietitian", "nutritionist", "coach", "trainer", "gardener", "winemaker",
      "privacy", "policy", "terms", "cookie", "cookies", "newsletter", "disclaimer", "size"));
  private static final Pattern NAME_WORD = Pattern.compile("(?:\\p{Lu}[\\p{L}'’.-]*|de|da|di|van|von|der|den|del|la|le|al|bin|ibn|dos|das|do|y|e|ter|ten|du|des)");
  private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
  private static final Pattern INNER_BY = Pattern.compile("(?<=\\s)(?:By|BY|by|Written by|Posted by)\\s+(?=\\p{Lu})");
  /** A declared name refused by {@link #names}: a given name, a handle, or a name in lower case. */
  private static final Pattern DECLARED_HANDLE = Pattern.compile("\\p{L}[\\p{L}'’._-]{1,30}(?: \\p{Ll}[\\p{L}'’-]{1,30}){0,2}");
  private static final int MAX_DECLARED_CHARS = 120;
  /** "Dr. Allen": a doctor or professor declared by surname only. */
  private static final Pattern HONORIFIC_SURNAME = Pattern.compile("(?:Dr|Prof)\\.?\\s+\\p{Lu}[\\p{Ll}'’-]+");
  private static final Pattern LAST_COMMA_FIRST = Pattern.compile("(\\p{Lu}[\\p{L}'’-]+),\\s*(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}\\.?)*)");
  private static final Pattern DOMAIN = Pattern.compile("\\.(?:com|net|org|io|co|info|biz|app|dev|ai|us|uk|de|fr|in|studio)$");
  private static final Pattern HONORIFIC = Pattern.compile("(?i)^(?:dr|prof|mr|mrs|ms|mx|sir|dame)\\.?\\s+");

  private Bylines() {}

  /** Person names in a byline, in order, without duplicates. */
  public static List<String> names(String byline, String siteName) {
    if (byline == null || NOT_AUTHOR.matcher(byline).find()) {
      return List.of();
    }
    // "By Ann Lee · Edited by Bo Ek": the editor, reviewer or photographer did not write it.
    Matcher others = OTHER_ROLES.matcher(byline);
    if (others.find() && others.start() > 0) {
      List<String> authors = names(byline.substring(0, others.start()), siteName);
      // "Acme Mattress Reviewed by Ann Lee": with no author named, the reviewer signs the piece.
      return !authors.isEmpty() ? authors : names(byline.substring(others.end()), siteName);
    }
    Set<String> out = new LinkedHashSet<>();
    // The names run until the first part without one after them: "May 3, 2026 · By Ann Lee · 4 min read".
    for (String segment : SEGMENT_END.split(byline.replace('\u00a0', ' ').strip())) {
      // "May 3, 2017 By Erin Spain": a date before the byline word.
      Matcher inner = INNER_BY.matcher(segment);
      String s = inner.find() && inner.start() > 0 ? segment.substring(inner.end()) : BY.matcher(segment.strip()).replaceFirst("");
      s = DATE_TAIL.matcher(s).replaceFirst("");
      int before = out.size();
      for (String part : SEPARATORS.split(s)) {
        String name = cleanOne(part, siteName);
        if (name != null) {
          out.add(name);
        }
      }
      if (out.size() == before && !out.isEmpty() && !segment.isBlank()) {
        break;
      }
    }
    return new ArrayList<>(out);
  }

  /** A name declared in structured data (JSON-LD, meta author) that {@link #names} reads as a person. */
  public static List<String> declaredNames(String declared) {
    if (declared == null || declared.length() > MAX_DECLARED_CHARS) {
      return List.of();
    }
    String d = org.jsoup.parser.Parser.unescapeEntities(declared, false);
    Matcher inverted = LAST_COMMA_FIRST.matcher(d.strip());
    if (inverted.matches()) {
      // "Roy, Aniruddha" (citation_author): surname first.
      d = inverted.group(2) + " " + inverted.group(1);
    }
    // A full name declared is a person even when the site carries it (personal sites).
    return names(d, null);
  }

  /**
   * Declared names that {@link #names} refused but a page declares deliberately: a single given
   * name ("Susan"), a handle ("jdoe", "MixmasterFred") or a name typed in lower case ("ann lee").
   * Never an e-mail address, a domain, an admin account, an acronym or a role.
   */
  public static List<String> declaredHandles(String declared) {
    List<String> out = new ArrayList<>();
    if (declared == null || declared.length() > MAX_DECLARED_CHARS) {
      return out;
    }
    String d = org.jsoup.parser.Parser.unescapeEntities(declared, false);
    for (String part : SEPARATORS.split(BY.matcher(d.strip()).replaceFirst(""))) {
      String p = part.strip();
      if (DECLARED_HANDLE.matcher(p).matches() && !declaredNonName(p) || HONORIFIC_SURNAME.matcher(p).matches()) {
        out.add(p);
      }
    }
    return out;
  }

  private static boolean declaredNonName(String p) {
    String lower = p.toLowerCase(Locale.ROOT);
    if (lower.contains("admin") || lower.contains("user") || lower.contains("editor") || lower.contains("staff") || DOMAIN.matcher(lower).find()) {
      return true;
    }
    // An acronym ("PSP", "MECLABS") is a credential or an organisation.
    if (p.length() > 1 && p.equals(p.toUpperCase(Locale.ROOT))) {
      return true;
    }
    // A capitalised name of several words that names() refused is a role or an organisation.
    if (p.contains(" ") && !p.equals(lower)) {
      return true;
    }
    for (String w : lower.split("[\\s._]+")) {
      if (ROLE_WORDS.contains(w) || FUNCTION_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** One candidate name, or null when it is not a person's name. */
  static String cleanOne(String raw, String siteName) {
    String s = BY.matcher(raw.strip()).replaceFirst("");
    s = ROLE_TAIL.matcher(s).replaceFirst("").strip();
    s = s.replaceAll("^[@•·*]+", "").replaceAll("[.:]+$", "").strip();
    s = HONORIFIC.matcher(s).replaceFirst("");
    if (s.isEmpty() || s.length() > 60 || HAS_DIGIT.matcher(s).find()) {
      return null;
    }
    if (siteName != null && s.equalsIgnoreCase(siteName.strip())) {
      return null;
    }
    String[] words = s.split("\\s+");
    if (words.length >= 3 && isInitials(words[0], words)) {
      // "CM Craig McCarthy": an avatar's initials before the name.
      s = s.substring(words[0].length()).strip();
      words = s.split("\\s+");
    }
    if (words.length < 2 || words.length > 5 || words[0].equalsIgnoreCase("the")) {
      return null;
    }
    int capitalised = 0;
    for (String w : words) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (ROLE_WORDS.contains(lower.replace(".", "")) || FUNCTION_WORDS.contains(lower) || lower.endsWith("'s") || lower.endsWith("’s")
          || w.length() >= 2 && w.length() <= 4 && w.equals(w.toUpperCase(Locale.ROOT)) && !s.equals(s.toUpperCase(Locale.ROOT)) && !w.endsWith(".")) {
        return null;
      }
      if (!NAME_WORD.matcher(w).matches()) {
        return null;
      }
      if (Character.isUpperCase(w.codePointAt(0))) {
        capitalised++;
      }
    }
    if (capitalised < 2) {
      return null;
    }
    if (words.length == 2 && words[0].equals(words[1])) {
      // "Yucy Yucy": a one-word name read twice (avatar text and link).
      return null;
    }
    if (s.equals(s.toUpperCase(Locale.ROOT)) && s.length() > 3) {
      s = titleCase(s);
    }
    return s;
  }

  /** True when a short upper-case word is the initials of the words after it. */
  private static boolean isInitials(String first, String[] words) {
    if (first.length() < 2 || first.length() > 3 || !first.equals(first.toUpperCase(Locale.ROOT)) || first.length() != words.length - 1) {
      return false;
    }
    for (int i = 0; i < first.length(); i++) {
      if (words[i + 1].isEmpty() || Character.toUpperCase(words[i + 1].charAt(0)) != first.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static String titleCase(String s) {
    StringBuilder sb = new StringBuilder();
    for (String w : s.toLowerCase(Locale.ROOT).split(" ")) {
      if (!sb.isEmpty()) {
        sb.append(' ');
      }
      sb.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return sb.toString();
  }
}
