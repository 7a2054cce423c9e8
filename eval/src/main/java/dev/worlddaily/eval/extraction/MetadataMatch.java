package dev.worlddaily.eval.extraction;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * When an extracted title, author list or date counts as right against wcxb's truth. The rules,
 * also in docs/BENCHMARKS.md:
 *
 * <ul>
 *   <li><b>title</b>: the same words in the same order after lower-casing and dropping
 *       punctuation ({@code \w+} tokens); <b>title (close)</b> also accepts a title whose word
 *       bag has an F1 of at least 0.8 with the truth's (the h1 "Best X" where the truth took the
 *       SEO title "Best X in 2025");
 *   <li><b>author</b>: the truth is split into parts (at commas, semicolons, "|", " - ") and
 *       parts into names (at "&amp;", "and", "/", "with"); credentials ("MD", "Ph.D.", "E-RYT 200"), parenthesised notes
 *       and honorifics are dropped, and parts that are not a person (teams, staff, desks,
 *       editors, job titles, organisations) are set aside, as the extractor names people, and an
 *       outlet, company or handle only when the page credits one and names no person.
 *       Right when the remaining names equal ours as sets of lower-cased words (single-letter
 *       initials ignored); a truth without a person's name is right when we give no author;
 *   <li><b>date</b>: the truth's day is the calendar day, in the page's own offset, of our
 *       publication or of our update time (the set records the date a page shows, its update on
 *       pages that show "Updated ..."); <b>date (published)</b> counts the publication time only.
 * </ul>
 */
final class MetadataMatch {
  /** Where byline parts end: a person and a role ("Ann Lee, Senior Editor"), or two people. */
  private static final Pattern PARTS = Pattern.compile("\\s*(?:,|;|\\||\\s[-–]\\s)\\s*");
  /** Where two people in one part are joined ("Ann Lee and Bo Ek"). */
  private static final Pattern JOINED = Pattern.compile("\\s*(?:&|\\band\\b|/|\\bwith\\b)\\s*");
  private static final Pattern CREDENTIAL = Pattern.compile(
      "(?:[A-Z]{1,6}(?:-[A-Z]{1,6})*(?:\\s\\d+)?®?|(?:[A-Z][a-z]?\\.){1,3}[A-Z]?[a-z]?\\.?|Ph\\.?D\\.?|[A-Z]{2,6}\\s*\\([^)]*\\))");
  private static final Pattern HONORIFIC = Pattern.compile("(?i)^(?:dr|prof|mr|mrs|ms|mx)\\.?\\s+");
  /** Words of byline parts that name no person: teams, desks, roles, job titles and organisations. */
  private static final Set<String> NOT_PERSON = Set.of("team", "staff", "editor", "editors", "editorial", "desk", "newsroom",
      "contributor", "contributors", "admin", "administrator", "agency", "media", "inc", "llc", "ltd", "group", "company",
      "blog", "news", "magazine", "expert", "writer", "reporter", "correspondent", "sponsored", "department", "center",
      "centre", "university", "institute", "foundation", "association", "services", "hospital", "clinic", "director",
      "manager", "founder", "cofounder", "ceo", "cto", "officer", "president", "head", "chief", "senior", "sr", "lead",
      "dietitian", "nutritionist", "consultant", "specialist", "analyst", "engineer", "attorney", "lawyer", "professor",
      "representative", "committee", "years", "industry", "owner", "partner", "coach", "trainer", "therapist");
  private static final Set<String> HONORIFIC_WORDS = Set.of("by", "dr", "prof", "mr", "mrs", "ms", "mx");

  private MetadataMatch() {}

  static boolean sameTitle(String truth, String ours) {
    return !TextMetrics.normalized(truth).isEmpty() && TextMetrics.normalized(truth).equals(TextMetrics.normalized(ours));
  }

  static boolean closeTitle(String truth, String ours) {
    return sameTitle(truth, ours) || ours != null && TextMetrics.words(truth, ours)[2] >= 0.8;
  }

  /** The person names in a truth author string, each as its set of words. */
  static Set<Set<String>> truthNames(String truth) {
    Set<Set<String>> want = new HashSet<>();
    String t = truth.replaceAll("\\([^)]*\\)", " ");
    for (String part : PARTS.split(t)) {
      // A part with a role or organisation word goes whole: "Home and Digital Security Expert".
      if (!isPerson(part)) {
        continue;
      }
      for (String person : JOINED.split(part)) {
        String p = HONORIFIC.matcher(person.strip()).replaceFirst("").strip();
        if (!p.isEmpty() && !CREDENTIAL.matcher(p).matches()) {
          want.add(nameWords(p));
        }
      }
    }
    want.remove(Set.of());
    return want;
  }

  static boolean sameAuthors(String truth, List<String> ours) {
    Set<Set<String>> want = truthNames(truth);
    Set<Set<String>> got = new HashSet<>();
    for (String o : ours) {
      got.add(nameWords(o));
    }
    got.remove(Set.of());
    return want.equals(got);
  }

  private static boolean isPerson(String part) {
    for (String w : TextMetrics.tokens(part.toLowerCase(Locale.ROOT))) {
      if (NOT_PERSON.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> nameWords(String s) {
    Set<String> out = new HashSet<>();
    for (String w : TextMetrics.tokens(s.toLowerCase(Locale.ROOT))) {
      if (w.length() > 1 && !HONORIFIC_WORDS.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** True when the truth's day is the local day of our publication or update time. */
  static boolean statesDate(OffsetDateTime published, OffsetDateTime updated, String truth) {
    return sameDay(published, truth) || sameDay(updated, truth);
  }

  static boolean sameDay(OffsetDateTime t, String truth) {
    if (t == null || truth == null || truth.length() < 10) {
      return false;
    }
    LocalDate day = t.toLocalDate();
    return truth.startsWith(day.toString());
  }
}
