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
}
