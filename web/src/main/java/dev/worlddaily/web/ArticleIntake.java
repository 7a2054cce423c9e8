package dev.worlddaily.web;

/**
 * Accepts articles pushed to {@code POST /api/v1/articles} by pipelines that already have the
 * text; implemented by the application, which validates, stores and clusters them.
 */
@FunctionalInterface
public interface ArticleIntake {
  /** Takes one JSON object; never throws on bad input. */
  IntakeResult accept(String json);

  /** What became of a pushed article: {@code accepted} false carries a one-line reason. */
  record IntakeResult(boolean accepted, boolean created, String articleId, String storyId, String message) {
    public static IntakeResult rejected(String reason) {
      return new IntakeResult(false, false, null, null, reason);
    }
  }
}
