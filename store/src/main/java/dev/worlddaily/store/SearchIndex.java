package dev.worlddaily.store;

import dev.worlddaily.model.story.Story;
import dev.worlddaily.model.Progress;
import java.util.List;

/**
 * Full-text (BM25) search over stories and nearest-neighbour search over article vectors. The
 * index is derived data: it can always be rebuilt from the {@link Store}.
 */
public interface SearchIndex extends AutoCloseable {

  /** Adds or replaces a story. */
  void indexStory(Story story, boolean published);

  /**
   * Adds or replaces an article: its vector (may be null when embeddings are off) and story id,
   * for nearest-neighbour search and consistency checks.
   */
  void indexArticle(String articleId, String storyId, long epochSecond, float[] vector);

  /** Removes a story (after it was merged into another). */
  void removeStory(String storyId);

  /** Stories matching a query, best first. */
  SearchResult search(SearchQuery query);

  /** The {@code k} article vectors nearest to {@code vector} with time at or after {@code sinceEpochSecond}. */
  List<VectorHit> nearestArticles(float[] vector, int k, long sinceEpochSecond);

  /** Makes everything indexed so far durable and visible to searches. */
  void commit();

  /** Drops the index and rebuilds it from the store. */
  void rebuild(Store store, Progress progress);

  /** Number of stories in the index. */
  long storyCount();

  /** Number of articles in the index. */
  long articleCount();

  /**
   * True when the index does not match the store (it was just created, found corrupt, or a crash
   * lost its last uncommitted additions), so it should be rebuilt.
   */
  boolean isBehind(Store store);

  @Override
  void close();
}
