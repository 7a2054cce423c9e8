package dev.worlddaily.eval.extraction;

import java.time.OffsetDateTime;
import java.util.List;

/** A system under evaluation: HTML and URL in, fields out (null when a system has no such field). */
interface Extractor {
  String name();

  Result extract(String url, byte[] html);

  /**
   * What a system extracted from one page.
   *
   * @param published publication time in the page's own offset, or null
   * @param updated update time in the page's own offset, or null
   */
  record Result(String text, String title, List<String> authors, OffsetDateTime published, OffsetDateTime updated) {
    static Result body(String text) {
      return new Result(text, null, List.of(), null, null);
    }
  }
}
