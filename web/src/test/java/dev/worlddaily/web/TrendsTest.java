package dev.worlddaily.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.model.Category;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.story.Story;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trends against each name's own baseline, over a real store. */
class TrendsTest {
  @TempDir Path dir;

  /** One published story a day tagged {@code tag}, with {@code perDay[i]} sources on day i (0 = six days before the last). */
  static void stories(SiteFixture site, String tag, Category c, int[] perDay) {
    Instant first = SiteFixture.T0.minus(Duration.ofDays(6));
    for (int day = 0; day < perDay.length; day++) {
      if (perDay[day] == 0) {
        continue;
      }
      List<AnnotatedArticle> articles = new ArrayList<>();
      Instant t = first.plus(Duration.ofDays(day));
      for (int i = 0; i < perDay[day]; i++) {
        Outlet o = new Outlet("Outlet " + i, "outlet" + i + ".example", "NZ", "en", null, null);
        articles.add(SiteFixture.article(o, tag.replace(' ', '-') + day + "-" + i, tag + " news " + i, "Ann Lee", "c", t, tag + " report number " + i + " of day " + day + ". More."));
      }
      Story s = site.story("s-" + tag.replace(' ', '-') + day, tag + " on day " + day, c, t, articles.toArray(AnnotatedArticle[]::new));
      Story tagged = s.toBuilder().tags(List.of(tag)).build();
      site.store.saveStory(tagged, true);
      site.index.indexStory(tagged, true);
    }
    site.index.commit();
  }

  @Test
  void aNameRisingAgainstItsOwnBaselineTrendsAndASteadyOneDoesNot() {
    try (SiteFixture site = new SiteFixture(dir, SiteFixture.fullConfig(), null)) {
      stories(site, "Port Sarin", Category.WORLD, new int[] {0, 0, 1, 0, 1, 4, 5});
      stories(site, "Harbour Council", Category.POLITICS, new int[] {3, 3, 3, 3, 3, 3, 3});
      TrendReport r = new Trends(site.store, java.time.Clock.fixed(SiteFixture.T0, java.time.ZoneOffset.UTC)).compute(10);
      assertThat(r.lastDay()).isEqualTo(LocalDate.parse("2026-11-18"));
      assertThat(r.entities()).extracting(Trend::name).containsExactly("Port Sarin");
      Trend t = r.entities().get(0);
      assertThat(t.daily()).containsExactly(0, 0, 1, 0, 1, 4, 5);
      assertThat(t.recentPerDay()).isEqualTo(4.5);
      assertThat(t.baselinePerDay()).isEqualTo(0.4);
      assertThat(t.lift()).isEqualTo((4.5 + 1) / (0.4 + 1));
      assertThat(t.stories()).extracting(StoryLink::id).first().isEqualTo("s-Port-Sarin6");
      assertThat(t.href()).isEqualTo("/entities/Port%20Sarin");
      assertThat(r.topics()).extracting(Trend::name).containsExactly("World");
      assertThat(r.seriesOf("harbour council")).containsExactly(3, 3, 3, 3, 3, 3, 3);
    }
  }

  @Test
  void sparklinesSpanTheirBoxAndDescribeThemselves() {
    Trend t = new Trend("X", "entity", "/entities/X", new int[] {0, 1, 2, 3, 4, 5, 10}, LocalDate.parse("2026-11-18"), 7.5, 1.2, 3.9, List.of());
    String[] points = t.points().split(" ");
    assertThat(points).hasSize(7);
    assertThat(points[0]).isEqualTo("2.0,33.0");
    assertThat(points[6]).isEqualTo("138.0,3.0");
    assertThat(t.describe()).isEqualTo("Source articles per day, 12 Nov to 18 Nov: 0, 1, 2, 3, 4, 5, 10");
    assertThat(t.liftLabel()).isEqualTo("×3.9 its usual rate");
    assertThat(new Trend("Y", "entity", "/", new int[7], LocalDate.EPOCH, 0, 0, 1, List.of()).points()).doesNotContain("NaN");
  }
}
