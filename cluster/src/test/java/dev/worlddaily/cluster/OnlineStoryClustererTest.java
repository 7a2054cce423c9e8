package dev.worlddaily.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.Category;
import dev.worlddaily.model.EntityType;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.annotation.Annotations;
import dev.worlddaily.model.annotation.EntityMention;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OnlineStoryClustererTest {
  static final Instant T0 = Instant.parse("2026-11-17T06:00:00Z");

  /** A vector near a topic direction: same topic and event share most of it. */
  static float[] vector(int topic, int event, long noiseSeed) {
    Random r = new Random(noiseSeed);
    float[] v = new float[384];
    Random t = new Random(topic * 7919L);
    Random e = new Random(event * 104729L);
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) (t.nextGaussian() * 1.0 + e.nextGaussian() * 0.8 + r.nextGaussian() * 0.35);
    }
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    for (int i = 0; i < v.length; i++) {
      v[i] /= (float) Math.sqrt(n);
    }
    return v;
  }

  static AnnotatedArticle article(String slug, String outlet, Instant time, int topic, int event, String place, String... people) {
    StringBuilder text = new StringBuilder(place + " report. ");
    List<EntityMention> entities = new ArrayList<>();
    entities.add(new EntityMention(0, place.length(), place, EntityType.PLACE, place));
    for (String p : people) {
      int start = text.length();
      text.append(p).append(" spoke. ");
      entities.add(new EntityMention(start, start + p.length(), p, EntityType.PERSON, p));
    }
    Article a = Article.builder().url("https://" + outlet + "/" + slug).outlet(Outlet.ofDomain(outlet)).title(slug)
        .published(time).blocks(List.of(text.toString().strip()), null).build();
    Annotations ann = new Annotations("en", Category.WORLD, List.of(), entities, List.of(), List.of(), List.of(),
        vector(topic, event, slug.hashCode()), vector(topic, event, slug.hashCode() + 1));
    return new AnnotatedArticle(a, ann);
  }

  static List<AnnotatedArticle> stream() {
    return List.of(
        article("quake-sarin-1", "ledger.example", T0, 1, 1, "Port Sarin", "Tomas Ferreira"),
        article("quake-sarin-2", "courier.example", T0.plusSeconds(3600), 1, 1, "Port Sarin", "Tomas Ferreira"),
        article("summit-1", "ledger.example", T0.plusSeconds(5400), 2, 3, "Vellmar", "Ida Rosk"),
        article("quake-sarin-3", "northstar.example", T0.plusSeconds(7200), 1, 1, "Port Sarin"),
        article("quake-kelso-1", "courier.example", T0.plusSeconds(90000), 1, 2, "Kelso Bay", "Mina Arlo"),
        article("summit-2", "courier.example", T0.plusSeconds(91000), 2, 3, "Vellmar", "Ida Rosk"),
        article("quake-kelso-2", "northstar.example", T0.plusSeconds(95000), 1, 2, "Kelso Bay", "Mina Arlo"));
  }

  static Map<String, String> run(StoryClusterer c, List<AnnotatedArticle> articles) {
    Map<String, String> out = new HashMap<>();
    for (AnnotatedArticle a : articles) {
      out.put(a.article().title(), c.assign(a).storyId());
    }
    return out;
  }

  @Test
  void sameEventJoinsAndSameThemeElsewhereStaysApart() {
    Map<String, String> s = run(new OnlineStoryClusterer(ClusterConfig.defaults()), stream());
    assertThat(s.get("quake-sarin-2")).isEqualTo(s.get("quake-sarin-1"));
    assertThat(s.get("quake-sarin-3")).isEqualTo(s.get("quake-sarin-1"));
    assertThat(s.get("quake-kelso-2")).isEqualTo(s.get("quake-kelso-1"));
    assertThat(s.get("quake-kelso-1")).isNotEqualTo(s.get("quake-sarin-1"));
    assertThat(s.get("summit-2")).isEqualTo(s.get("summit-1"));
    assertThat(s.get("summit-1")).isNotEqualTo(s.get("quake-sarin-1"));
  }

  @Test
  void idsAreStableAndDerivedFromTheFirstArticle() {
    List<AnnotatedArticle> articles = stream();
    Map<String, String> first = run(new OnlineStoryClusterer(ClusterConfig.defaults()), articles);
    Map<String, String> second = run(new OnlineStoryClusterer(ClusterConfig.defaults()), articles);
    assertThat(second).isEqualTo(first);
    assertThat(first.get("quake-sarin-3")).isEqualTo(OnlineStoryClusterer.storyIdFor(articles.get(0).id()));
  }

  @Test
  void orderOfArticlesWithTheSameTimestampDoesNotMatter() {
    List<AnnotatedArticle> same = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      same.add(article("quake-" + i, "o" + i + ".example", T0, 1, 1, "Port Sarin", "Tomas Ferreira"));
      same.add(article("summit-" + i, "o" + i + ".example", T0, 2, 3, "Vellmar", "Ida Rosk"));
    }
    List<List<String>> partitions = new ArrayList<>();
    for (long seed = 0; seed < 5; seed++) {
      List<AnnotatedArticle> shuffled = new ArrayList<>(same);
      Collections.shuffle(shuffled, new Random(seed));
      Map<String, String> s = run(new OnlineStoryClusterer(ClusterConfig.defaults()), PublicationOrder.of(shuffled));
      partitions.add(same.stream().map(a -> s.get(a.article().title())).toList());
    }
    assertThat(partitions).allSatisfy(p -> assertThat(p).isEqualTo(partitions.get(0)));
  }

  @Test
  void restoredStateExtendsTheSameStories() {
    List<AnnotatedArticle> articles = stream();
    Map<String, String> full = run(new OnlineStoryClusterer(ClusterConfig.defaults()), articles);
    OnlineStoryClusterer restarted = new OnlineStoryClusterer(ClusterConfig.defaults());
    for (AnnotatedArticle a : articles.subList(0, 4)) {
      restarted.restore(a, full.get(a.article().title()));
    }
    Map<String, String> rest = run(restarted, articles.subList(4, articles.size()));
    rest.forEach((title, story) -> assertThat(story).as(title).isEqualTo(full.get(title)));
  }

  @Test
  void storiesCloseAfterTheWindow() {
    OnlineStoryClusterer c = new OnlineStoryClusterer(ClusterConfig.defaults());
    String early = c.assign(article("a", "x.example", T0, 1, 1, "Port Sarin", "Tomas Ferreira")).storyId();
    String late = c.assign(article("b", "y.example", T0.plus(java.time.Duration.ofDays(30)), 1, 1, "Port Sarin", "Tomas Ferreira")).storyId();
    assertThat(late).isNotEqualTo(early);
    assertThat(c.openStories()).isEqualTo(1);
  }

  @Test
  void theResultDoesNotDependOnHowManyThreadsCluster() throws Exception {
    List<AnnotatedArticle> articles = stream();
    Map<String, String> alone = run(new OnlineStoryClusterer(ClusterConfig.defaults()), articles);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Map<String, String>>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        runs.add(pool.submit(() -> run(new OnlineStoryClusterer(ClusterConfig.defaults()), articles)));
      }
      for (java.util.concurrent.Future<Map<String, String>> f : runs) {
        assertThat(f.get()).isEqualTo(alone);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anArticleThatFitsTwoStoriesOfOneEventMergesThemAndTheOlderIdSurvives() {
    OnlineStoryClusterer c = new OnlineStoryClusterer(ClusterConfig.defaults());
    // Two stories of one event, as an earlier run left them.
    c.restore(article("quake-a", "ledger.example", T0, 1, 1, "Port Sarin", "Tomas Ferreira"), "s-old");
    c.restore(article("quake-b", "courier.example", T0.plusSeconds(600), 1, 1, "Port Sarin", "Tomas Ferreira"), "s-new");
    Assignment a = c.assign(article("quake-c", "northstar.example", T0.plusSeconds(1200), 1, 1, "Port Sarin", "Tomas Ferreira"));
    assertThat(a.storyId()).isEqualTo("s-old");
    assertThat(a.absorbedStoryIds()).containsExactly("s-new");
    assertThat(c.openStories()).isEqualTo(1);
    assertThat(c.assign(article("quake-b", "courier.example", T0.plusSeconds(600), 1, 1, "Port Sarin", "Tomas Ferreira")).storyId())
        .isEqualTo("s-old");
  }

  @Test
  void aStoryThatTurnsOutToBeTwoEventsSplitsAndTheNewerEventLeaves() {
    OnlineStoryClusterer c = new OnlineStoryClusterer(ClusterConfig.defaults());
    // A story that took in two earthquakes at once, as an earlier decision left it.
    List<AnnotatedArticle> mixed = List.of(
        article("sarin-1", "ledger.example", T0, 1, 1, "Port Sarin", "Tomas Ferreira"),
        article("kelso-1", "courier.example", T0.plusSeconds(600), 1, 2, "Kelso Bay", "Mina Arlo"),
        article("sarin-2", "northstar.example", T0.plusSeconds(1200), 1, 1, "Port Sarin", "Tomas Ferreira"),
        article("kelso-2", "ledger.example", T0.plusSeconds(1800), 1, 2, "Kelso Bay", "Mina Arlo"),
        article("sarin-3", "courier.example", T0.plusSeconds(2400), 1, 1, "Port Sarin", "Tomas Ferreira"));
    for (AnnotatedArticle a : mixed) {
      c.restore(a, "s-mixed");
    }
    AnnotatedArticle kelso3 = article("kelso-3", "northstar.example", T0.plusSeconds(3000), 1, 2, "Kelso Bay", "Mina Arlo");
    Assignment a = c.assign(kelso3);
    assertThat(a.splits()).hasSize(1);
    StorySplit split = a.splits().get(0);
    assertThat(split.fromStoryId()).isEqualTo("s-mixed");
    assertThat(split.newStoryId()).isEqualTo(OnlineStoryClusterer.splitIdFor("s-mixed", mixed.get(1).id(), kelso3.id()));
    // The same part leaving again later (after merging back) gets another id.
    assertThat(OnlineStoryClusterer.splitIdFor("s-mixed", mixed.get(1).id(), "a-later")).isNotEqualTo(split.newStoryId());
    assertThat(split.articleIds()).containsExactlyInAnyOrder(mixed.get(1).id(), mixed.get(3).id(), kelso3.id());
    assertThat(a.storyId()).isEqualTo(split.newStoryId());
    Assignment next = c.assign(article("kelso-4", "ledger.example", T0.plusSeconds(3600), 1, 2, "Kelso Bay", "Mina Arlo"));
    assertThat(next.storyId()).isEqualTo(split.newStoryId());
    Assignment sarin = c.assign(article("sarin-4", "northstar.example", T0.plusSeconds(4200), 1, 1, "Port Sarin", "Tomas Ferreira"));
    assertThat(sarin.storyId()).isEqualTo("s-mixed");
  }

  /** The mixed story of the split test, restored, then one more Kelso Bay article after {@code gap}. */
  static Assignment mixedStoryThenKelsoAfter(java.time.Duration gap) {
    OnlineStoryClusterer c = new OnlineStoryClusterer(ClusterConfig.defaults());
    String[][] mixed = {{"sarin-1", "Port Sarin", "Tomas Ferreira"}, {"kelso-1", "Kelso Bay", "Mina Arlo"},
        {"sarin-2", "Port Sarin", "Tomas Ferreira"}, {"kelso-2", "Kelso Bay", "Mina Arlo"}, {"sarin-3", "Port Sarin", "Tomas Ferreira"}};
    String[] outlets = {"ledger.example", "courier.example", "northstar.example"};
    for (int i = 0; i < mixed.length; i++) {
      c.restore(article(mixed[i][0], outlets[i % 3], T0.plusSeconds(600L * i), 1, mixed[i][0].startsWith("sarin") ? 1 : 2, mixed[i][1], mixed[i][2]),
          "s-mixed");
    }
    // An unrelated report moves the clock on, then the next Kelso Bay report comes.
    Instant later = T0.plusSeconds(2400).plus(gap);
    c.assign(article("summit-1", "ledger.example", later, 2, 3, "Vellmar", "Ida Rosk"));
    return c.assign(article("kelso-3", "northstar.example", later.plusSeconds(60), 1, 2, "Kelso Bay", "Mina Arlo"));
  }

  @Test
  void aStoryIdleForADayForgetsItsMembersAndNoLongerSplits() {
    Assignment soon = mixedStoryThenKelsoAfter(java.time.Duration.ofHours(23));
    assertThat(soon.splits()).hasSize(1);
    Assignment late = mixedStoryThenKelsoAfter(StoryState.MEMBERS_IDLE.plusHours(1));
    assertThat(late.storyId()).isEqualTo("s-mixed");
    assertThat(late.splits()).isEmpty();
  }

  @Test
  void oneEventToldFromSeveralAnglesDoesNotSplit() {
    OnlineStoryClusterer c = new OnlineStoryClusterer(ClusterConfig.defaults());
    List<Assignment> out = new ArrayList<>();
    String[][] people = {{"Tomas Ferreira"}, {"Tomas Ferreira", "Ana Lind"}, {"Ana Lind"}, {"Tomas Ferreira"}, {"Rui Costa", "Tomas Ferreira"},
        {"Ana Lind", "Rui Costa"}, {"Tomas Ferreira"}, {"Rui Costa"}, {"Ana Lind"}, {"Tomas Ferreira"}};
    for (int i = 0; i < people.length; i++) {
      out.add(c.assign(article("sarin-" + i, "o" + (i % 4) + ".example", T0.plusSeconds(600L * i), 1, 1, "Port Sarin", people[i])));
    }
    assertThat(out).allSatisfy(a -> assertThat(a.splits()).isEmpty());
    assertThat(out).extracting(Assignment::storyId).containsOnly(out.get(0).storyId());
  }
}
