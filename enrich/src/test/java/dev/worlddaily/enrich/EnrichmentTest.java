package dev.worlddaily.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.Category;
import dev.worlddaily.model.EntityType;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.annotation.Annotations;
import dev.worlddaily.model.annotation.DateMention;
import dev.worlddaily.model.annotation.EntityMention;
import dev.worlddaily.model.annotation.QuoteMention;
import dev.worlddaily.model.annotation.TextSpan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole enrichment stage on our own fictional articles; models load once per class. */
class EnrichmentTest {
  static CompositeEnricher enricher;

  @BeforeAll
  static void load() {
    enricher = new CompositeEnricher(EnrichConfig.defaults());
  }

  private static Article article(String title, Instant published, String... paragraphs) {
    return Article.builder().url("https://harbourledger.example/" + title.hashCode()).outlet(Outlet.ofDomain("harbourledger.example"))
        .title(title).published(published).blocks(List.of(paragraphs), null).build();
  }

  private static final Article QUAKE = article(
      "Earthquake shakes Port Sarin", Instant.parse("2026-11-18T09:00:00Z"),
      "A magnitude 6.1 earthquake struck the coastal city of Port Sarin in Chile on Tuesday, destroying more than 300 homes. Mr. Tomas Ferreira, the regional governor, said 14 people were killed.",
      "\"We are searching every street, and we will not stop until everyone is found,\" Ferreira told reporters at the U.S. consulate.",
      "Rescue teams from Argentina and the Red Cross arrived on Wednesday. The government in Santiago pledged $25 million in aid.",
      "“The shaking lasted almost a minute,” said Ana Lucia Perez, who runs a bakery near the harbour. She added: “Everything fell off the shelves at once.”");

  @Test
  void annotatesEveryKindAndOffsetsMatchTheText() {
    AnnotatedArticle a = enricher.enrich(QUAKE);
    Annotations ann = a.annotations();
    String text = a.article().text();
    assertThat(ann.language()).isEqualTo("en");
    assertThat(ann.sentences()).hasSizeGreaterThanOrEqualTo(7);
    for (TextSpan s : ann.sentences()) {
      assertThat(s.of(text)).isNotBlank();
    }
    for (EntityMention e : ann.entities()) {
      assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
    }
    for (QuoteMention q : ann.quotes()) {
      assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
    }
    assertThat(ann.embedding()).hasSize(384);
    assertThat(ann.bodyEmbedding()).hasSize(384);
    assertThat(ann.category()).isIn(Category.WORLD, Category.SCIENCE);
  }

  @Test
  void oneModelPassPerArticleByDefaultAndTheBodyEmbeddingIsTheLeadsVector() {
    EnrichConfig d = EnrichConfig.defaults();
    try (CompositeEnricher twoPasses = new CompositeEnricher(
        new EnrichConfig(List.of("en"), true, d.embeddingBatchSize(), 0, d.leadChars(), 1500))) {
      Annotations oneVector = enricher.enrich(QUAKE).annotations();
      assertThat(oneVector.bodyEmbedding()).isSameAs(oneVector.embedding());
      // With bodyChars set, the body embedding reads the text after the lead: a vector of its own.
      String more = "The port authority said the cranes on the north quay were inspected on Thursday and the ferry to the islands resumed. ";
      Article longer = article("Earthquake shakes Port Sarin", Instant.parse("2026-11-18T09:00:00Z"),
          QUAKE.text(), more.repeat(6));
      Annotations two = twoPasses.enrich(longer).annotations();
      assertThat(two.bodyEmbedding()).hasSize(384);
      assertThat(Embedder.cosine(two.embedding(), two.bodyEmbedding())).isLessThan(0.95);
      // A text that ends within the lead has no body of its own, even with bodyChars set.
      Annotations shortOne = twoPasses.enrich(article("Harbour reopens", null, "The harbour of Port Sarin reopened on Monday.")).annotations();
      assertThat(shortOne.bodyEmbedding()).isSameAs(shortOne.embedding());
    }
  }

  @Test
  void sentencesSurviveAbbreviationsInitialsAndDecimals() {
    AnnotatedArticle a = enricher.enrich(QUAKE);
    List<String> sentences = a.annotations().sentences().stream().map(s -> s.of(a.article().text())).toList();
    assertThat(sentences).anySatisfy(s -> assertThat(s).startsWith("A magnitude 6.1 earthquake").endsWith("destroying more than 300 homes."));
    assertThat(sentences).anySatisfy(s -> assertThat(s).startsWith("Mr. Tomas Ferreira").endsWith("14 people were killed."));
    assertThat(sentences).anySatisfy(s -> assertThat(s).contains("at the U.S. consulate."));
  }

  @Test
  void entitiesAreTypedAndCanonical() {
    List<EntityMention> e = enricher.enrich(QUAKE).annotations().entities();
    assertThat(e).extracting(EntityMention::canonical, EntityMention::type).contains(
        tuple("Port Sarin", EntityType.PLACE),
        tuple("Chile", EntityType.COUNTRY),
        tuple("Tomas Ferreira", EntityType.PERSON),
        tuple("Argentina", EntityType.COUNTRY),
        tuple("Red Cross", EntityType.ORGANIZATION),
        tuple("Ana Lucia Perez", EntityType.PERSON),
        tuple("United States", EntityType.COUNTRY));
    // The surname alone resolves to the person named in full.
    assertThat(e).filteredOn(m -> m.text().equals("Ferreira")).extracting(EntityMention::canonical).containsOnly("Tomas Ferreira");
  }

  @Test
  void quotesHaveSpeakers() {
    List<QuoteMention> q = enricher.enrich(QUAKE).annotations().quotes();
    assertThat(q).extracting(QuoteMention::speaker).containsExactly("Tomas Ferreira", "Ana Lucia Perez", "Ana Lucia Perez");
    assertThat(q.get(0).text()).isEqualTo("We are searching every street, and we will not stop until everyone is found");
  }

  @Test
  void datesResolveAgainstPublication() {
    List<DateMention> d = enricher.enrich(QUAKE).annotations().dates();
    assertThat(d).extracting(DateMention::date).contains(LocalDate.parse("2026-11-17"), LocalDate.parse("2026-11-18"));
  }

  @Test
  void nonLatinCountryNamesMatch() {
    Gazetteer g = enricher.gazetteer();
    assertThat(g.country("Украина")).contains("UA");
    assertThat(g.country("Türkiye")).isEqualTo(g.country("Turkey"));
    assertThat(g.country("Burma")).isEqualTo(g.country("Myanmar"));
    assertThat(g.countrySignal("French")).contains("FR");
    assertThat(g.countrySignal("the Élysée")).contains("FR");
    assertThat(Gazetteer.countryName("TR")).isEqualTo("Turkey");
  }

  @Test
  void categoriesFollowTheContent() {
    assertThat(enricher.categorize("Striker scores twice as champions win the cup final", "The home team won 2-1 in front of 40,000 fans.")).isEqualTo(Category.SPORTS);
    assertThat(enricher.categorize("Central bank raises interest rates again", "Inflation and slowing growth worry investors as shares fall.")).isEqualTo(Category.BUSINESS);
    assertThat(enricher.categorize("Parliament passes election reform bill", "The opposition party voted against the government's plan.")).isEqualTo(Category.POLITICS);
  }

  @Test
  void germanTextIsDetectedAndSplit() {
    Article de = article("Hafen eröffnet neu", Instant.parse("2026-11-18T09:00:00Z"),
        "Der Hafen von Port Sarin wurde am Dienstag wieder eröffnet. Die Arbeiten kosteten rund 4,2 Mio. Euro, sagte der Bürgermeister.");
    Annotations ann = enricher.enrich(de).annotations();
    assertThat(ann.language()).isEqualTo("de");
    assertThat(ann.sentences()).hasSize(2);
  }
}
