package dev.worlddaily.web;

import dev.worlddaily.model.Category;
import dev.worlddaily.store.SearchQuery;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a search asks for: words (BM25) and filters by category, date range (inclusive days,
 * UTC, on the story's last update), outlet domain and entity. Values that do not parse are
 * dropped and named in {@link #problems}, so a page can say so and the API can refuse.
 */
public record SearchFilters(String text, Category category, LocalDate from, LocalDate to, String outlet, String entity, List<String> problems) {
  static final int MAX_TEXT = 500;

  public SearchFilters {
    text = text == null ? "" : text.strip();
    if (text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT);
    }
    problems = List.copyOf(problems == null ? List.of() : problems);
  }

  static SearchFilters of(Context ctx) {
    List<String> problems = new ArrayList<>();
    Category category = null;
    String c = blank(ctx.queryParam("category"));
    if (c != null) {
      try {
        category = Category.parse(c);
      } catch (IllegalArgumentException e) {
        problems.add("unknown category: " + c);
      }
    }
    LocalDate from = date(ctx, "from", problems);
    LocalDate to = date(ctx, "to", problems);
    if (from != null && to != null && to.isBefore(from)) {
      problems.add("the date range ends before it starts: " + from + " to " + to);
      to = null;
    }
    return new SearchFilters(ctx.queryParam("q"), category, from, to, blank(ctx.queryParam("outlet")), blank(ctx.queryParam("entity")), problems);
  }

  private static LocalDate date(Context ctx, String name, List<String> problems) {
    String v = blank(ctx.queryParam(name));
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      problems.add(name + " must be a date like 2026-11-30: " + v);
      return null;
    }
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** True when there is anything to search for. */
  public boolean any() {
    return !text.isEmpty() || category != null || from != null || to != null || outlet != null || entity != null;
  }

  SearchQuery query(int offset, int limit) {
    return new SearchQuery(text, category, from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), outlet, entity, false, offset, limit);
  }

  /** The query string of these filters (without page), for pagination links. */
  public String queryString() {
    StringBuilder sb = new StringBuilder();
    add(sb, "q", text.isEmpty() ? null : text);
    add(sb, "category", category == null ? null : category.slug());
    add(sb, "from", from == null ? null : from.toString());
    add(sb, "to", to == null ? null : to.toString());
    add(sb, "outlet", outlet);
    add(sb, "entity", entity);
    return sb.toString();
  }

  private static void add(StringBuilder sb, String name, String value) {
    if (value != null) {
      sb.append(sb.isEmpty() ? "" : "&").append(name).append('=').append(Format.encode(value));
    }
  }

  /** A short description of the filters, e.g. "“quake” in World, 20 Nov 2026 to 30 Nov 2026". */
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (!text.isEmpty()) {
      parts.add("“" + text + "”");
    }
    if (entity != null) {
      parts.add("naming " + entity);
    }
    if (category != null) {
      parts.add("in " + category.label());
    }
    if (outlet != null) {
      parts.add("from " + outlet);
    }
    if (from != null || to != null) {
      parts.add((from == null ? "until " : from + (to == null ? " onwards" : " to ")) + (to == null ? "" : to.toString()));
    }
    return String.join(", ", parts);
  }
}
