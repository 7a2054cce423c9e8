package dev.worlddaily.store;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.Feed;
import dev.worlddaily.model.FeedHealth;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.story.Story;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The system of record: outlets, feeds and their health, articles with revisions and
 * annotations, story membership, and stories with their versions. Implementations are
 * thread-safe and durable: a write that returned survives a killed process.
 */
public interface Store extends AutoCloseable {

  // ---- outlets and feeds

  /** Inserts or replaces an outlet by domain. */
  void saveOutlet(Outlet outlet);

  Optional<Outlet> outlet(String domain);

  List<Outlet> outlets();

  /** Inserts or replaces a feed by id. */
  void saveFeed(Feed feed);

  /** Removes a feed and its health; returns false when it did not exist. */
  boolean removeFeed(String feedId);

  Optional<Feed> feed(String feedId);

  List<Feed> feeds();

  Optional<FeedHealth> feedHealth(String feedId);

  void saveFeedHealth(FeedHealth health);

  // ---- crawl memory

  /** What the crawler remembers of a fetched item URL, if anything. */
  Optional<CrawledUrl> crawledUrl(String url);

  /** Remembers fetched item URLs (upsert; a known URL keeps its first fetch time). */
  void saveCrawled(List<CrawledUrl> urls);

  /** Forgets URLs last fetched before {@code before}; returns how many. */
  int forgetCrawledBefore(Instant before);

  // ---- articles

  /**
   * Stores an article with its annotations. A new id is INSERTED; a known id whose content hash
   * changed becomes a new revision (REVISED); a known id with the same hash is UNCHANGED.
   */
  ArticleWrite saveArticle(AnnotatedArticle article);

  Optional<Article> article(String id);

  /**
   * Records that a stored article is a copy of another (a reprint stored before the original it
   * reprints arrived); its text and revision stay as they are. Returns false when it is not stored.
   */
  boolean markCopy(String articleId, String originalId);

  Optional<AnnotatedArticle> annotatedArticle(String id);

  /** The id of a stored article with this content hash, if any. */
  Optional<String> articleIdByContentHash(String contentHash);

  /** Revisions of an article, oldest first. */
  List<ArticleRevision> revisions(String articleId);

  /**
   * An article as one of its revisions stored it (what a story version written then cited), or
   * empty when there is no such revision.
   */
  Optional<Article> articleAtRevision(String articleId, int revision);

  /** Articles whose time ({@link Article#time()}) is at or after {@code since}, oldest first. */
  List<AnnotatedArticle> annotatedArticlesSince(Instant since);

  /**
   * The articles of {@link #annotatedArticlesSince}, in the same order, each with its story id
   * (null when it has none), read a page at a time: for replaying days of articles (a restart's
   * restore) in the memory of one page. A stored article with its annotations and vectors takes
   * about 20 KiB of heap, so a week of a busy crawl does not fit in a list.
   */
  void forEachArticleSince(Instant since, BiConsumer<AnnotatedArticle, String> each);

  /** Every stored article's id with its story id (null when it has none), a page at a time, in no stated order. */
  void forEachArticleStory(BiConsumer<String, String> each);

  /** A story's articles with annotations, in the order they were assigned. */
  List<AnnotatedArticle> annotatedArticlesOf(String storyId);

  /**
   * The title-and-lead embeddings of a story's first {@code limit} articles in the order they
   * were assigned, of those that have one: what comparing two stories' subjects needs,
   * without reading their articles.
   */
  List<float[]> embeddingsOf(String storyId, int limit);

  /** The newest articles of an outlet, newest first. */
  List<Article> articlesOf(String outletDomain, int limit);

  long articleCount();

  /** The time of the newest stored article, if any. */
  Optional<Instant> newestArticleTime();

  // ---- story membership

  /** Records that an article belongs to a story (replacing an earlier assignment). */
  void assign(String articleId, String storyId);

  Optional<String> storyIdOf(String articleId);

  /** Ids of a story's articles in the order they were assigned. */
  List<String> articleIdsOf(String storyId);

  // ---- stories

  /**
   * Stores a story version: the story row is replaced, the version is appended to its history,
   * and its citations are recorded. {@code published} says whether it passes the publishing gate.
   * A story's version only moves forward: when the store holds a newer version (another writer
   * saved it first, as two synthesis workers can during a rebalance), nothing is written and the
   * call returns false. The same version may be saved again (a change of related links).
   */
  boolean saveStory(Story story, boolean published);

  /**
   * Stores several story versions as {@link #saveStory} does, in the given order and in one
   * transaction: all are saved or, when one fails, none. The default saves them one by one
   * (without that promise); implementations with transactions override it. Returns the ids of
   * the stories not written because the store holds a newer version (see {@link #saveStory}).
   */
  default List<String> saveStories(List<StorySave> stories) {
    List<String> stale = new java.util.ArrayList<>();
    for (StorySave s : stories) {
      if (!saveStory(s.story(), s.published())) {
        stale.add(s.story().id());
      }
    }
    return stale;
  }

  /** The current version of a story; an id merged into another resolves to the survivor. */
  Optional<Story> story(String id);

  Optional<Story> storyVersion(String id, int version);

  boolean isPublished(String storyId);

  /**
   * The stamp of a story by id or slug (as {@link #story} resolves them), read without the
   * story's document; the default reads the story.
   */
  default Optional<StoryStamp> storyStamp(String idOrSlug) {
    return story(idOrSlug).map(s -> new StoryStamp(s.id(), s.version(), s.updated() == null ? 0 : s.updated().getEpochSecond(), isPublished(s.id())));
  }

  /** Stories matching a query, most recently updated first. */
  List<Story> stories(StoryQuery query);

  long storyCount(boolean includeUnpublished);

  /**
   * Source articles of published stories per UTC day since {@code since} (by article time),
   * grouped by story tag. The default reads the stories; implementations answer with one
   * aggregate query.
   */
  default List<DailyCount> dailyTagMentions(Instant since) {
    return DailyCounts.fromStories(this, since, true);
  }

  /** As {@link #dailyTagMentions}, grouped by the story's category label. */
  default List<DailyCount> dailyCategoryMentions(Instant since) {
    return DailyCounts.fromStories(this, since, false);
  }

  /** Records that story {@code fromId} was merged into {@code intoId}. */
  void recordMerge(String fromId, String intoId, Instant at);

  /** The id a merged story now lives under, if it was merged. */
  Optional<String> mergedInto(String storyId);

  /**
   * Records that articles of story {@code fromId} left it for the new story {@code newId} (they
   * were about another event): they are assigned to {@code newId} in the given order.
   */
  void recordSplit(String fromId, String newId, List<String> articleIds, Instant at);

  /** The story a story was split from, if it was. */
  Optional<String> splitFrom(String storyId);

  /**
   * Runs work whose writes this store may send as one transaction (SQLite does: one commit for a
   * batch's articles instead of two an article). It groups for speed, not atomicity: each write
   * inside still succeeds or fails whole, a failed one leaves the others, and what the work wrote
   * before it threw is kept. Reads inside see the work's writes. The default just runs it.
   */
  default <T> T writeTogether(java.util.function.Supplier<T> work) {
    return work.get();
  }

  @Override
  void close();
}
