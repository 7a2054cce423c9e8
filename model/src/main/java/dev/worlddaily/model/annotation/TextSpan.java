package dev.worlddaily.model.annotation;

/** A span of article text (a sentence), {@code start} inclusive, {@code end} exclusive. */
public record TextSpan(int start, int end) {
  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span must satisfy 0 <= start <= end: " + start + ".." + end);
    }
  }

  public String of(String text) {
    return text.substring(start, end);
  }

  public boolean contains(int offset) {
    return start <= offset && offset < end;
  }
}
