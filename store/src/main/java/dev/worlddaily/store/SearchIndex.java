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

  /** Adds or replaces an article's vector (and its story id for filtering). */
  void indexArticleVector(String articleId, String storyId, long epochSecond, float[] vector);

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

  @Override
  void close();
}
