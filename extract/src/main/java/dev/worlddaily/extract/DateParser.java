package dev.worlddaily.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date formats found in page metadata and text: ISO-8601 with or without offset,
 * RFC 1123, and written dates in English ("November 17, 2026", "17 Nov 2026"). Offsets are
 * honoured; a date without a time is taken at noon UTC, so that its calendar day survives any
 * reader's time zone.
 */
public final class DateParser {
  private static final List<DateTimeFormatter> ZONED = List.of(
      DateTimeFormatter.ISO_OFFSET_DATE_TIME,
      DateTimeFormatter.ISO_ZONED_DATE_TIME,
      DateTimeFormatter.RFC_1123_DATE_TIME,
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ", Locale.ROOT),
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT),
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssXXX", Locale.ROOT),
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z", Locale.ROOT));
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
  private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO_DAY = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  /** Day.month.year, the European numeric form ("23.07.2025"); unambiguous thanks to the dots. */
  private static final Pattern DOTTED_DAY = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(20\\d{2}|19\\d{2})\\b");
  private static final Pattern EPOCH_SECONDS = Pattern.compile("\\d{9,11}");
  private static final Pattern URL_DAY = Pattern.compile("/(20\\d{2}|19\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)");

  private DateParser() {}

  /** Parses one metadata value; null when it is not a date. */
  public static Instant parse(String raw) {
    OffsetDateTime t = parseWithOffset(raw);
    return t == null ? null : t.toInstant();
  }

  /**
   * Parses one metadata value keeping the offset it was written with, so that its local day is
   * known; a value without an offset is taken as UTC, a date without a time at noon UTC. Null
   * when it is not a date.
   */
  public static OffsetDateTime parseWithOffset(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.strip();
    if (s.isEmpty() || s.length() > 64 || !hasDigit(s)) {
      return null;
    }
    // The formatters are tried only on strings shaped like them: a failed parse throws, which
    // costs more than the rest of the page's date search.
    boolean isoShaped = s.length() >= 10 && Character.isDigit(s.charAt(0)) && s.charAt(4) == '-' && s.charAt(7) == '-';
    boolean rfcShaped = Character.isLetter(s.charAt(0)) && s.length() >= 25 && s.charAt(3) == ',';
    if (isoShaped && s.length() > 10 || rfcShaped) {
      for (DateTimeFormatter f : ZONED) {
        try {
          return ZonedDateTime.parse(s, f).toOffsetDateTime();
        } catch (DateTimeParseException e) {
          // try the next format
        }
      }
    }
    if (isoShaped && s.length() > 10) {
      try {
        return OffsetDateTime.parse(s.replace(' ', 'T'));
      } catch (DateTimeParseException e) {
        // not an offset date-time
      }
      try {
        return LocalDateTime.parse(s.replace(' ', 'T')).atOffset(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        // not a local date-time
      }
    }
    if (isoShaped && s.length() == 10) {
      return atNoon(date(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5, 7)), Integer.parseInt(s.substring(8, 10))));
    }
    if (EPOCH_SECONDS.matcher(s).matches()) {
      return Instant.ofEpochSecond(Long.parseLong(s)).atOffset(ZoneOffset.UTC);
    }
    return atNoon(findInText(s));
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  /** The first written date in free text ("November 17, 2026"), or null. */
  public static LocalDate findInText(String text) {
    if (!hasDigit(text)) {
      return null;
    }
    Matcher m = MONTH_DAY_YEAR.matcher(text);
    if (m.find()) {
      return date(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
    }
    m = DAY_MONTH_YEAR.matcher(text);
    if (m.find()) {
      return date(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
    }
    m = ISO_DAY.matcher(text);
    if (m.find()) {
      return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
    m = DOTTED_DAY.matcher(text);
    if (m.find()) {
      return date(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
    }
    return null;
  }

  /** A date in a URL path such as /2026/11/17/, or null. */
  public static LocalDate fromUrl(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = URL_DAY.matcher(url);
    return m.find() ? date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))) : null;
  }

  static Instant noon(LocalDate d) {
    return d == null ? null : d.atTime(12, 0).toInstant(ZoneOffset.UTC);
  }

  /** A calendar date as a time: noon UTC, whose day is the same in every time zone within 12 hours. */
  static OffsetDateTime atNoon(LocalDate d) {
    return d == null ? null : d.atTime(12, 0).atOffset(ZoneOffset.UTC);
  }

  private static int month(String name) {
    return MONTHS.getOrDefault(name.substring(0, 3).toLowerCase(Locale.ROOT), 0);
  }

  private static LocalDate date(int y, int m, int d) {
    if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) {
      return null;
    }
    try {
      return LocalDate.of(y, m, d);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
