package dev.worlddaily.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.Citation;
import dev.worlddaily.model.story.BodyParagraph;
import dev.worlddaily.model.story.CitedText;
import dev.worlddaily.model.story.Figure;
import dev.worlddaily.model.story.FigureValue;
import dev.worlddaily.model.story.Quote;
import dev.worlddaily.model.story.Source;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.sample.SampleCorpus;
import dev.worlddaily.store.DataDirectory;
import dev.worlddaily.store.JdbcStore;
import dev.worlddaily.store.Store;
import dev.worlddaily.store.StoryQuery;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole product on the sample corpus: the fictional outlets are served on loopback, their
 * feeds are fetched, pages extracted, articles enriched, clustered and synthesized, exactly as
 * {@code wdn demo} does.
 */
class DemoEndToEndTest {
  @TempDir static Path data;
  static final SampleCorpus CORPUS = SampleCorpus.load();
  static final Map<String, String> EVENT_BY_SLUG = new HashMap<>();

  @BeforeAll
  static void runDemo() {
    CORPUS.articles().forEach(a -> EVENT_BY_SLUG.put(a.outletDomain() + "/" + a.slug(), a.eventId()));
    assertThat(WdnCommand.execute("demo", "--no-serve", "--port", "0", "--data", data.toString(), "-q")).isZero();
  }

  static Store open() {
    return JdbcStore.openSqlite(DataDirectory.open(data), Clock.systemUTC());
  }

  /** The sample event of a stored article, from its outlet and the last segment of its URL. */
  static String eventOf(Article a) {
    String url = a.canonicalUrl();
    return EVENT_BY_SLUG.get(a.outlet().domain() + "/" + url.substring(url.lastIndexOf('/') + 1));
  }

  @Test
  void everyArticleIsStoredOnce() {
    try (Store store = open()) {
      assertThat(sampleArticles(store)).isEqualTo(CORPUS.articles().size());
    }
  }

  /** Stored articles of the sample outlets (another test pushes one of its own). */
  static long sampleArticles(Store store) {
    return CORPUS.outlets().stream().mapToLong(o -> store.articlesOf(o.domain(), 1000).size()).sum();
  }

  @Test
  void storiesAreEventsNotThemes() {
    try (Store store = open()) {
      List<Story> stories = store.stories(new StoryQuery(true, null, null, null, null, null, 0, 500));
      Map<String, Set<String>> storiesByEvent = new HashMap<>();
      for (Story s : stories) {
        Set<String> events = new HashSet<>();
        for (Source src : s.sources()) {
          Article article = store.article(src.articleId()).orElseThrow();
          if (article.outlet().domain().equals("pushed.example")) {
            continue;
          }
          String event = eventOf(article);
          assertThat(event).as("known event for " + src.url()).isNotNull();
          events.add(event);
          storiesByEvent.computeIfAbsent(event, k -> new HashSet<>()).add(s.id());
        }
        assertThat(events).as("story '" + s.headline() + "' mixes events").hasSize(1);
      }
      // Same-theme pairs stay apart (the purity check above), and wide events are not shattered.
      assertThat(storiesByEvent.get("quake-sarin")).hasSize(1);
      assertThat(storiesByEvent.get("forum-summit")).hasSize(1);
      assertThat(storiesByEvent.get("state-visit")).hasSize(1);
      long eventsInOneStory = storiesByEvent.values().stream().filter(v -> v.size() == 1).count();
      assertThat(eventsInOneStory).isGreaterThanOrEqualTo(CORPUS.events().size() - 4);
    }
  }

  @Test
  void storyImagesCarryTheSampleCaptionsAndCredits() {
    // Every template places caption and credit differently (figcaption, cite, credit spans,
    // a legend line, og:image:alt): each must reach the story as the sample wrote it.
    Map<String, dev.worlddaily.sample.SampleArticle> bySlug = new HashMap<>();
    CORPUS.articles().forEach(a -> bySlug.put(a.outletDomain() + "/" + a.slug(), a));
    int checked = 0;
    try (Store store = open()) {
      for (Story s : store.stories(new StoryQuery(true, null, null, null, null, null, 0, 500))) {
        for (dev.worlddaily.model.story.StoryImage image : s.images()) {
          Article article = store.article(image.articleId()).orElseThrow();
          String url = article.canonicalUrl();
          dev.worlddaily.sample.SampleArticle sample = bySlug.get(article.outlet().domain() + "/" + url.substring(url.lastIndexOf('/') + 1));
          if (sample == null) {
            continue;
          }
          assertThat(image.caption()).as(url).isEqualTo(sample.image().caption());
          assertThat(image.credit()).as(url).isEqualTo(article.outlet().name() + " / " + sample.image().credit());
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(20);
  }

  @Test
  void wireCopiesCountOnceAndBackgroundIsLinked() {
    try (Store store = open()) {
      List<Story> stories = store.stories(new StoryQuery(true, null, null, null, null, null, 0, 500));
      Story dock = stories.stream().filter(s -> s.headline().contains("Port Alder") && s.sources().size() == 4).findFirst().orElseThrow();
      assertThat(dock.coverage().outlets()).isEqualTo(2);
      Story forum = stories.stream().filter(s -> s.headline().contains("€4.5 billion")).findFirst().orElseThrow();
      assertThat(forum.related()).anySatisfy(r -> {
        assertThat(r.relation()).isEqualTo(dev.worlddaily.model.story.Relation.BACKGROUND);
        assertThat(r.headline()).contains("Brisk");
      });
      assertThat(store.storyCount(false)).isGreaterThanOrEqualTo(10);
    }
  }

  @Test
  void everyPublishedElementLiesInTheSpanItCites() {
    try (Store store = open()) {
      List<Story> stories = store.stories(new StoryQuery(true, null, null, null, null, null, 0, 500));
      int checked = 0;
      for (Story s : stories) {
        List<CitedText> cited = new ArrayList<>();
        if (s.dek() != null) {
          cited.add(new CitedText(s.dek(), s.dekCitations()));
        }
        for (BodyParagraph p : s.body()) {
          cited.addAll(p.sentences());
        }
        cited.addAll(s.keyPoints());
        for (Quote q : s.quotes()) {
          cited.add(new CitedText(q.text(), q.citations()));
        }
        for (Figure f : s.figures()) {
          for (FigureValue v : f.values()) {
            cited.add(new CitedText(v.text(), v.citations()));
          }
        }
        for (CitedText t : cited) {
          assertThat(t.citations()).as(t.text()).isNotEmpty();
          StringBuilder spans = new StringBuilder();
          for (Citation c : t.citations()) {
            String text = store.article(c.articleId()).orElseThrow().text();
            spans.append(text, c.start(), c.end()).append(' ');
          }
          String joined = spans.toString().replaceAll("\\s+", " ");
          assertThat(joined).as("story %s", s.id()).contains(t.text().replaceAll("\\s+", " "));
          checked++;
        }
      }
      assertThat(checked).isGreaterThan(200);
    }
  }

  @Test
  void theAssembledSiteServesTheDemoStories() throws Exception {
    CommonOptions common = new CommonOptions();
    common.data = data;
    common.quiet = true;
    common.overrides.put("site.pushToken", "push-secret");
    try (Engine engine = Engine.open(common, Console.system(true))) {
      dev.worlddaily.web.WebApp web = Serving.start(engine, "127.0.0.1", 0, new PushIntake(engine));
      try {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + web.port();
        String home = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/")).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertThat(home).contains("World Daily News").contains("Port Sarin");
        Story quake = engine.store().stories(StoryQuery.latest(100)).stream().filter(x -> x.headline().contains("Port Sarin")).findFirst().orElseThrow();
        java.net.http.HttpResponse<String> page = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/stories/" + quake.slug())).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(quake.headline()).contains("class=\"cite\"");
        String pushed = "{\"url\":\"https://pushed.example/quake-update\",\"title\":\"Port Sarin counts damage\",\"outlet\":\"pushed.example\","
            + "\"text\":\"Engineers in Port Sarin said on Wednesday that 41 buildings must be demolished after the earthquake.\"}";
        java.net.http.HttpResponse<String> denied = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/v1/articles"))
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(pushed)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(denied.statusCode()).isEqualTo(401);
        java.net.http.HttpResponse<String> accepted = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/v1/articles"))
            .header("Authorization", "Bearer push-secret").POST(java.net.http.HttpRequest.BodyPublishers.ofString(pushed)).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.body()).contains("\"accepted\":true").contains("\"storyId\":\"s");
        java.net.http.HttpResponse<String> junk = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/v1/articles"))
            .header("Authorization", "Bearer push-secret").POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"url\": 5")).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(junk.statusCode()).isEqualTo(400);
        assertThat(junk.body()).contains("invalid JSON");
      } finally {
        web.stop();
      }
    }
  }

  @Test
  void aSecondRunAddsNothingAndKeepsStoryIds() {
    Set<String> before;
    Map<String, Integer> versions = new HashMap<>();
    try (Store store = open()) {
      before = new HashSet<>(store.stories(new StoryQuery(true, null, null, null, null, null, 0, 500)).stream().map(Story::id).toList());
      store.stories(StoryQuery.latest(500)).forEach(s -> versions.put(s.id(), s.version()));
    }
    assertThat(WdnCommand.execute("demo", "--no-serve", "--port", "0", "--data", data.toString(), "-q")).isZero();
    try (Store store = open()) {
      assertThat(sampleArticles(store)).isEqualTo(CORPUS.articles().size());
      Set<String> after = new HashSet<>(store.stories(new StoryQuery(true, null, null, null, null, null, 0, 500)).stream().map(Story::id).toList());
      assertThat(after).isEqualTo(before);
      assertThat(store.stories(StoryQuery.latest(500))).allSatisfy(s -> assertThat(s.version()).isEqualTo(versions.get(s.id())));
    }
  }

}
