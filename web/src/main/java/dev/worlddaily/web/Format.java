package dev.worlddaily.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formatting shared by the templates: times, counts and safe URLs. */
public final class Format {
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

  private Format() {}

  public static String dateTime(Instant t) {
    return t == null ? "" : DATE_TIME.format(t);
  }

  public static String date(Instant t) {
    return t == null ? "" : DATE.format(t);
  }

  public static String day(java.time.LocalDate d) {
    return d == null ? "" : DAY.format(d);
  }

  /** "24 Nov". */
  public static String shortDay(java.time.LocalDate d) {
    return d == null ? "" : SHORT_DAY.format(d);
  }

  /** A value for a URL path segment or query parameter (spaces as %20). */
  public static String encode(String s) {
    return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The page of a named entity. */
  public static String entityHref(String name) {
    return "/entities/" + encode(name);
  }

  /** The page of an outlet, by its domain. */
  public static String outletHref(String domain) {
    return "/outlets/" + encode(domain);
  }

  public static String iso(Instant t) {
    return t == null ? "" : t.toString();
  }

  /** "5 min ago", "3 h ago", "2 days ago", relative to {@code now}. */
  public static String ago(Instant t, Instant now) {
    if (t == null) {
      return "";
    }
    Duration d = Duration.between(t, now);
    if (d.isNegative() || d.toMinutes() < 1) {
      return "just now";
    }
    if (d.toHours() < 1) {
      return d.toMinutes() + " min ago";
    }
    if (d.toDays() < 1) {
      return d.toHours() + " h ago";
    }
    if (d.toDays() < 14) {
      return d.toDays() + (d.toDays() == 1 ? " day ago" : " days ago");
    }
    return date(t);
  }

  public static String plural(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** The URL if it is http(s), else null: nothing else may reach an href or src. */
  public static String safeUrl(String url) {
    if (url == null) {
      return null;
    }
    try {
      URI u = URI.create(url.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null ? u.toString() : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A country code as its English name. */
  public static String country(String iso) {
    if (iso == null || iso.isBlank()) {
      return "";
    }
    String name = Locale.of("", iso).getDisplayCountry(Locale.ENGLISH);
    return name.isBlank() ? iso : name;
  }

  public static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) v);
    }
    return String.format(Locale.ROOT, "%,.2f", v);
  }
}
