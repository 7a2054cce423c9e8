package dev.worlddaily.store;

/** What {@link Store#saveArticle} did. */
public record ArticleWrite(Kind kind, String articleId, int revision) {
  /** The effect of the write. */
  public enum Kind {
    INSERTED,
    REVISED,
    UNCHANGED
  }

  public boolean changed() {
    return kind != Kind.UNCHANGED;
  }
}
