package dev.worlddaily.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.model.annotation.AnnotatedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicationOrderTest {
  static final java.time.Instant T0 = OnlineStoryClustererTest.T0;

  static AnnotatedArticle at(String slug, java.time.Instant t) {
    return OnlineStoryClustererTest.article(slug, "x.example", t, 1, 1, "Port Sarin");
  }

  @Test
  void runsOfOneInstantAreSortedByIdAndTheRestKeepsItsOrder() {
    AnnotatedArticle late = at("late", T0.plusSeconds(60));
    AnnotatedArticle b = at("b", T0);
    AnnotatedArticle a = at("a", T0);
    AnnotatedArticle early = at("early", T0.minusSeconds(60));
    AnnotatedArticle undated1 = at("u1", null);
    AnnotatedArticle undated2 = at("u0", null);
    List<AnnotatedArticle> in = List.of(late, b, a, early, undated1, undated2);
    List<AnnotatedArticle> out = PublicationOrder.of(in);
    String first = a.id().compareTo(b.id()) < 0 ? a.id() : b.id();
    assertThat(out.get(0)).isSameAs(late);
    assertThat(out.get(1).id()).isEqualTo(first);
    assertThat(out.subList(3, 6)).containsExactly(early, undated1, undated2);
  }

  @Test
  void theTrailingRunWaitsForTheNextInstant() {
    assertThat(PublicationOrder.trailingRun(List.of(at("a", T0), at("b", T0.plusSeconds(1)), at("c", T0.plusSeconds(1))))).isEqualTo(2);
    assertThat(PublicationOrder.trailingRun(List.of(at("a", T0), at("b", null)))).isZero();
    assertThat(PublicationOrder.trailingRun(List.of())).isZero();
  }
}
