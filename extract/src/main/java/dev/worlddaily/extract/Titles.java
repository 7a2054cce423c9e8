package dev.worlddaily.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/** Headline clean-up: the outlet's name, added before or after a separator, is removed. */
public final class Titles {
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—:·•»-]\\s+|\\s+\\|\\s*|\\s*\\|\\s+");

  private Titles() {}

  /** The title without an outlet prefix or suffix. */
  public static String clean(String title, String siteName) {
    if (title == null) {
      return null;
    }
    String t = title.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    String[] parts = SEPARATOR.split(t);
    if (parts.length < 2) {
      return t;
    }
    String first = parts[0].strip();
    String last = parts[parts.length - 1].strip();
    if (isSite(last, siteName)) {
      return t.substring(0, t.lastIndexOf(last)).replaceAll("(?:\\s*[|–—:·•»-])+\\s*$", "").strip();
    }
    if (isSite(first, siteName)) {
      return t.substring(first.length()).replaceAll("^\\s*(?:[|–—:·•»-]\\s*)+", "").strip();
    }
    return t;
  }

  private static boolean isSite(String part, String siteName) {
    if (siteName != null && !siteName.isBlank()) {
      String a = normalize(part);
      String b = normalize(siteName);
      if (!a.isEmpty() && (a.equals(b) || b.contains(a) && a.length() >= 4 || a.contains(b) && b.length() >= 4)) {
        return true;
      }
    }
    // A trailing domain name is an outlet even when the page does not name its site.
    return part.matches("(?i)(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}");
  }

  private static String normalize(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("^the\\s+", "").replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
