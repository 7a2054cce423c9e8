package dev.worlddaily.eval.extraction;

/** A system under evaluation: HTML and URL in, fields out (null when a system has no such field). */
interface Extractor {
  String name();

  Result extract(String url, byte[] html);

  /** What a system extracted from one page. */
  record Result(String text, String title, java.util.List<String> authors, java.time.Instant published, java.time.Instant updated) {
    static Result body(String text) {
      return new Result(text, null, java.util.List.of(), null, null);
    }
  }
}
