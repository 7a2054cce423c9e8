package dev.worlddaily.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Byline credits that name no person: the outlet or company a page credits as its writer ("By
 * Alder Outfitters") and handles shown as the byline ("by marlow"). Used only when the page
 * names no person, so that a reader still sees who the page says wrote it. Collective bylines
 * ("Staff", "News Desk", "Editorial Team"), admin accounts, addresses and page furniture are
 * never credits.
 */
final class BylineCredits {
  private static final Pattern BY = Pattern.compile(
      "^(?:(?:written|posted|published|story|words|article)\\s+by|by|author|authors|von|par|por)\\s*:?\\s+", Pattern.CASE_INSENSITIVE);
  /** Where a credit ends: a bar, dot or bullet, a new line, a date, or a "posted on" or "updated" note. */
  private static final Pattern END = Pattern.compile(
      "(?i)\\s*[|·•]|\\n|\\s+(?:on|at|updated|published|posted|last)\\s|,?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d"
          + "|,?\\s+\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|,?\\s+\\d+\\s+(?:min|minute)s?\\b");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’&.+-]*");
  /** A handle: one token of letters, digits, dots, dashes or underscores. */
  private static final Pattern HANDLE = Pattern.compile("\\p{L}[\\p{L}\\p{N}._-]{1,30}");
  private static final Pattern ADDRESS = Pattern.compile("(?i)@|https?:|www\\.|\\.(?:com|net|org|io|co|info|biz|app|dev|ai|us|uk|de|fr|in)\\b");
  /** Words of collective bylines and of page furniture: none of them credits anyone. */
  private static final Set<String> NOT_CREDIT = Set.of("staff", "team", "desk", "newsdesk", "newsroom", "editor", "editors",
      "editorial", "admin", "administrator", "webmaster", "contributor", "contributors", "guest", "author", "authors", "writer",
      "writers", "reporter", "reporters", "correspondent", "correspondents", "bureau", "wire", "wires", "agencies", "sponsored",
      "view", "posts", "profile", "more", "about", "contact", "follow", "share", "menu", "home", "search", "login", "log", "sign",
      "subscribe", "read", "min", "updated", "published", "posted", "by", "written", "reviewed", "edited", "all", "privacy",
      "policy", "terms", "cookie", "cookies", "newsletter", "disclaimer", "comments", "comment", "reply", "size", "text", "user",
      "anonymous", "unknown", "guestpost", "next", "previous", "back", "skip", "content", "toggle", "close", "open",
      "expert", "experts", "specialist", "consultant", "founder", "ceo", "director", "manager", "columnist", "photographer");
  /** Single words that label a section or a kind of page rather than credit anyone. */
  private static final Set<String> LABELS = Set.of("category", "categories", "tag", "tags", "topic", "topics", "section", "spotlight",
      "featured", "news", "blog", "article", "articles", "story", "stories", "video", "videos", "podcast", "press", "resources",
      "insights", "updates", "opinion", "analysis", "review", "reviews", "guide", "guides", "sponsor", "partner", "advertisement");
  private static final int MAX_CREDIT_CHARS = 40;
  private static final int MAX_CREDIT_WORDS = 5;

  private BylineCredits() {}

  /**
   * The name a short byline text credits when it is an outlet, a company or a handle, or null:
   * "By Alder Outfitters" gives "Alder Outfitters". Person names are {@link Bylines}' job.
   */
  static String credit(String byline) {
    if (byline == null || byline.length() > 2 * MAX_CREDIT_CHARS) {
      return null;
    }
    String s = byline.replace('\u00a0', ' ').strip();
    s = BY.matcher(s).replaceFirst("");
    java.util.regex.Matcher end = END.matcher(s);
    s = (end.find() ? s.substring(0, end.start()) : s).replaceAll("\\s+", " ");
    s = s.replaceAll("^[@•·*\\s]+|[.,:;\\s]+$", "").strip();
    if (s.isEmpty() || s.length() > MAX_CREDIT_CHARS || ADDRESS.matcher(s).find() || !Character.isLetterOrDigit(s.codePointAt(0))) {
      return null;
    }
    String[] words = s.split("\\s+");
    if (words.length > MAX_CREDIT_WORDS) {
      return null;
    }
    boolean letters = false;
    for (String w : words) {
      if (!WORD.matcher(w).matches()) {
        return null;
      }
      String lower = w.toLowerCase(Locale.ROOT).replaceAll("[.'’]+$", "");
      if (NOT_CREDIT.contains(lower) || lower.contains("admin") || lower.startsWith("user")) {
        return null;
      }
      letters |= w.chars().anyMatch(Character::isLetter);
    }
    if (!letters) {
      return null;
    }
    if (words.length == 1) {
      // One word: a handle or a one-word brand, never an acronym (a credential or a desk) or a lone number.
      boolean label = LABELS.contains(s.toLowerCase(Locale.ROOT));
      return HANDLE.matcher(s).matches() && !label && !s.equals(s.toUpperCase(Locale.ROOT)) ? s : null;
    }
    // Several words: a proper name, so every word but short joiners starts with a capital or a digit.
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      boolean joiner = i > 0 && w.length() <= 3 && w.equals(w.toLowerCase(Locale.ROOT));
      if (!joiner && !Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.codePointAt(0))) {
        return null;
      }
    }
    return s;
  }
}
