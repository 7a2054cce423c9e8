package dev.worlddaily.enrich;

import dev.worlddaily.model.annotation.DateMention;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates stated in text, resolved against the publication date: "12 March 2026",
 * "March 12", "on Tuesday" (the Tuesday on or before publication), "yesterday". Without a
 * publication date only fully written dates resolve. The publication date is the local one of
 * the article (see {@link PublicationDay}): "on Friday" in a report published on Friday morning
 * in Sydney is that day, although it is still Thursday in UTC.
 */
public final class DateExtractor {
  private static final String MONTH = "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final Pattern MONTH_FIRST = Pattern.compile("\\b" + MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<year>\\d{4}))?\\b");
  private static final Pattern DAY_FIRST = Pattern.compile("\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(?<year>\\d{4}))?\\b");
  private static final Pattern ISO = Pattern.compile("\\b(?<year>\\d{4})-(?<m>\\d{2})-(?<day>\\d{2})\\b");
  private static final Pattern WEEKDAY = Pattern.compile("\\b(?:(?<mod>last|next|this|on)\\s+)?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
  /** Words that put a weekday after the publication day: "will resume on Monday", "until Friday". */
  private static final Pattern FUTURE = Pattern.compile(
      "(?i)\\b(?:will|would|shall|is due|are due|is expected|are expected|is scheduled|are scheduled|plans? to|set to|upcoming)\\b");
  /** Prepositions right before a weekday that point forward: "until Friday", "by Monday". */
  private static final Pattern FORWARD = Pattern.compile("(?i)\\b(?:until|through|till|by|from|starting|before)\\s+(?:on\\s+)?$");
  /** A past participle or past form ("agreed by the forum on Wednesday", "said", "met"). */
  private static final Pattern PAST_WORD = Pattern.compile(
      "(?i)\\b(?:\\p{L}{2,}ed|said|told|met|won|lost|held|began|made|took|gave|came|went|left|fell|rose|struck|broke|sent|saw|found|"
          + "signed|paid|sold|bought|spoke|wrote|drew|led|ran|hit|cut|shut|set up|put|kept|brought|fought|caught|taught|thought|became)\\b");
  /** An auxiliary before a participle that keeps it in the future: "will be held on Monday". */
  private static final Pattern PASSIVE_BEFORE = Pattern.compile("(?i)\\b(?:be|been|being|get|gets|got|have|has)\\s+$");
  private static final java.util.Set<String> NOT_PAST = java.util.Set.of(
      "need", "needed", "proceed", "exceed", "succeed", "feed", "speed", "indeed", "breed", "bleed", "seed", "shed", "red", "bed",
      "wed", "hundred", "kindred", "scheduled", "planned", "expected", "due", "intended", "supposed");
  private static final Pattern RELATIVE = Pattern.compile("\\b(?<rel>yesterday|today|tomorrow)\\b", Pattern.CASE_INSENSITIVE);
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));

  /** Dates of a text in order; {@code published} may be null. */
  public List<DateMention> extract(String text, LocalDate published) {
    List<DateMention> out = new ArrayList<>();
    List<int[]> taken = new ArrayList<>();
    for (Pattern p : List.of(MONTH_FIRST, DAY_FIRST)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        if (overlaps(taken, m.start(), m.end())) {
          continue;
        }
        // "May" alone is usually the verb; require a day and a capital M.
        LocalDate d = date(m.group("year"), MONTHS.get(m.group("month").substring(0, 3).toLowerCase(Locale.ROOT)), m.group("day"), published);
        if (d != null) {
          add(out, taken, m.start(), m.end(), text, d);
        }
      }
    }
    Matcher iso = ISO.matcher(text);
    while (iso.find()) {
      if (!overlaps(taken, iso.start(), iso.end())) {
        LocalDate d = date(iso.group("year"), Integer.parseInt(iso.group("m")), iso.group("day"), published);
        if (d != null) {
          add(out, taken, iso.start(), iso.end(), text, d);
        }
      }
    }
    if (published != null) {
      Matcher w = WEEKDAY.matcher(text);
      while (w.find()) {
        if (overlaps(taken, w.start(), w.end()) || followedByDate(text, w.end())) {
          continue;
        }
        DayOfWeek day = DayOfWeek.valueOf(w.group("wd").toUpperCase(Locale.ROOT));
        String mod = w.group("mod") == null ? "" : w.group("mod");
        String clause = clauseBefore(text, w.start());
        boolean future = mod.equals("next") || !mod.equals("last") && (futureCue(clause) || FORWARD.matcher(clause).find());
        LocalDate d = future ? published.with(TemporalAdjusters.nextOrSame(day))
            : mod.equals("last") ? published.with(TemporalAdjusters.previous(day))
            : published.with(TemporalAdjusters.previousOrSame(day));
        int start = mod.equals("on") ? w.start("wd") : w.start();
        add(out, taken, start, w.end(), text, d);
      }
      Matcher r = RELATIVE.matcher(text);
      while (r.find()) {
        if (!overlaps(taken, r.start(), r.end())) {
          String rel = r.group("rel").toLowerCase(Locale.ROOT);
          LocalDate d = rel.equals("yesterday") ? published.minusDays(1) : rel.equals("tomorrow") ? published.plusDays(1) : published;
          add(out, taken, r.start(), r.end(), text, d);
        }
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /**
   * Whether a clause puts a weekday after publication: a future cue ("will", "is due to") with no
   * past verb between it and the weekday. "Island states will get first call on a fund agreed by
   * the forum on Wednesday": the fund was agreed on Wednesday, before "will" was written.
   */
  private static boolean futureCue(String clause) {
    Matcher f = FUTURE.matcher(clause);
    int last = -1;
    while (f.find()) {
      last = f.end();
    }
    if (last < 0) {
      return false;
    }
    Matcher past = PAST_WORD.matcher(clause).region(last, clause.length());
    past.useTransparentBounds(true);
    while (past.find()) {
      String word = past.group().toLowerCase(Locale.ROOT);
      Matcher aux = PASSIVE_BEFORE.matcher(clause).region(Math.max(0, past.start() - 8), past.start());
      aux.useTransparentBounds(true);
      if (!NOT_PAST.contains(word) && !aux.find()) {
        return false;
      }
    }
    return true;
  }

  /** The text from the start of the sentence (or 200 characters back) to {@code offset}. */
  private static String clauseBefore(String text, int offset) {
    int from = Math.max(0, offset - 200);
    String before = text.substring(from, offset);
    int stop = Math.max(before.lastIndexOf(". "), before.lastIndexOf('\n'));
    return stop >= 0 ? before.substring(stop + 1) : before;
  }

  private static boolean followedByDate(String text, int end) {
    String rest = text.substring(end, Math.min(text.length(), end + 20));
    return rest.matches("^,?\\s+(?:\\d{1,2}\\s+\\p{L}+|\\p{Lu}\\p{L}+\\s+\\d{1,2}).*");
  }

  private static void add(List<DateMention> out, List<int[]> taken, int start, int end, String text, LocalDate d) {
    taken.add(new int[] {start, end});
    out.add(new DateMention(start, end, text.substring(start, end), d));
  }

  private static boolean overlaps(List<int[]> spans, int start, int end) {
    for (int[] s : spans) {
      if (start < s[1] && end > s[0]) {
        return true;
      }
    }
    return false;
  }

  private static LocalDate date(String year, Integer month, String day, LocalDate published) {
    if (month == null) {
      return null;
    }
    int d = Integer.parseInt(day);
    try {
      if (year != null) {
        int y = Integer.parseInt(year);
        return y < 1800 || y > 2200 ? null : LocalDate.of(y, month, d);
      }
      if (published == null) {
        return null;
      }
      LocalDate candidate = LocalDate.of(published.getYear(), month, d);
      // "12 December" written in January means last December.
      return candidate.isAfter(published.plusMonths(2)) ? candidate.minusYears(1) : candidate;
    } catch (DateTimeException e) {
      return null;
    }
  }
}
