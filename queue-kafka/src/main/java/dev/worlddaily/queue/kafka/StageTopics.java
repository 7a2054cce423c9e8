package dev.worlddaily.queue.kafka;

/**
 * The topics between pipeline stages when they run as separate workers (docs/SCALE.md). Each
 * names what its records are and how they are keyed, which decides what stays in order.
 */
public final class StageTopics {
  /**
   * Extracted articles ({@code Article}) from the crawlers, keyed by article id: any enrichment
   * worker may take any of them, so the topic has as many partitions as enrichment workers.
   */
  public static final String EXTRACTED = "wdn.articles.extracted";

  /**
   * Enriched articles ({@code AnnotatedArticle}, vectors included), keyed by article id, one
   * partition: clustering compares each article with every open story, so one clustering worker
   * takes them in one order (a standby in the same group takes over if it fails).
   */
  public static final String ENRICHED = "wdn.articles.enriched";

  /**
   * Stories whose articles changed ({@link StoryChange}), keyed by story id: the changes of one
   * story land in one partition, in order, and one synthesis worker writes each story.
   */
  public static final String STORIES_CHANGED = "wdn.stories.changed";

  private StageTopics() {}
}
