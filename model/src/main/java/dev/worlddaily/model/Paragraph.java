package dev.worlddaily.model;

/**
 * A block of an article's extracted text, as offsets into {@link Article#text()}.
 *
 * @param start inclusive character offset
 * @param end exclusive character offset
 * @param kind its role
 */
public record Paragraph(int start, int end, ParagraphKind kind) {
  public Paragraph {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("paragraph span must satisfy 0 <= start <= end: " + start + ".." + end);
    }
    kind = kind == null ? ParagraphKind.TEXT : kind;
  }

  public String textOf(String articleText) {
    return articleText.substring(start, end);
  }
}
