package dev.worlddaily.synthesize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.enrich.CompositeEnricher;
import dev.worlddaily.enrich.EnrichConfig;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.story.BodyParagraph;
import dev.worlddaily.model.story.CitedText;
import dev.worlddaily.model.story.Figure;
import dev.worlddaily.model.story.FigureValue;
import dev.worlddaily.model.story.Perspective;
import dev.worlddaily.model.story.StoryEntity;
import dev.worlddaily.model.story.Story;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The story contract on a fictional three-outlet outbreak (Osterra, the Tessaly district and all
 * names are invented): no fact told twice, the body's three movements, figures lined up across
 * units with readable labels and conflicts, one perspective per outlet, clean tags, the dek's
 * budget, and the change log of an update.
 */
class StoryContractTest {
  static CompositeEnricher enricher;
  static final Instant T0 = Instant.parse("2026-11-16T08:00:00Z");
  static final Outlet LEDGER = new Outlet("The Harbour Ledger", "harbourledger.example", "NZ", "en", "center", "private");
  static final Outlet WIRE = new Outlet("Meridian Wire", "meridianwire.example", "US", "en", "center", "private");
  static final Outlet COURIER = new Outlet("Valley Courier", "valleycourier.example", "CA", "en", "left", "nonprofit");

  @BeforeAll
  static void load() {
    enricher = new CompositeEnricher(EnrichConfig.defaults());
  }

  static AnnotatedArticle article(Outlet o, String slug, String title, Instant t, String... paragraphs) {
    return enricher.enrich(Article.builder().url("https://" + o.domain() + "/" + slug).outlet(o).title(title).published(t)
        .blocks(List.of(paragraphs), null).build());
  }

  static AnnotatedArticle ledger() {
    return article(LEDGER, "cholera", "Cholera outbreak in Tessaly district prompts vaccination drive", T0,
        "Health authorities in Osterra launched an emergency vaccination campaign in the Tessaly district on Monday after 64 cases of cholera were confirmed in two weeks.",
        "The outbreak has killed 13 people, the district medical officer, Dr Lina Marsh, said. Vaccination teams aim to reach 30,000 residents in eight days.",
        "Pipes in the district burst repeatedly last year, and the water network has not been upgraded since 1998.");
  }

  static AnnotatedArticle wire() {
    return article(WIRE, "osterra-cholera", "Osterra races to vaccinate as cholera spreads", T0.plusSeconds(1800),
        "KORVA (Meridian Wire) - Osterra began vaccinating residents against cholera in the Tessaly district on Monday after an outbreak that health officials said had infected 64 people.",
        "The campaign, backed by the World Health Organization, aims to vaccinate 30,000 residents.",
        "The death toll has risen to at least 15, the ministry said on Tuesday.");
  }

  static AnnotatedArticle courier() {
    return article(COURIER, "cholera-aid", "Aid group sends nurses to Osterra cholera outbreak", T0.plusSeconds(3600),
        "A Montreal-based aid group said on Monday it was sending 15 nurses to Osterra to help fight a cholera outbreak in the Tessaly district, where 64 cases have been confirmed.",
        "The group will open two field clinics next week.");
  }

  static Story synthesize(List<AnnotatedArticle> articles, Story previous, SynthesisConfig config) {
    return new ExtractiveSynthesizer(config).synthesize(new StoryDraft("s-cholera", articles, previous, List.of(), T0.plusSeconds(7200)));
  }

  static List<String> published(Story s) {
    List<String> out = new ArrayList<>();
    if (s.dek() != null) {
      out.add(s.dek());
    }
    for (BodyParagraph p : s.body()) {
      p.sentences().forEach(t -> out.add(t.text()));
    }
    return out;
  }

  @Test
  void theDekAndBodyGiveEachFigureOnce() {
    Story s = synthesize(List.of(ledger(), wire(), courier()), null, SynthesisConfig.defaults());
    assertThat(published(s).stream().filter(t -> t.contains("30,000 residents"))).hasSize(1);
    assertThat(published(s).stream().filter(t -> t.contains("15 nurses"))).hasSize(1);
  }

  @Test
  void theBodyMovesFromWhatHappenedToWhatComesNext() {
    Story s = synthesize(List.of(ledger(), wire(), courier()), null, SynthesisConfig.defaults());
    List<CitedText> sentences = s.body().stream().flatMap(p -> p.sentences().stream()).toList();
    assertThat(sentences).extracting(CitedText::text).contains("The group will open two field clinics next week.");
    assertThat(sentences.get(sentences.size() - 1).text()).isEqualTo("The group will open two field clinics next week.");
    int pipes = indexOf(sentences, "Pipes in the district");
    assertThat(pipes).isPositive();
    assertThat(s.body().get(0).sentences()).noneMatch(t -> t.text().startsWith("Pipes"));
  }

  private static int indexOf(List<CitedText> sentences, String start) {
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).text().startsWith(start)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void figuresAreLinedUpAcrossUnitsWithReadableLabelsAndConflicts() {
    Story s = synthesize(List.of(ledger(), wire(), courier()), null, SynthesisConfig.defaults());
    assertThat(s.figures()).extracting(Figure::label).doesNotHaveDuplicates().allSatisfy(l -> assertThat(l).doesNotContain("·"));
    Figure cases = s.figures().stream().filter(f -> f.label().equals("Cases")).findFirst().orElseThrow();
    assertThat(cases.values()).extracting(FigureValue::text).containsExactly("64 cases", "64 people", "64 cases");
    assertThat(cases.conflict()).isFalse();
    Figure deaths = s.figures().stream().filter(f -> f.label().equals("Death toll")).findFirst().orElseThrow();
    assertThat(deaths.values()).extracting(FigureValue::value).containsExactly(13.0, 15.0);
    assertThat(deaths.conflict()).isTrue();
    Figure residents = s.figures().stream().filter(f -> f.values().get(0).value() == 30_000).findFirst().orElseThrow();
    assertThat(residents.values()).hasSize(2);
    assertThat(residents.label()).startsWith("Residents");
  }

  @Test
  void approximationsAndBoundsAreNotConflicts() {
    assertThat(FigureAligner.agree(fig("61 per cent", 61, "%"), fig("about 60 per cent", 60, "%"))).isTrue();
    assertThat(FigureAligner.agree(fig("more than 300 homes", 300, "homes"), fig("320 homes", 320, "homes"))).isTrue();
    assertThat(FigureAligner.agree(fig("at least 15", 15, null), fig("14 people", 14, "people"))).isFalse();
    assertThat(FigureAligner.agree(fig("12 people", 12, "people"), fig("14 people", 14, "people"))).isFalse();
  }

  static dev.worlddaily.model.annotation.FigureMention fig(String text, double value, String unit) {
    return new dev.worlddaily.model.annotation.FigureMention(0, text.length(), text, value, unit);
  }

  @Test
  void eachOutletStressesWhatTheOthersDoNot() {
    Story s = synthesize(List.of(ledger(), wire(), courier()), null, SynthesisConfig.defaults());
    assertThat(s.perspectives()).extracting(Perspective::outlet).containsExactlyInAnyOrder("The Harbour Ledger", "Meridian Wire", "Valley Courier");
    assertThat(s.perspectives()).filteredOn(p -> p.outlet().equals("Valley Courier")).singleElement()
        .satisfies(p -> assertThat(p.text()).containsAnyOf("15 nurses", "field clinics"));
    assertThat(s.perspectives()).filteredOn(p -> p.outlet().equals("The Harbour Ledger")).singleElement()
        .satisfies(p -> assertThat(p.text()).doesNotStartWith("Health authorities"));
  }

  @Test
  void datelinesAndOutletsAreNotEntities() {
    Story s = synthesize(List.of(ledger(), wire(), courier()), null, SynthesisConfig.defaults());
    assertThat(s.entities()).extracting(StoryEntity::name).doesNotContain("KORVA", "Meridian Wire").contains("Osterra");
    assertThat(s.tags()).hasSizeBetween(3, 5).doesNotContain("KORVA", "Meridian Wire", "Montreal-based");
    // The country and the district the story is about lead the tags, in either order.
    assertThat(s.tags().subList(0, 2)).containsExactlyInAnyOrder("Osterra", "Tessaly");
    assertThat(s.entities()).extracting(StoryEntity::name).doesNotHaveDuplicates();
  }

  @Test
  void theDekIsOneOrTwoSentencesWithinItsWordBudget() {
    Story wide = synthesize(List.of(ledger(), wire(), courier()), null, SynthesisConfig.defaults());
    assertThat(wide.dekCitations()).hasSizeBetween(1, 2);
    assertThat(wide.dek().split("\\s+").length).isLessThanOrEqualTo(60);
    Story narrow = synthesize(List.of(ledger(), wire(), courier()), null, SynthesisConfig.defaults().withDekWords(26));
    assertThat(narrow.dek().split("\\s+").length).isLessThanOrEqualTo(26);
  }

  @Test
  void coverageIsOneSidedOnlyWhenEveryOutletIsKnownToShareACountryOrASide() {
    Outlet right1 = new Outlet("Northstar Daily", "northstar.example", "GB", "en", "right", "private");
    Outlet right2 = new Outlet("Crown Herald", "crownherald.example", "GB", "en", "center-right", "private");
    Outlet unknown = Outlet.ofDomain("somewhere.example");
    AnnotatedArticle a = article(right1, "c1", "Cholera in Tessaly", T0, "Cholera has killed 13 people in the Tessaly district of Osterra, officials said.");
    AnnotatedArticle b = article(right2, "c2", "Tessaly cholera toll rises", T0, "The cholera outbreak in Osterra's Tessaly district has killed 13 people.");
    AnnotatedArticle c = article(unknown, "c3", "Osterra outbreak", T0, "Health officials in Osterra reported 13 cholera deaths in the Tessaly district.");
    assertThat(synthesize(List.of(a, b), null, SynthesisConfig.defaults()).coverage().oneSided()).isTrue();
    assertThat(synthesize(List.of(a, b, c), null, SynthesisConfig.defaults()).coverage().oneSided()).isFalse();
    Story mixed = synthesize(List.of(ledger(), wire(), courier()), null, SynthesisConfig.defaults());
    assertThat(mixed.coverage().oneSided()).isFalse();
    assertThat(mixed.coverage().countries()).containsExactly("NZ", "US", "CA");
  }

  @Test
  void theTimelineDatesEventsInOrder() {
    Story s = synthesize(List.of(ledger(), wire(), courier()), null, SynthesisConfig.defaults());
    assertThat(s.timeline()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(s.timeline()).extracting(t -> t.date()).isSorted().doesNotHaveDuplicates();
    assertThat(s.timeline()).allSatisfy(t -> assertThat(t.text()).doesNotStartWith("KORVA"));
  }

  @Test
  void imagesAreDeduplicatedCreditedAndNeverLogos() {
    AnnotatedArticle withImages = enricher.enrich(Article.builder().url("https://harbourledger.example/cholera-photos").outlet(LEDGER)
        .title("Cholera in Tessaly").published(T0).blocks(List.of("Cholera has killed 13 people in the Tessaly district of Osterra, officials said."), null)
        .images(List.of(
            dev.worlddaily.model.ArticleImage.of("https://harbourledger.example/img/clinic.jpg", "A clinic in Tessaly.", "Photo: Ivo Renn"),
            dev.worlddaily.model.ArticleImage.of("https://harbourledger.example/static/logo.png", null, null),
            dev.worlddaily.model.ArticleImage.of("https://harbourledger.example/img/clinic.jpg", "A clinic in Tessaly.", "Photo: Ivo Renn")))
        .build());
    AnnotatedArticle copy = enricher.enrich(Article.builder().url("https://valleycourier.example/cholera-photos").outlet(COURIER)
        .title("Cholera in Tessaly kills 13").published(T0).blocks(List.of("The cholera outbreak in Osterra's Tessaly district has killed 13 people."), null)
        .images(List.of(dev.worlddaily.model.ArticleImage.of("https://cdn.example/clinic-copy.jpg", "A clinic in Tessaly.", null)))
        .build());
    Story s = synthesize(List.of(withImages, copy), null, SynthesisConfig.defaults());
    assertThat(s.images()).singleElement().satisfies(i -> {
      assertThat(i.url()).isEqualTo("https://harbourledger.example/img/clinic.jpg");
      assertThat(i.credit()).isEqualTo("The Harbour Ledger / Photo: Ivo Renn");
      assertThat(i.articleId()).isEqualTo(withImages.id());
    });
  }

  @Test
  void anUpdateRaisesTheVersionAndSaysWhatChanged() {
    Story v1 = synthesize(List.of(ledger(), courier()), null, SynthesisConfig.defaults());
    assertThat(v1.figures()).noneMatch(Figure::conflict);
    Story v2 = synthesize(List.of(ledger(), courier(), wire()), v1, SynthesisConfig.defaults());
    assertThat(v2.id()).isEqualTo(v1.id());
    assertThat(v2.slug()).isEqualTo(v1.slug());
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.changes()).hasSize(2);
    assertThat(v2.changes().get(1).summary()).isEqualTo("1 new source; the death toll now differs between outlets");
  }
}
