package dev.worlddaily.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.Category;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.annotation.Annotations;
import dev.worlddaily.model.annotation.DateMention;
import dev.worlddaily.model.annotation.FigureMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleProfilerTest {
  @Test
  void theDayOfAStatedDateIsNotAFigure() {
    // Fictional report: "On September 18, 2013 the Vellmar port moved 3893 containers."
    String text = "On September 18, 2013 the Vellmar port moved 3893 containers.";
    int date = text.indexOf("September");
    int day = text.indexOf("18");
    int count = text.indexOf("3893");
    Article a = Article.builder().url("https://vellmar-courier.example/port").outlet(Outlet.ofDomain("vellmar-courier.example"))
        .title("Port").blocks(List.of(text), null).build();
    Annotations ann = new Annotations("en", Category.BUSINESS, List.of(), List.of(),
        List.of(new FigureMention(day, day + 2, "18", 18, null), new FigureMention(count, count + 4, "3893", 3893, "containers")),
        List.of(), List.of(new DateMention(date, date + "September 18, 2013".length(), "September 18, 2013", LocalDate.of(2013, 9, 18))),
        null, null);
    EventProfile p = new ArticleProfiler().profile(new AnnotatedArticle(a, ann)).profile();
    assertThat(p.figures.keys()).containsExactly(ArticleProfiler.figureKey(3893));
    assertThat(p.dates).containsExactly(Math.toIntExact(LocalDate.of(2013, 9, 18).toEpochDay()));
  }

  @Test
  void articlesOfOneOutletOnOneDayShareTheirOutletDay() {
    ArticleProfiler profiler = new ArticleProfiler();
    java.time.Instant t = java.time.Instant.parse("2026-11-17T06:00:00Z");
    EventProfile[] p = new EventProfile[4];
    String[] outlets = {"ledger.example", "ledger.example", "courier.example", "ledger.example"};
    java.time.Instant[] times = {t, t.plusSeconds(3600), t.plusSeconds(3600), t.plusSeconds(86_400)};
    for (int i = 0; i < p.length; i++) {
      Article a = Article.builder().url("https://" + outlets[i] + "/" + i).outlet(Outlet.ofDomain(outlets[i])).title("Port " + i)
          .published(times[i]).blocks(List.of("A fictional report from the Vellmar port."), null).build();
      p[i] = profiler.profile(new AnnotatedArticle(a, new Annotations("en", Category.BUSINESS, List.of(), List.of(), List.of(), List.of(), List.of(), null, null))).profile();
    }
    assertThat(p[1].outletDays).isSameAs(p[0].outletDays);
    assertThat(p[2].outletDays).isNotEqualTo(p[0].outletDays);
    assertThat(p[3].outletDays).isNotEqualTo(p[0].outletDays);
    assertThat(p[3].outletDays.sharesAny(p[0].outletDays)).isFalse();
    assertThat(p[1].outletDays.sharesAny(p[0].outletDays)).isTrue();
  }
}
