package dev.worlddaily.extract;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The author of a personal blog on a platform host that names nobody on the page: the site is
 * named after a person ("Ann Lee" as og:site_name, or "Notes on harbours | Ann Lee" as the title)
 * and the host's first label is that person's given name (ann.blog.example). A site on its own
 * domain named like a person is not enough: companies are named that way too. Used only when no
 * byline or author metadata exists.
 */
final class PersonalSite {
  private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|–—·•-]\\s+|\\s*\\|\\s*");
  private static final int MIN_NAME_LETTERS = 3;
  /** A blog platform's host: the person's label, the platform's name and its top-level domain. */
  private static final int MIN_PLATFORM_LABELS = 3;

  private PersonalSite() {}

  /** The owner's name when the site is a person's blog on a platform host; else empty. */
  static List<String> owner(String siteName, String pageTitle, String host) {
    if (host == null || host.isBlank()) {
      return List.of();
    }
    String[] labels = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "").split("\\.");
    if (labels.length < MIN_PLATFORM_LABELS) {
      // "annlee.example" may as well be a company named like a person ("Tribe Lifting" on tribelifting.example).
      return List.of();
    }
    String label = letters(labels[0]);
    for (String candidate : new String[] {siteName, suffix(pageTitle)}) {
      if (candidate == null || candidate.isBlank()) {
        continue;
      }
      List<String> names = Bylines.names(candidate, null);
      if (names.size() != 1 || !names.get(0).equals(candidate.strip()) || names.get(0).split("\\s+").length > 3) {
        continue;
      }
      String first = letters(names.get(0).split("\\s+")[0]);
      if (first.length() >= MIN_NAME_LETTERS && label.equals(first)) {
        return names;
      }
    }
    return List.of();
  }

  /** The last part of a title after a separator ("Headline | Ann Lee"), or null. */
  private static String suffix(String title) {
    if (title == null) {
      return null;
    }
    String[] parts = TITLE_SUFFIX.split(title.strip());
    return parts.length >= 2 ? parts[parts.length - 1].strip() : null;
  }

  private static String letters(String s) {
    String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", "");
  }
}
