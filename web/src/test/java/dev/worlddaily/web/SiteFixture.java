package dev.worlddaily.web;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.ArticleImage;
import dev.worlddaily.model.Category;
import dev.worlddaily.model.Citation;
import dev.worlddaily.model.EntityType;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.annotation.Annotations;
import dev.worlddaily.model.story.BodyParagraph;
import dev.worlddaily.model.story.Change;
import dev.worlddaily.model.story.CitedText;
import dev.worlddaily.model.story.Coverage;
import dev.worlddaily.model.story.Figure;
import dev.worlddaily.model.story.FigureValue;
import dev.worlddaily.model.story.Perspective;
import dev.worlddaily.model.story.Quote;
import dev.worlddaily.model.story.Related;
import dev.worlddaily.model.story.Relation;
import dev.worlddaily.model.story.Source;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.model.story.StoryEntity;
import dev.worlddaily.model.story.StoryImage;
import dev.worlddaily.model.story.TimelineEntry;
import dev.worlddaily.store.DataDirectory;
import dev.worlddaily.store.JdbcStore;
import dev.worlddaily.store.LuceneSearchIndex;
import dev.worlddaily.model.Feed;
import dev.worlddaily.model.FeedHealth;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A real store and index filled with fictional stories, and the site running over them on loopback. */
final class SiteFixture implements AutoCloseable {
  static final Instant T0 = Instant.parse("2026-11-18T09:00:00Z");
  final JdbcStore store;
  final LuceneSearchIndex index;
  final WebApp web;
  final int port;

  static final Outlet LEDGER = new Outlet("The Harbour Ledger", "harbourledger.example", "NZ", "en", "center", "private");
  static final Outlet COURIER = new Outlet("Valley Courier", "valleycourier.example", "CA", "en", "left", "nonprofit");

  SiteFixture(Path dir, SiteConfig config, ArticleIntake intake) {
    this(dir, config, intake, null);
  }

  SiteFixture(Path dir, SiteConfig config, ArticleIntake intake, StoryMaintenance maintenance) {
    DataDirectory data = DataDirectory.open(dir);
    Clock clock = Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC);
    store = JdbcStore.openSqlite(data, clock);
    index = LuceneSearchIndex.open(data.index());
    web = new WebApp(store, index, config, intake, maintenance, clock);
    port = web.start("127.0.0.1", 0);
  }

  /** A config with every optional part on: CORS for one origin, admin and push tokens, trends recomputed per request. */
  static SiteConfig fullConfig() {
    return new SiteConfig("World Daily News", "http://127.0.0.1", 30, List.of("https://reader.example"), "admin-secret-token", "push-secret", 1 << 20, Duration.ZERO);
  }

  /** The fictional newsroom most tests read: a two-outlet quake story and a single-source budget story, and a polled feed. */
  Story newsroom() {
    AnnotatedArticle a = article(LEDGER, "quake", "Quake hits Port Sarin", "Mara Quell", "Rescuers at dawn", T0,
        "A strong earthquake struck Port Sarin on Tuesday. Fourteen people died.");
    AnnotatedArticle b = article(COURIER, "sarin", "Port Sarin shaken", "Ivo Renn", "The harbour wall", T0.plusSeconds(600),
        "Rescuers in Port Sarin searched through the night. Twelve deaths were confirmed.");
    Story quake = story("s-quake", "Earthquake kills at least 12 in Port Sarin", Category.WORLD, T0.plusSeconds(900), a, b);
    AnnotatedArticle c = article(LEDGER, "budget", "Harbour budget passes", "Mara Quell", "Council chamber", T0,
        "The harbour council passed its budget on Monday. The vote was close.");
    story("s-budget", "Harbour council passes budget", Category.POLITICS, T0, c);
    Feed feed = Feed.of("https://harbourledger.example/rss.xml", LEDGER);
    store.saveFeed(feed);
    store.saveFeedHealth(new FeedHealth(feed.id(), T0, T0, null, null, 0, 12.5, null, null, T0.plusSeconds(900)));
    return quake;
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  static AnnotatedArticle article(Outlet o, String slug, String title, String author, String caption, Instant t, String... paragraphs) {
    Article a = Article.builder().url("https://" + o.domain() + "/" + slug).outlet(o).title(title).authors(List.of(author))
        .published(t).blocks(List.of(paragraphs), null)
        .images(List.of(ArticleImage.of("https://" + o.domain() + "/img/" + slug + ".jpg", caption, "Photo: Ivo Renn"))).build();
    return new AnnotatedArticle(a, new Annotations("en", Category.WORLD, List.of(), List.of(), List.of(), List.of(), List.of(), null, null));
  }

  /** Saves articles and a story citing their first sentences; returns the story. */
  Story story(String id, String headline, Category category, Instant updated, AnnotatedArticle... articles) {
    List<Source> sources = new ArrayList<>();
    List<CitedText> sentences = new ArrayList<>();
    List<StoryImage> images = new ArrayList<>();
    for (AnnotatedArticle a : articles) {
      store.saveArticle(a);
      store.assign(a.id(), id);
      Article x = a.article();
      sources.add(new Source(x.id(), x.url(), x.outlet().name(), x.outlet().domain(), x.title(), x.authors(), x.published(), "en"));
      int end = x.text().indexOf('.') + 1;
      sentences.add(new CitedText(x.text().substring(0, end), List.of(new Citation(x.id(), 0, end))));
      images.add(new StoryImage(x.images().get(0).url(), x.images().get(0).caption(), x.outlet().name() + " / Photo: Ivo Renn", x.id()));
    }
    Citation first = sentences.get(0).citations().get(0);
    List<String> countries = java.util.Arrays.stream(articles).map(a -> a.article().outlet().country()).filter(c -> c != null).distinct().toList();
    Story s = Story.builder(id).slug(id + "-slug").version(2).firstSeen(updated.minusSeconds(7200)).updated(updated)
        .headline(headline).dek(sentences.get(0).text(), List.of(first)).category(category)
        .tags(List.of("Port Sarin", "Tomas Ferreira", "Chile"))
        .entities(List.of(new StoryEntity("Port Sarin", EntityType.PLACE, List.of(), articles.length)))
        .body(List.of(new BodyParagraph(sentences)))
        .keyPoints(sentences)
        .quotes(List.of(new Quote("We will not stop", "Tomas Ferreira", List.of(first))))
        .figures(List.of(new Figure("people · killed", List.of(new FigureValue("14 people", 14, "people", List.of(first)), new FigureValue("12 people", 12, "people", List.of(first))), true)))
        .perspectives(List.of(new Perspective(sources.get(sources.size() - 1).outlet(), sentences.get(sentences.size() - 1).text(), sentences.get(sentences.size() - 1).citations())))
        .timeline(List.of(new TimelineEntry(LocalDate.parse("2026-11-17"), sentences.get(0).text(), List.of(first))))
        .images(images).sources(sources)
        .coverage(new Coverage(articles.length, articles.length, countries, countries.size() < 2))
        .related(List.of(new Related("s-bg", "Earlier quake in Port Sarin", Relation.BACKGROUND)))
        .changes(List.of(new Change(1, updated.minusSeconds(7200), "first published from 1 source"), new Change(2, updated, "1 new source")))
        .build();
    store.saveStory(s, articles.length > 1);
    index.indexStory(s, articles.length > 1);
    index.commit();
    return s;
  }

  @Override
  public void close() {
    web.stop();
    index.close();
    store.close();
  }
}
