package dev.worlddaily.synthesize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.Outlet;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndependentOutletsTest {
  private static Article article(String domain, String slug, String duplicateOf) {
    return Article.builder().url("https://" + domain + "/" + slug).outlet(Outlet.ofDomain(domain))
        .blocks(List.of("Text of " + slug + "."), null).duplicateOf(duplicateOf).build();
  }

  @Test
  void wireCopiesCountAsTheirOriginal() {
    Article wire = article("meridianwire.example", "quake", null);
    Article copy1 = article("harbourledger.example", "quake-copy", wire.id());
    Article copy2 = article("valleycourier.example", "quake-reprint", wire.id());
    Article own = article("northstar.example", "quake-report", null);
    assertThat(IndependentOutlets.count(List.of(wire, copy1, copy2, own))).isEqualTo(2);
  }

  @Test
  void copiesOfAnAbsentOriginalCountOnce() {
    Article copy1 = article("harbourledger.example", "a", "a-missing");
    Article copy2 = article("valleycourier.example", "b", "a-missing");
    assertThat(IndependentOutlets.count(List.of(copy1, copy2))).isEqualTo(1);
  }

  @Test
  void twoArticlesOfOneOutletCountOnce() {
    assertThat(IndependentOutlets.count(List.of(article("x.example", "1", null), article("x.example", "2", null)))).isEqualTo(1);
  }
}
