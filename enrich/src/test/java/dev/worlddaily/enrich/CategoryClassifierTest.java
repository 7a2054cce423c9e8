package dev.worlddaily.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.worlddaily.model.Category;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Category examples, their shipped vectors, the lexicon and the classifier, on our own headlines. */
class CategoryClassifierTest {

  @Test
  void shippedVectorsAreTheExamplesCurrentVectors() {
    CategoryExamples examples = CategoryExamples.load();
    assertThat(examples.examples()).hasSizeGreaterThan(1000);
    List<float[]> shipped = examples.shippedVectors();
    assertThat(shipped).as("category-examples.vectors was written for other texts: regenerate it (see CategoryExamples)").isNotNull();
    // The vectors are the model's for these texts (half precision costs less than 1e-3 of cosine).
    try (Embedder embedder = new Embedder(8, 0, 2)) {
      for (int i : new int[] {0, 317, examples.examples().size() - 1}) {
        float[] now = embedder.embed(examples.examples().get(i).text());
        assertThat(Embedder.cosine(now, shipped.get(i))).as(examples.examples().get(i).text()).isGreaterThan(0.999);
      }
    }
  }

  @Test
  void vectorsWrittenForOtherTextsAreNotUsed() throws Exception {
    CategoryExamples one = CategoryExamples.parse(new ByteArrayInputStream(
        "# a comment\nSports\tStriker scores twice in the cup final.\n".getBytes(StandardCharsets.UTF_8)));
    CategoryExamples other = CategoryExamples.parse(new ByteArrayInputStream(
        "Sports\tStriker scores three times in the cup final.\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(one.textHash()).isNotEqualTo(other.textHash());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    one.write(List.of(new float[Embedder.DIMENSIONS]), out);
    assertThat(out.size()).isEqualTo(4 + 4 + 64 + 4 + 4 + 2 * Embedder.DIMENSIONS);
    assertThatThrownBy(() -> CategoryExamples.parse(new ByteArrayInputStream("Sports only\n".getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("line 1");
  }

  @Test
  void lexiconStemsPluralsAndSharesWordsBetweenCategories() {
    assertThat(CategoryLexicon.stem("stories")).isEqualTo("story");
    assertThat(CategoryLexicon.stem("taxes")).isEqualTo("tax");
    assertThat(CategoryLexicon.stem("shares")).isEqualTo("share");
    assertThat(CategoryLexicon.stem("virus")).isEqualTo("virus");
    assertThat(CategoryLexicon.stem("crisis")).isEqualTo("crisis");
    CategoryLexicon lexicon = new CategoryLexicon(new ByteArrayInputStream(
        "# test\nSports\t2\tgoal match\nBusiness\t2\tshares\nWorld\t2\tmatch\n".getBytes(StandardCharsets.UTF_8)));
    Map<Category, Double> s = lexicon.scores("Goals, goals and a match as shares fall");
    // "goal" counts once although it occurs twice; "match" is split between Sports and World.
    assertThat(s.get(Category.SPORTS)).isEqualTo(2 + 1.0);
    assertThat(s.get(Category.WORLD)).isEqualTo(1.0);
    assertThat(s.get(Category.BUSINESS)).isEqualTo(2.0);
    assertThat(s.get(Category.HEALTH)).isZero();
  }

  @Test
  void wordsAloneDecideWithoutAnEmbedding() {
    CategoryClassifier words = new CategoryClassifier(null);
    assertThat(words.classify("Striker scores twice as the champions win the cup final", "", null)).isEqualTo(Category.SPORTS);
    assertThat(words.classify("Shares fall as the central bank raises interest rates", "", null)).isEqualTo(Category.BUSINESS);
    assertThat(words.classify("Harbour of Port Sarin", "", null)).isEqualTo(Category.WORLD);
  }

  @Test
  void technologyIsProductsAndTheIndustryBusinessTheEconomyAndOtherIndustries() {
    try (Embedder embedder = new Embedder(8, 0, 2)) {
      CategoryClassifier c = new CategoryClassifier(embedder);
      // Fictional companies and events, written for this test.
      String chip = "Veltrix Semiconductor's quarterly profit doubles on demand for AI processors";
      String chipLead = "The chipmaker said revenue from data-centre chips rose 80 percent and raised its forecast.";
      assertThat(c.classify(chip, chipLead, embedder.embed(chip + ".\n" + chipLead))).isIn(Category.TECHNOLOGY, Category.BUSINESS);
      String product = "Veltrix unveils faster AI processor for data centres";
      String productLead = "The chipmaker said its new chip doubles the speed of training large language models.";
      assertThat(c.classify(product, productLead, embedder.embed(product + ".\n" + productLead))).isEqualTo(Category.TECHNOLOGY);
      String grocer = "Harrowgate supermarket chain's profit falls as shoppers cut back";
      String grocerLead = "The grocer said sales at stores open a year fell 3 percent and cut its dividend.";
      assertThat(c.classify(grocer, grocerLead, embedder.embed(grocer + ".\n" + grocerLead))).isEqualTo(Category.BUSINESS);
      String ferry = "Ferry capsizes off Kelso island, dozens missing";
      String ferryLead = "Rescuers searched the strait overnight after the ferry carrying 200 passengers overturned in a storm.";
      assertThat(c.classify(ferry, ferryLead, embedder.embed(ferry + ".\n" + ferryLead))).isEqualTo(Category.WORLD);
    }
  }
}
