package dev.worlddaily.store;

import dev.worlddaily.model.story.Story;
import dev.worlddaily.model.Progress;
import java.util.Collection;
import java.util.List;

/**
 * Full-text (BM25) search over stories. Searches see what was indexed up to the last {@link
 * #refresh()} or {@link #commit()}. The index is derived data: it can always be rebuilt from the
 * {@link Store}.
 */
public interface SearchIndex extends AutoCloseable {

  /** Adds or replaces a story. */
  void indexStory(Story story, boolean published);

  /** Adds or replaces an article and the story it belongs to (for the consistency check). */
  void indexArticle(String articleId, String storyId);

  /** Removes a story (after it was merged into another). */
  void removeStory(String storyId);

  /** Stories matching a query, best first. */
  SearchResult search(SearchQuery query);

  /**
   * Ids of at most {@code limit} stories whose entities or tags include at least {@code minShared}
   * of {@code names} (compared lower-cased), those sharing the rarer names first: the candidates
   * for related stories, found without a full-text search.
   */
  List<String> storiesNaming(Collection<String> names, int minShared, int limit);

  /** Makes everything indexed so far visible to searches (not durable: see {@link #commit()}). */
  void refresh();

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
