package dev.worlddaily.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headline clean-up: the outlet's name, added before or after a separator ("Title | Outlet",
 * "Outlet - Title"), is removed. The outlet is known by its declared name or recognised in the
 * page's host name ("Gardening Guide | Cornell Garden-Based Learning" on gardening.cornell.edu).
 */
public final class Titles {
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—·•»:-]\\s+|\\s*\\|\\s*");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern LEADING_DOMAIN = Pattern.compile("((?:[a-zA-Z0-9-]+\\.)+[a-zA-Z]{2,})\\s+");
  private static final Pattern TAGLINE = Pattern.compile("\\s+[|–—-]\\s+|\\s*\\|\\s*");
  private static final Pattern PART_NUMBER = Pattern.compile("(?i)(?:part|pt\\.?|vol\\.?|volume|chapter|episode|ep\\.?)\\s*\\d+.*");
  private static final int MIN_HEAD_WORDS = 3;
  private static final int MAX_DASH_TAIL_WORDS = 3;
  /** Host labels that name no outlet. */
  private static final Set<String> GENERIC_LABELS = Set.of("www", "com", "org", "net", "blog", "news", "home", "info", "online", "site", "shop", "store");

  private Titles() {}

  /** The title without an outlet prefix or suffix named {@code siteName}. */
  public static String clean(String title, String siteName) {
    return clean(title, siteName, null);
  }

  /** The title without an outlet prefix or suffix, named {@code siteName} or recognised in {@code host}. */
  public static String clean(String title, String siteName, String host) {
    if (title == null) {
      return null;
    }
    String t = title.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    // "Outlet: Title": a colon separates only the outlet's own name, as colons are common in headlines.
    int colon = t.indexOf(": ");
    if (colon > 0 && colon < 60 && isSite(t.substring(0, colon), siteName, host, true) && t.length() - colon > 10) {
      t = t.substring(colon + 2).strip();
    }
    // "alder-gazette.example Cranes return": the site's own domain before the headline, with no separator.
    Matcher domain = LEADING_DOMAIN.matcher(t);
    if (host != null && domain.lookingAt() && host.toLowerCase(Locale.ROOT).endsWith(domain.group(1).toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""))
        && WORD.matcher(t.substring(domain.end())).results().count() >= 2) {
      t = t.substring(domain.end());
    }
    List<int[]> parts = parts(t);
    if (parts.size() < 2) {
      return t;
    }
    int first = 0;
    int last = parts.size() - 1;
    // Suffixes first: that is where outlets put their name, often more than once ("X | Blog | Outlet").
    while (last > first && isSite(t.substring(parts.get(last)[0], parts.get(last)[1]), siteName, host, false)) {
      last--;
    }
    while (first < last && isSite(t.substring(parts.get(first)[0], parts.get(first)[1]), siteName, host, true)) {
      first++;
    }
    return t.substring(parts.get(first)[0], parts.get(last)[1]).strip();
  }

  /**
   * The headline without a tagline, section or label set after it: "Cranes return | Opinion",
   * "Cranes return – A Photo Essay". After a bar anything goes; after a dash only a short
   * capitalised tail (a dash inside a sentence, "– and then", stays), never a part number.
   */
  public static String withoutTagline(String title) {
    Matcher m = TAGLINE.matcher(title);
    if (!m.find()) {
      return title;
    }
    String head = title.substring(0, m.start()).strip();
    String tail = title.substring(m.end()).strip();
    if (WORD.matcher(head).results().count() < MIN_HEAD_WORDS || tail.isEmpty() || PART_NUMBER.matcher(tail).matches()) {
      return title;
    }
    boolean bar = m.group().contains("|");
    long tailWords = WORD.matcher(tail).results().count();
    boolean shortCapitalised = tailWords <= MAX_DASH_TAIL_WORDS && Character.isUpperCase(tail.codePointAt(0));
    return bar || shortCapitalised ? head : title;
  }

  /** Start and end of each separator-delimited part. */
  private static List<int[]> parts(String t) {
    List<int[]> out = new ArrayList<>();
    Matcher m = SEPARATOR.matcher(t);
    int start = 0;
    while (m.find()) {
      if (m.start() > start) {
        out.add(new int[] {start, m.start()});
      }
      start = m.end();
    }
    if (start < t.length()) {
      out.add(new int[] {start, t.length()});
    }
    return out;
  }

  /**
   * True when a title part is the outlet's name: the declared site name, a domain name, or, for
   * a suffix, a short part naming the host ("Cornell Garden-Based Learning" on cornell.edu). A
   * prefix must be mostly the host's name, so "Cornell wins the final" keeps its first word.
   */
  static boolean isSite(String part, String siteName, String host, boolean prefix) {
    String a = letters(part);
    if (a.isEmpty()) {
      return true;
    }
    if (siteName != null && !siteName.isBlank()) {
      String b = letters(siteName);
      if (a.equals(b) || b.contains(a) && a.length() >= 4 || a.contains(b) && b.length() >= 4 && b.length() * 2 >= a.length()) {
        return true;
      }
    }
    if (part.strip().matches("(?i)(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}")) {
      return true;
    }
    if (host == null || host.isBlank() || WORD.matcher(part).results().count() > 5) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    if (a.length() >= 4 && h.replace(".", "").replace("-", "").contains(a)) {
      return true;
    }
    for (String label : labels(h)) {
      if (label.length() >= 4 && a.contains(label) && (!prefix || label.length() * 10 >= a.length() * 6)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> labels(String host) {
    Set<String> out = new HashSet<>();
    for (String l : host.split("[.-]")) {
      if (!GENERIC_LABELS.contains(l)) {
        out.add(l);
      }
    }
    return out;
  }

  /** Lower-case letters and digits only: "The Lantern Post" -> "lanternpost" (a leading "the" dropped). */
  static String letters(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("^\\s*the\\s+", "").replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
