package dev.worlddaily.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.Feed;
import dev.worlddaily.model.FeedHealth;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.story.Story;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * {@link Store} over JDBC with portable SQL ({@code INSERT ... ON CONFLICT} works in SQLite and
 * PostgreSQL alike); the {@link Database} decides connections and transactions.
 */
public final class JdbcStore implements Store {
  /** Articles with annotations read at once when replaying them (~20 KiB of heap each). */
  private static final int PAGE = 500;
  /** Article ids with story ids read at once. */
  private static final int STORY_PAGE = 1_000;
  private final Database db;
  private final Clock clock;
  private final SourceTables sources;
  private final ArticleTables articles;
  private final StoryTables stories;

  public JdbcStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
    ObjectMapper json = JsonCodec.newMapper();
    this.sources = new SourceTables(json);
    this.articles = new ArticleTables(json, JsonCodec.newAnnotationMapper());
    this.stories = new StoryTables(json);
  }

  /** Opens the SQLite store of a data directory. */
  public static JdbcStore openSqlite(DataDirectory dir, Clock clock) {
    return new JdbcStore(SqliteDatabase.open(dir.database(), 4), clock);
  }

  @Override
  public void saveOutlet(Outlet outlet) {
    db.write(c -> { sources.saveOutlet(c, outlet); return null; });
  }

  @Override
  public Optional<Outlet> outlet(String domain) {
    return db.read(c -> sources.outlet(c, domain));
  }

  @Override
  public List<Outlet> outlets() {
    return db.read(sources::outlets);
  }

  @Override
  public void saveFeed(Feed feed) {
    db.write(c -> { sources.saveFeed(c, feed); return null; });
  }

  @Override
  public boolean removeFeed(String feedId) {
    return db.write(c -> sources.removeFeed(c, feedId));
  }

  @Override
  public Optional<Feed> feed(String feedId) {
    return db.read(c -> sources.feed(c, feedId));
  }

  @Override
  public List<Feed> feeds() {
    return db.read(sources::feeds);
  }

  @Override
  public Optional<FeedHealth> feedHealth(String feedId) {
    return db.read(c -> sources.health(c, feedId));
  }

  @Override
  public void saveFeedHealth(FeedHealth health) {
    db.write(c -> { sources.saveHealth(c, health); return null; });
  }

  @Override
  public Optional<CrawledUrl> crawledUrl(String url) {
    return db.read(c -> sources.crawled(c, url));
  }

  @Override
  public void saveCrawled(List<CrawledUrl> urls) {
    if (!urls.isEmpty()) {
      db.write(c -> { sources.saveCrawled(c, urls); return null; });
    }
  }

  @Override
  public int forgetCrawledBefore(Instant before) {
    return db.write(c -> sources.forgetCrawledBefore(c, before));
  }

  @Override
  public <T> T writeTogether(java.util.function.Supplier<T> work) {
    return db.together(work);
  }

  @Override
  public ArticleWrite saveArticle(AnnotatedArticle article) {
    return db.write(
        c -> {
          sources.saveOutlet(c, mergeOutlet(c, article.article().outlet()));
          return articles.save(c, article, clock.instant());
        });
  }

  /** Keeps what is known of an outlet when an article names it with less detail. */
  private Outlet mergeOutlet(java.sql.Connection c, Outlet seen) throws java.sql.SQLException {
    return sources.outlet(c, seen.domain()).map(known -> known.withGapsFrom(seen)).orElse(seen);
  }

  @Override
  public Optional<Article> article(String id) {
    return db.read(c -> articles.article(c, id));
  }

  @Override
  public boolean markCopy(String articleId, String originalId) {
    return db.write(c -> articles.markCopy(c, articleId, originalId));
  }

  @Override
  public Optional<AnnotatedArticle> annotatedArticle(String id) {
    return db.read(c -> articles.annotated(c, id));
  }

  @Override
  public Optional<String> articleIdByContentHash(String contentHash) {
    return db.read(c -> articles.idByContentHash(c, contentHash));
  }

  @Override
  public List<ArticleRevision> revisions(String articleId) {
    return db.read(c -> articles.revisions(c, articleId));
  }

  @Override
  public Optional<Article> articleAtRevision(String articleId, int revision) {
    return db.read(c -> articles.atRevision(c, articleId, revision));
  }

  @Override
  public List<AnnotatedArticle> annotatedArticlesSince(Instant since) {
    return db.read(c -> articles.annotatedSince(c, since));
  }

  @Override
  public void forEachArticleSince(Instant since, BiConsumer<AnnotatedArticle, String> each) {
    ArticleTables.Page<AnnotatedArticle> page = new ArticleTables.Page<>(since.getEpochSecond(), "", List.of());
    do {
      ArticleTables.Page<AnnotatedArticle> after = page;
      page = db.read(c -> articles.annotatedPage(c, after, PAGE));
      page.rows().forEach(r -> each.accept(r.value(), r.storyId()));
    } while (page.rows().size() == PAGE);
  }

  @Override
  public void forEachArticleStory(BiConsumer<String, String> each) {
    ArticleTables.Page<String> page = new ArticleTables.Page<>(0, "", List.of());
    do {
      ArticleTables.Page<String> after = page;
      page = db.read(c -> articles.storyPage(c, after, STORY_PAGE));
      page.rows().forEach(r -> each.accept(r.value(), r.storyId()));
    } while (page.rows().size() == STORY_PAGE);
  }

  @Override
  public List<AnnotatedArticle> annotatedArticlesOf(String storyId) {
    return db.read(c -> articles.annotatedOf(c, stories.resolve(c, storyId)));
  }

  @Override
  public List<float[]> embeddingsOf(String storyId, int limit) {
    return db.read(c -> articles.embeddingsOf(c, stories.resolve(c, storyId), limit));
  }

  @Override
  public List<Article> articlesOf(String outletDomain, int limit) {
    return db.read(c -> articles.ofOutlet(c, Outlet.normalizeDomain(outletDomain), limit));
  }

  @Override
  public long articleCount() {
    return db.read(articles::count);
  }

  @Override
  public Optional<Instant> newestArticleTime() {
    return db.read(articles::newestTime);
  }

  @Override
  public void assign(String articleId, String storyId) {
    db.write(c -> { articles.assign(c, articleId, storyId); return null; });
  }

  @Override
  public Optional<String> storyIdOf(String articleId) {
    return db.read(c -> articles.storyOf(c, articleId));
  }

  @Override
  public List<String> articleIdsOf(String storyId) {
    return db.read(c -> articles.idsOf(c, stories.resolve(c, storyId)));
  }

  @Override
  public boolean saveStory(Story story, boolean published) {
    return db.write(c -> stories.save(c, story, published, clock.instant()));
  }

  @Override
  public List<String> saveStories(List<StorySave> saves) {
    if (saves.isEmpty()) {
      return List.of();
    }
    return db.write(
        c -> {
          List<String> stale = new ArrayList<>();
          for (StorySave s : saves) {
            if (!stories.save(c, s.story(), s.published(), clock.instant())) {
              stale.add(s.story().id());
            }
          }
          return stale;
        });
  }

  @Override
  public Optional<Story> story(String id) {
    return db.read(c -> stories.story(c, id));
  }

  @Override
  public Optional<Story> storyVersion(String id, int version) {
    return db.read(c -> stories.version(c, id, version));
  }

  @Override
  public Optional<StoryStamp> storyStamp(String idOrSlug) {
    return db.read(c -> stories.stamp(c, idOrSlug));
  }

  @Override
  public boolean isPublished(String storyId) {
    return db.read(c -> stories.isPublished(c, storyId));
  }

  @Override
  public List<Story> stories(StoryQuery query) {
    return db.read(c -> stories.list(c, query));
  }

  @Override
  public long storyCount(boolean includeUnpublished) {
    return db.read(c -> stories.count(c, includeUnpublished));
  }

  @Override
  public List<DailyCount> dailyTagMentions(Instant since) {
    return db.read(c -> stories.dailyMentions(c, since, true));
  }

  @Override
  public List<DailyCount> dailyCategoryMentions(Instant since) {
    return db.read(c -> stories.dailyMentions(c, since, false));
  }

  @Override
  public void recordMerge(String fromId, String intoId, Instant at) {
    db.write(
        c -> {
          stories.recordMerge(c, fromId, intoId, at);
          articles.reassignAll(c, fromId, intoId);
          return null;
        });
  }

  @Override
  public Optional<String> mergedInto(String storyId) {
    return db.read(c -> stories.mergedInto(c, storyId));
  }

  @Override
  public void recordSplit(String fromId, String newId, List<String> articleIds, Instant at) {
    db.write(
        c -> {
          stories.recordSplit(c, fromId, newId, at);
          for (String id : articleIds) {
            articles.assign(c, id, newId);
          }
          return null;
        });
  }

  @Override
  public Optional<String> splitFrom(String storyId) {
    return db.read(c -> stories.splitFrom(c, storyId));
  }

  @Override
  public void close() {
    db.close();
  }
}
