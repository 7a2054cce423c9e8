package dev.worlddaily.store;

import static dev.worlddaily.store.StoryFixtures.COURIER;
import static dev.worlddaily.store.StoryFixtures.LEDGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.Category;
import dev.worlddaily.model.Feed;
import dev.worlddaily.model.FeedHealth;
import dev.worlddaily.model.FeedKind;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.annotation.Annotations;
import dev.worlddaily.model.story.Change;
import dev.worlddaily.model.story.Story;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The behaviour every {@link Store} implementation must have. Extend it and implement {@link
 * #open(Path)}; SQLite and PostgreSQL run the same suite.
 */
abstract class StoreContractTest {
  static final Instant T0 = Instant.parse("2026-11-17T08:00:00Z");

  @TempDir Path dir;
  Store store;

  /** Opens the implementation under test on (or for) the given directory. */
  abstract Store open(Path dir);

  /**
   * Makes the database of the given directory refuse to store a story with this id (a trigger
   * that raises an error, as a violated constraint would), behind the store's back.
   */
  abstract void refuseStory(Path dir, String storyId) throws Exception;

  @BeforeEach
  void openStore() {
    store = open(dir);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void writesTogetherAreReadInsideAndAfterAndAFailedOneLeavesTheOthers() {
    AnnotatedArticle first = StoryFixtures.article(LEDGER, "together-1", "Ferry fares rise", "Fares on the Port Sarin ferry rise by a tenth.", T0);
    AnnotatedArticle second = StoryFixtures.article(COURIER, "together-2", "Ferry fares up", "The ferry to Port Sarin costs more from Monday.", T0.plusSeconds(60));
    List<String> seenInside = new ArrayList<>();
    String result = store.writeTogether(() -> {
      store.saveArticle(first);
      store.assign(first.id(), "story-ferry");
      seenInside.add(store.storyIdOf(first.id()).orElse("none"));
      assertThatThrownBy(() -> store.assign("no-such-article", "story-ferry")).isInstanceOf(RuntimeException.class);
      store.saveArticle(second);
      store.assign(second.id(), "story-ferry");
      return "done";
    });
    assertThat(result).isEqualTo("done");
    assertThat(seenInside).containsExactly("story-ferry");
    assertThat(store.articleIdsOf("story-ferry")).containsExactly(first.id(), second.id());
    assertThat(store.storyIdOf("no-such-article")).isEmpty();
  }

  @Test
  void aWriteThatFailsInsideWritesTogetherIsUndoneWhole() throws Exception {
    AnnotatedArticle a = StoryFixtures.article(LEDGER, "undone", "Bridge vote", "The council voted on the bridge.", T0);
    refuseStory(dir, "s-refused");
    Story fine = StoryFixtures.story("s-fine", "Bridge vote passes", Category.POLITICS, T0.plusSeconds(90), a);
    Story refused = StoryFixtures.story("s-refused", "Bridge vote refused", Category.POLITICS, T0.plusSeconds(90), a);
    store.writeTogether(() -> {
      store.saveArticle(a);
      assertThatThrownBy(() -> store.saveStories(List.of(new StorySave(fine, true), new StorySave(refused, true))))
          .isInstanceOf(RuntimeException.class);
      store.saveStory(fine.toBuilder().headline("Bridge vote passes at last").build(), true);
      return null;
    });
    assertThat(store.article(a.id())).isPresent();
    assertThat(store.story("s-fine")).get().extracting(Story::headline).isEqualTo("Bridge vote passes at last");
    assertThat(store.storyVersion("s-fine", fine.version())).get().extracting(Story::headline).isEqualTo("Bridge vote passes at last");
    assertThat(store.story("s-refused")).isEmpty();
    assertThat(store.storyCount(true)).isEqualTo(1);
  }

  @Test
  void writesMadeTogetherBeforeTheWorkThrowsAreKept() {
    AnnotatedArticle a = StoryFixtures.article(LEDGER, "kept", "Harbour crane fails", "A crane at the harbour failed on Tuesday.", T0);
    assertThatThrownBy(() -> store.writeTogether(() -> {
      store.saveArticle(a);
      throw new IllegalStateException("the caller's own failure");
    })).hasMessage("the caller's own failure");
    assertThat(store.article(a.id())).isPresent();
  }

  @Test
  void outletDetailsAreKeptWhenALaterSaveKnowsLess() {
    store.saveOutlet(LEDGER);
    store.saveOutlet(Outlet.ofDomain("www.HarbourLedger.example"));
    assertThat(store.outlet("harbourledger.example")).get()
        .satisfies(o -> {
          assertThat(o.country()).isEqualTo("NZ");
          assertThat(o.leaning()).isEqualTo("center");
        });
  }

  @Test
  void feedsAreAddedListedAndRemovedWithTheirHealth() {
    Feed feed = new Feed(null, "https://harbourledger.example/feed.xml", "Ledger", LEDGER, FeedKind.RSS, Duration.ofMinutes(15), true);
    store.saveFeed(feed);
    store.saveFeedHealth(new FeedHealth(feed.id(), T0, T0, null, null, 0, 12.5, "\"e1\"", null, T0.plusSeconds(900)));
    assertThat(store.feeds()).containsExactly(feed);
    assertThat(store.feedHealth(feed.id())).get().extracting(FeedHealth::etag).isEqualTo("\"e1\"");
    assertThat(store.outlet(LEDGER.domain())).isPresent();
    assertThat(store.removeFeed(feed.id())).isTrue();
    assertThat(store.removeFeed(feed.id())).isFalse();
    assertThat(store.feeds()).isEmpty();
    assertThat(store.feedHealth(feed.id())).isEmpty();
  }

  @Test
  void crawledUrlsAreRememberedKeepingTheirFirstFetchAndForgottenWhenOld() {
    String url = "https://harbourledger.example/news/1";
    store.saveCrawled(List.of(new CrawledUrl(url, "a1", T0, T0, null)));
    store.saveCrawled(List.of(new CrawledUrl(url, null, T0.plusSeconds(3600), T0.plusSeconds(3600), T0.plusSeconds(60))));
    assertThat(store.crawledUrl(url)).contains(new CrawledUrl(url, "a1", T0, T0.plusSeconds(3600), T0.plusSeconds(60)));
    assertThat(store.crawledUrl("https://harbourledger.example/news/2")).isEmpty();
    assertThat(store.forgetCrawledBefore(T0.plusSeconds(1800))).isZero();
    assertThat(store.forgetCrawledBefore(T0.plusSeconds(7200))).isEqualTo(1);
    assertThat(store.crawledUrl(url)).isEmpty();
  }

  @Test
  void anArticleIsInsertedOnceThenUnchangedThenRevised() {
    AnnotatedArticle a = StoryFixtures.article(LEDGER, "quake", "Quake shakes Port Sarin", "Port Sarin shook at dawn. Ten homes fell.", T0);
    assertThat(store.saveArticle(a).kind()).isEqualTo(ArticleWrite.Kind.INSERTED);
    assertThat(store.saveArticle(a).kind()).isEqualTo(ArticleWrite.Kind.UNCHANGED);
    Article edited = a.article().toBuilder().blocks(List.of("Port Sarin shook at dawn. Twelve homes fell."), null).build();
    ArticleWrite w = store.saveArticle(new AnnotatedArticle(edited, a.annotations()));
    assertThat(w.kind()).isEqualTo(ArticleWrite.Kind.REVISED);
    assertThat(w.revision()).isEqualTo(2);
    assertThat(store.articleCount()).isEqualTo(1);
    assertThat(store.revisions(a.id())).extracting(ArticleRevision::revision).containsExactly(1, 2);
    // Each revision still reads as it was: the superseded one kept its text when the new one came.
    assertThat(store.articleAtRevision(a.id(), 1)).get().extracting(Article::text).isEqualTo("Port Sarin shook at dawn. Ten homes fell.");
    assertThat(store.articleAtRevision(a.id(), 2)).get().extracting(Article::text).isEqualTo("Port Sarin shook at dawn. Twelve homes fell.");
    assertThat(store.articleAtRevision(a.id(), 3)).isEmpty();
    assertThat(store.article(a.id())).get().extracting(Article::text).isEqualTo("Port Sarin shook at dawn. Twelve homes fell.");
    assertThat(store.articleIdByContentHash(edited.contentHash())).contains(a.id());
    Article again = edited.toBuilder().blocks(List.of("Port Sarin shook at dawn. Fourteen homes fell."), null).build();
    assertThat(store.saveArticle(new AnnotatedArticle(again, a.annotations())).revision()).isEqualTo(3);
    assertThat(store.articleAtRevision(a.id(), 1)).get().extracting(Article::text).isEqualTo("Port Sarin shook at dawn. Ten homes fell.");
    assertThat(store.articleAtRevision(a.id(), 2)).get().extracting(Article::text).isEqualTo("Port Sarin shook at dawn. Twelve homes fell.");
    assertThat(store.articleAtRevision(a.id(), 3)).get().extracting(Article::text).isEqualTo("Port Sarin shook at dawn. Fourteen homes fell.");
    // A reprint found to be one when its original arrives later is marked, its text untouched.
    assertThat(store.markCopy(a.id(), "wire-original")).isTrue();
    assertThat(store.article(a.id())).get().satisfies(x -> {
      assertThat(x.duplicateOf()).isEqualTo("wire-original");
      assertThat(x.text()).isEqualTo("Port Sarin shook at dawn. Fourteen homes fell.");
    });
    assertThat(store.revisions(a.id())).hasSize(3);
    assertThat(store.markCopy("no-such-article", "wire-original")).isFalse();
  }

  @Test
  void annotationsAndVectorsRoundTrip() {
    AnnotatedArticle a = StoryFixtures.article(LEDGER, "rt", "Title", "Port Sarin shook. More.", T0);
    store.saveArticle(a);
    AnnotatedArticle back = store.annotatedArticle(a.id()).orElseThrow();
    assertThat(back.article()).isEqualTo(a.article());
    assertThat(back.annotations().entities()).isEqualTo(a.annotations().entities());
    assertThat(back.annotations().sentences()).isEqualTo(a.annotations().sentences());
    assertThat(back.annotations().category()).isEqualTo(Category.WORLD);
    assertThat(back.annotations().embedding()).containsExactly(a.annotations().embedding());
    assertThat(back.annotations().bodyEmbedding()).isNull();
  }

  @Test
  void articlesSinceAreOrderedByTime() {
    AnnotatedArticle late = StoryFixtures.article(LEDGER, "late", "Late", "Late text.", T0.plusSeconds(7200));
    AnnotatedArticle early = StoryFixtures.article(COURIER, "early", "Early", "Early text.", T0);
    AnnotatedArticle old = StoryFixtures.article(COURIER, "old", "Old", "Old text.", T0.minus(Duration.ofDays(30)));
    store.saveArticle(late);
    store.saveArticle(early);
    store.saveArticle(old);
    assertThat(store.annotatedArticlesSince(T0.minusSeconds(1))).extracting(AnnotatedArticle::id).containsExactly(early.id(), late.id());
    assertThat(store.newestArticleTime()).contains(T0.plusSeconds(7200));
    assertThat(store.articlesOf("valleycourier.example", 10)).extracting(Article::id).containsExactly(early.id(), old.id());
  }

  @Test
  void articlesAreReplayedAPageAtATimeInTimeOrderWithTheirStories() {
    // More than a page of each kind (500 and 1,000), three to a second, so pages end inside a second.
    for (int i = 0; i < 1_100; i++) {
      AnnotatedArticle a = StoryFixtures.article(i % 2 == 0 ? LEDGER : COURIER, "p" + i, "Paged " + i, "Paged text number " + i + ".", T0.plusSeconds(i / 3));
      store.saveArticle(a);
      if (i % 7 == 0) {
        store.assign(a.id(), "s" + i);
      }
    }
    Instant since = T0.plusSeconds(10);
    List<String> replayed = new ArrayList<>();
    store.forEachArticleSince(since, (a, storyId) -> {
      replayed.add(a.id());
      assertThat(storyId).isEqualTo(store.storyIdOf(a.id()).orElse(null));
    });
    assertThat(replayed).hasSize(1_100 - 30).isEqualTo(store.annotatedArticlesSince(since).stream().map(AnnotatedArticle::id).toList());
    Map<String, String> stories = new HashMap<>();
    store.forEachArticleStory((id, storyId) -> assertThat(stories.put(id, storyId == null ? "" : storyId)).isNull());
    assertThat(stories).hasSize(1_100);
    assertThat(stories.values().stream().filter(s -> !s.isEmpty()).count()).isEqualTo(158);
  }

  @Test
  void membershipKeepsAssignmentOrderAndMergesMoveArticles() {
    AnnotatedArticle a = StoryFixtures.article(LEDGER, "a", "A", "Port Sarin text a.", T0);
    AnnotatedArticle b = StoryFixtures.article(COURIER, "b", "B", "Port Sarin text b.", T0.plusSeconds(60));
    AnnotatedArticle c = StoryFixtures.article(COURIER, "c", "C", "Port Sarin text c.", T0.plusSeconds(120));
    for (AnnotatedArticle x : List.of(a, b, c)) {
      store.saveArticle(x);
    }
    store.assign(b.id(), "s-old");
    store.assign(a.id(), "s-old");
    store.assign(c.id(), "s-new");
    assertThat(store.articleIdsOf("s-old")).containsExactly(b.id(), a.id());
    store.saveStory(StoryFixtures.story("s-old", "Old story", Category.WORLD, T0, b, a), true);
    store.saveStory(StoryFixtures.story("s-new", "New story", Category.WORLD, T0, c), false);
    store.recordMerge("s-new", "s-old", T0.plusSeconds(600));
    assertThat(store.articleIdsOf("s-old")).containsExactly(b.id(), a.id(), c.id());
    assertThat(store.storyIdOf(c.id())).contains("s-old");
    assertThat(store.mergedInto("s-new")).contains("s-old");
    assertThat(store.story("s-new")).get().extracting(Story::id).isEqualTo("s-old");
    assertThat(store.storyStamp("s-new")).get().extracting(StoryStamp::id).isEqualTo("s-old");
    assertThat(store.articleIdsOf("s-new")).containsExactly(b.id(), a.id(), c.id());
    assertThat(store.storyCount(true)).isEqualTo(1);
    assertThatThrownBy(() -> store.assign("a-missing", "s-old")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aStorysFirstEmbeddingsAreReadInAssignmentOrderWithoutTheArticles() {
    AnnotatedArticle a = StoryFixtures.article(LEDGER, "ea", "A", "Port Sarin text a.", T0);
    AnnotatedArticle b = StoryFixtures.article(COURIER, "eb", "B", "Port Sarin text b.", T0.plusSeconds(60));
    AnnotatedArticle c = StoryFixtures.article(COURIER, "ec", "C", "Port Sarin text c.", T0.plusSeconds(120));
    Annotations n = c.annotations();
    AnnotatedArticle none = new AnnotatedArticle(
        StoryFixtures.article(LEDGER, "en", "N", "Port Sarin text n.", T0.plusSeconds(180)).article(),
        new Annotations(n.language(), n.category(), n.sentences(), n.entities(), n.figures(), n.quotes(), n.dates(), null, null));
    for (AnnotatedArticle x : List.of(a, b, c, none)) {
      store.saveArticle(x);
    }
    store.assign(b.id(), "s-e");
    store.assign(none.id(), "s-e");
    store.assign(a.id(), "s-e");
    store.assign(c.id(), "s-other");
    // The first three assigned, of which the one without an embedding is left out.
    assertThat(store.embeddingsOf("s-e", 3)).containsExactly(b.annotations().embedding(), a.annotations().embedding());
    assertThat(store.embeddingsOf("s-e", 1)).containsExactly(b.annotations().embedding());
    assertThat(store.embeddingsOf("s-missing", 3)).isEmpty();
    store.saveStory(StoryFixtures.story("s-e", "E story", Category.WORLD, T0, b, a), true);
    store.saveStory(StoryFixtures.story("s-other", "Other story", Category.WORLD, T0, c), true);
    store.recordMerge("s-other", "s-e", T0.plusSeconds(600));
    // An absorbed story's id reads the survivor's.
    assertThat(store.embeddingsOf("s-other", 5))
        .containsExactly(b.annotations().embedding(), a.annotations().embedding(), c.annotations().embedding());
  }

  @Test
  void splitsMoveArticlesToTheNewStoryAndAreRecorded() {
    AnnotatedArticle a = StoryFixtures.article(LEDGER, "sa", "A", "Port Sarin text a.", T0);
    AnnotatedArticle b = StoryFixtures.article(COURIER, "sb", "B", "Kelso Bay text b.", T0.plusSeconds(60));
    AnnotatedArticle c = StoryFixtures.article(COURIER, "sc", "C", "Kelso Bay text c.", T0.plusSeconds(120));
    AnnotatedArticle d = StoryFixtures.article(LEDGER, "sd", "D", "Port Sarin text d.", T0.plusSeconds(180));
    for (AnnotatedArticle x : List.of(a, b, c, d)) {
      store.saveArticle(x);
      store.assign(x.id(), "s-both");
    }
    store.recordSplit("s-both", "s-kelso", List.of(c.id(), b.id()), T0.plusSeconds(600));
    assertThat(store.articleIdsOf("s-both")).containsExactly(a.id(), d.id());
    assertThat(store.articleIdsOf("s-kelso")).containsExactly(c.id(), b.id());
    assertThat(store.storyIdOf(b.id())).contains("s-kelso");
    assertThat(store.splitFrom("s-kelso")).contains("s-both");
    assertThat(store.splitFrom("s-both")).isEmpty();
    assertThatThrownBy(() -> store.recordSplit("s-both", "s-both", List.of(a.id()), T0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void storyVersionsAreKeptAndListsFilter() {
    AnnotatedArticle a = StoryFixtures.article(LEDGER, "v", "V", "Port Sarin votes. Later.", T0);
    store.saveArticle(a);
    Story v1 = StoryFixtures.story("s1", "Port Sarin votes", Category.POLITICS, T0, a);
    store.saveStory(v1, true);
    Story v2 = v1.toBuilder().version(2).headline("Port Sarin votes again").updated(T0.plusSeconds(60))
        .changes(List.of(new Change(2, T0.plusSeconds(60), "headline changed"))).build();
    store.saveStory(v2, true);
    store.saveStory(StoryFixtures.story("s2", "Courier budget", Category.BUSINESS, T0.plusSeconds(30), a), false);

    assertThat(store.story("s1")).contains(v2);
    assertThat(store.storyVersion("s1", 1)).contains(v1);
    // A late writer of an older version changes nothing; the current version may be saved again.
    Story staleV1 = v1.toBuilder().headline("Port Sarin votes (stale)").build();
    assertThat(store.saveStory(staleV1, false)).isFalse();
    assertThat(store.story("s1")).contains(v2);
    assertThat(store.storyVersion("s1", 1)).contains(v1);
    assertThat(store.isPublished("s1")).isTrue();
    assertThat(store.saveStory(v2, true)).isTrue();
    assertThat(store.story(v2.slug())).contains(v2);
    assertThat(store.stories(StoryQuery.latest(10))).extracting(Story::id).containsExactly("s1");
    assertThat(store.stories(StoryQuery.latest(10).withUnpublished(true))).extracting(Story::id).containsExactly("s1", "s2");
    assertThat(store.stories(StoryQuery.latest(10).withUnpublished(true).withCategory(Category.BUSINESS))).extracting(Story::id).containsExactly("s2");
    assertThat(store.stories(new StoryQuery(true, null, null, null, LEDGER.domain(), "Port Sarin", 0, 10))).hasSize(2);
    assertThat(store.stories(new StoryQuery(true, null, null, null, "nobody.example", null, 0, 10))).isEmpty();
    assertThat(store.stories(StoryQuery.latest(10).withUnpublished(true).page(1, 1))).extracting(Story::id).containsExactly("s2");
    assertThat(store.isPublished("s1")).isTrue();
    assertThat(store.isPublished("s2")).isFalse();
    assertThat(store.storyCount(false)).isEqualTo(1);
    // The stamp names the stored state (by id or slug) without the document, and changes with it.
    assertThat(store.storyStamp("s1")).contains(new StoryStamp("s1", 2, T0.plusSeconds(60).getEpochSecond(), true));
    assertThat(store.storyStamp(v2.slug())).contains(new StoryStamp("s1", 2, T0.plusSeconds(60).getEpochSecond(), true));
    assertThat(store.storyStamp("s2")).get().extracting(StoryStamp::published).isEqualTo(false);
    assertThat(store.storyStamp("no-such-story")).isEmpty();
  }

  @Test
  void storiesSavedTogetherAreSavedInOrderAndAllOrNone() throws Exception {
    AnnotatedArticle a = StoryFixtures.article(LEDGER, "t", "T", "Port Sarin votes together. Later.", T0);
    store.saveArticle(a);
    Story v1 = StoryFixtures.story("s1", "Port Sarin votes", Category.POLITICS, T0, a);
    Story v2 = v1.toBuilder().version(2).headline("Port Sarin votes again").updated(T0.plusSeconds(60))
        .changes(List.of(new Change(2, T0.plusSeconds(60), "headline changed"))).build();
    Story other = StoryFixtures.story("s2", "Courier budget", Category.BUSINESS, T0.plusSeconds(30), a);
    assertThat(store.saveStories(List.of(new StorySave(v1, false), new StorySave(other, false), new StorySave(v2, true)))).isEmpty();

    // As saveStory one after the other: the later version of s1 is current, both are kept.
    assertThat(store.story("s1")).contains(v2);
    assertThat(store.storyVersion("s1", 1)).contains(v1);
    assertThat(store.isPublished("s1")).isTrue();
    assertThat(store.isPublished("s2")).isFalse();
    assertThat(store.story(other.slug())).contains(other);
    assertThat(store.stories(new StoryQuery(true, null, null, null, LEDGER.domain(), "Port Sarin", 0, 10))).extracting(Story::id)
        .containsExactlyInAnyOrder("s1", "s2");
    assertThat(store.saveStories(List.of())).isEmpty();
    // A version older than the stored one is not written, and is named.
    assertThat(store.saveStories(List.of(new StorySave(v1, false), new StorySave(other, false)))).containsExactly("s1");
    assertThat(store.story("s1")).contains(v2);
    assertThat(store.isPublished("s1")).isTrue();

    refuseStory(dir, "s-refused");
    Story fine = StoryFixtures.story("s3", "Port Sarin counts", Category.POLITICS, T0.plusSeconds(90), a);
    Story refused = StoryFixtures.story("s-refused", "Port Sarin refuses", Category.POLITICS, T0.plusSeconds(90), a);
    Story v3 = v2.toBuilder().version(3).headline("Port Sarin votes a third time").build();
    assertThatThrownBy(() -> store.saveStories(List.of(new StorySave(fine, true), new StorySave(v3, true), new StorySave(refused, true))))
        .isInstanceOf(RuntimeException.class);
    assertThat(store.story("s3")).isEmpty();
    assertThat(store.story("s1")).contains(v2);
    assertThat(store.storyVersion("s1", 3)).isEmpty();
    assertThat(store.storyCount(true)).isEqualTo(2);
  }

  @Test
  void dailyMentionsCountSourceArticlesOfPublishedStoriesByDay() {
    AnnotatedArticle a = StoryFixtures.article(LEDGER, "d1", "D1", "Port Sarin votes. Later.", T0);
    AnnotatedArticle b = StoryFixtures.article(COURIER, "d2", "D2", "Port Sarin counts. Later.", T0.plus(Duration.ofDays(1)));
    AnnotatedArticle c = StoryFixtures.article(COURIER, "d3", "D3", "Port Sarin waits. Later.", T0.plus(Duration.ofDays(1)));
    for (AnnotatedArticle x : List.of(a, b, c)) {
      store.saveArticle(x);
    }
    store.assign(a.id(), "s1");
    store.assign(b.id(), "s1");
    store.assign(c.id(), "s2");
    store.saveStory(StoryFixtures.story("s1", "Port Sarin votes", Category.POLITICS, T0.plus(Duration.ofDays(1)), a, b), true);
    store.saveStory(StoryFixtures.story("s2", "Port Sarin waits", Category.POLITICS, T0.plus(Duration.ofDays(1)), c), false);
    List<DailyCount> tags = store.dailyTagMentions(T0.minusSeconds(1));
    assertThat(tags).containsExactlyInAnyOrder(new DailyCount("Port Sarin", T0.atZone(java.time.ZoneOffset.UTC).toLocalDate(), 1),
        new DailyCount("Port Sarin", T0.plus(Duration.ofDays(1)).atZone(java.time.ZoneOffset.UTC).toLocalDate(), 1));
    assertThat(store.dailyCategoryMentions(T0.plusSeconds(1))).containsExactly(
        new DailyCount("Politics", T0.plus(Duration.ofDays(1)).atZone(java.time.ZoneOffset.UTC).toLocalDate(), 1));
    // The portable default, read from the stories, agrees with the implementation's aggregate.
    assertThat(DailyCounts.fromStories(store, T0.minusSeconds(1), true)).containsExactlyInAnyOrderElementsOf(tags);
  }

  @Test
  void dataSurvivesReopening() {
    AnnotatedArticle a = StoryFixtures.article(LEDGER, "keep", "Keep", "Port Sarin kept. Yes.", T0);
    store.saveArticle(a);
    store.saveStory(StoryFixtures.story("s-keep", "Kept", Category.WORLD, T0, a), true);
    store.close();
    store = open(dir);
    assertThat(store.article(a.id())).isPresent();
    assertThat(store.story("s-keep")).isPresent();
  }
}
