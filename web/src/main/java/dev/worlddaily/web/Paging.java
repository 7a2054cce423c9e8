package dev.worlddaily.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

/** Reads pagination from a request: {@code page} (1-based) on pages, {@code offset}/{@code limit} in the API. */
final class Paging {
  static final int MAX_LIMIT = 200;
  /** Deep pages cost a search of everything before them; nobody reads page 500 of a news site. */
  static final int MAX_OFFSET = 10_000;

  private Paging() {}

  /** The offset of the {@code page} parameter, for pages of {@code size}; bad values are page 1. */
  static int pageOffset(Context ctx, int size) {
    String v = ctx.queryParam("page");
    if (v == null) {
      return 0;
    }
    try {
      int page = Integer.parseInt(v.strip());
      return page < 1 ? 0 : (int) Math.min(MAX_OFFSET, (long) (page - 1) * size);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  static int offset(Context ctx) {
    return bounded(ctx, "offset", 0, 0, MAX_OFFSET);
  }

  static int limit(Context ctx, int fallback) {
    return bounded(ctx, "limit", fallback, 1, MAX_LIMIT);
  }

  /** An integer parameter within {@code min..max}; otherwise 400 with a one-line reason. */
  static int bounded(Context ctx, String name, int fallback, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) {
        throw new BadRequestResponse(name + " must be in " + min + ".." + max + ": " + v);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new BadRequestResponse(name + " must be a number: " + v);
    }
  }
}
