package dev.worlddaily.synthesize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.enrich.CompositeEnricher;
import dev.worlddaily.enrich.EnrichConfig;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.ArticleImage;
import dev.worlddaily.model.Citation;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.story.BodyParagraph;
import dev.worlddaily.model.story.CitedText;
import dev.worlddaily.model.story.Figure;
import dev.worlddaily.model.story.FigureValue;
import dev.worlddaily.model.story.Quote;
import dev.worlddaily.model.story.Story;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Synthesis of a fictional three-outlet story, checked against its own citations. */
class ExtractiveSynthesizerTest {
  static CompositeEnricher enricher;
  static final Instant T0 = Instant.parse("2026-11-17T08:00:00Z");
  static final Outlet LEDGER = new Outlet("The Harbour Ledger", "harbourledger.example", "NZ", "en", "center", "private");
  static final Outlet COURIER = new Outlet("Valley Courier", "valleycourier.example", "CA", "en", "left", "nonprofit");
  static final Outlet STAR = new Outlet("Northstar Daily", "northstar.example", "GB", "en", "right", "private");

  @BeforeAll
  static void load() {
    enricher = new CompositeEnricher(EnrichConfig.defaults());
  }

  static AnnotatedArticle article(Outlet o, String slug, String title, Instant t, String... paragraphs) {
    return enricher.enrich(Article.builder().url("https://" + o.domain() + "/" + slug).outlet(o).title(title).published(t)
        .authors(List.of("Mara Quell")).blocks(List.of(paragraphs), null)
        .images(List.of(ArticleImage.of("https://" + o.domain() + "/img/" + slug + ".jpg", "Rescuers in Port Sarin on " + o.name(), "Photo: Ivo Renn")))
        .build());
  }

  static List<AnnotatedArticle> quake() {
    return List.of(
        article(LEDGER, "quake", "Earthquake kills 14 in Port Sarin | The Harbour Ledger", T0,
            "A magnitude 6.1 earthquake struck the coastal city of Port Sarin on Tuesday, killing 14 people and destroying more than 300 homes.",
            "Governor Tomas Ferreira said rescue teams were searching collapsed buildings through the night.",
            "\"We will not stop until everyone is found,\" Ferreira told reporters outside the city hall.",
            "The national government pledged $25 million in emergency aid and said the port would reopen next week."),
        article(COURIER, "sarin-quake", "Port Sarin earthquake leaves hundreds homeless", T0.plusSeconds(3600),
            "A strong earthquake hit Port Sarin on Tuesday, killing 12 people, according to the regional health office.",
            "Hundreds of families spent the night in school gyms after more than 300 homes were destroyed.",
            "Aid groups warned that clean water was running short in the poorest districts of the city.",
            "\"The shaking lasted almost a minute and the whole street came down,\" said Ana Lucia Perez, a baker near the harbour."),
        article(STAR, "sarin", "Quake in Port Sarin: rescuers race to reach survivors", T0.plusSeconds(7200),
            "Rescuers in Port Sarin raced to reach survivors on Tuesday after a magnitude 6.1 earthquake killed 14 people.",
            "Governor Tomas Ferreira said the search would continue through Wednesday.",
            "Critics said building codes in the port city had not been enforced for a decade.",
            "The government pledged $25 million in aid."));
  }

  private static Map<String, String> texts(List<AnnotatedArticle> articles) {
    Map<String, String> m = new HashMap<>();
    articles.forEach(a -> m.put(a.id(), a.article().text()));
    return m;
  }

  private static void assertCited(String text, List<Citation> citations, Map<String, String> texts) {
    assertThat(citations).as(text).isNotEmpty();
    assertThat(citations).as(text).anySatisfy(c -> assertThat(texts.get(c.articleId()).substring(c.start(), c.end())).contains(text));
  }

  @Test
  void everyPublishedElementLiesInTheSpanItCites() {
    List<AnnotatedArticle> articles = quake();
    Story s = new ExtractiveSynthesizer(SynthesisConfig.defaults()).synthesize(new StoryDraft("s1", articles, null, List.of(), T0.plusSeconds(9000)));
    Map<String, String> texts = texts(articles);
    assertThat(s.body()).isNotEmpty();
    for (BodyParagraph p : s.body()) {
      for (CitedText t : p.sentences()) {
        assertCited(t.text(), t.citations(), texts);
      }
    }
    for (CitedText k : s.keyPoints()) {
      assertCited(k.text(), k.citations(), texts);
    }
    for (Quote q : s.quotes()) {
      assertCited(q.text(), q.citations(), texts);
      assertThat(q.speaker()).isNotBlank();
    }
    for (Figure f : s.figures()) {
      for (FigureValue v : f.values()) {
        assertCited(v.text(), v.citations(), texts);
      }
    }
    assertThat(s.dek()).isNotBlank();
    assertThat(s.dek().split("\\s+").length).isLessThanOrEqualTo(60);
  }

  @Test
  void theWholeContractIsFilled() {
    List<AnnotatedArticle> articles = quake();
    Story s = new ExtractiveSynthesizer(SynthesisConfig.defaults()).synthesize(new StoryDraft("s1", articles, null, List.of(), T0.plusSeconds(9000)));
    assertThat(s.headline()).isNotBlank().doesNotContain("Harbour Ledger").doesNotContain("|");
    assertThat(s.keyPoints()).hasSizeBetween(3, 6);
    assertThat(s.quotes()).extracting(Quote::speaker).contains("Tomas Ferreira", "Ana Lucia Perez");
    assertThat(s.figures()).anySatisfy(f -> {
      assertThat(f.conflict()).isTrue();
      assertThat(f.values()).extracting(FigureValue::value).contains(14.0, 12.0);
    });
    assertThat(s.tags()).hasSizeBetween(3, 5).contains("Port Sarin", "Tomas Ferreira");
    assertThat(s.images()).hasSize(3).allSatisfy(i -> assertThat(i.credit()).contains("Photo: Ivo Renn"));
    assertThat(s.sources()).hasSize(3);
    assertThat(s.coverage().outlets()).isEqualTo(3);
    assertThat(s.coverage().countries()).containsExactly("NZ", "CA", "GB");
    assertThat(s.coverage().oneSided()).isFalse();
    assertThat(s.version()).isEqualTo(1);
    assertThat(s.changes()).singleElement().satisfies(c -> assertThat(c.summary()).isEqualTo("first published from 3 sources"));
    assertThat(s.slug()).startsWith("earthquake-kills-14-in-port-sarin");
  }

  @Test
  void aNewSourceRaisesTheVersionAndUnchangedInputKeepsIt() {
    List<AnnotatedArticle> all = quake();
    ExtractiveSynthesizer synth = new ExtractiveSynthesizer(SynthesisConfig.defaults());
    Story v1 = synth.synthesize(new StoryDraft("s1", all.subList(0, 2), null, List.of(), T0.plusSeconds(4000)));
    Story same = synth.synthesize(new StoryDraft("s1", all.subList(0, 2), v1, List.of(), T0.plusSeconds(5000)));
    assertThat(same).isEqualTo(v1);
    Story v2 = synth.synthesize(new StoryDraft("s1", all, v1, List.of(), T0.plusSeconds(9000)));
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.slug()).isEqualTo(v1.slug());
    assertThat(v2.changes()).hasSize(2);
    assertThat(v2.changes().get(1).summary()).startsWith("1 new source");
  }

  @Test
  void verificationDropsWhatItsCitationsDoNotSay() {
    List<AnnotatedArticle> articles = quake();
    Map<String, String> texts = texts(articles);
    String id = articles.get(0).id();
    Story forged = Story.builder("s1").headline("h")
        .body(List.of(new BodyParagraph(List.of(
            new CitedText("A magnitude 6.1 earthquake struck the coastal city of Port Sarin on Tuesday", List.of(new Citation(id, 0, 120))),
            new CitedText("The earthquake killed 40 people.", List.of(new Citation(id, 0, 120)))))))
        .quotes(List.of(new Quote("We will never stop searching", "Tomas Ferreira", List.of(new Citation(id, 0, texts.get(id).length())))))
        .build();
    CitationVerifier.Result r = new CitationVerifier(texts, false).verify(forged);
    assertThat(r.story().body().get(0).sentences()).hasSize(1);
    assertThat(r.story().quotes()).isEmpty();
    assertThat(r.report().dropped()).isEqualTo(2);
    assertThat(CitationVerifier.generatedSupported("The quake killed 40 people in Port Sarin.", texts.get(id))).isFalse();
    assertThat(CitationVerifier.generatedSupported("The earthquake in Port Sarin killed 14 people.", texts.get(id))).isTrue();
  }

  @Test
  void wireCopiesCountOnceInCoverage() {
    List<AnnotatedArticle> articles = new ArrayList<>(quake());
    AnnotatedArticle original = articles.get(0);
    Outlet reprinter = new Outlet("Coast Echo", "coastecho.example", "NZ", "en", "center", "private");
    Article copy = original.article().toBuilder().id(null).url("https://coastecho.example/quake").canonicalUrl(null)
        .outlet(reprinter).duplicateOf(original.id()).build();
    articles.add(enricher.enrich(copy));
    Story s = new ExtractiveSynthesizer(SynthesisConfig.defaults()).synthesize(new StoryDraft("s1", articles, null, List.of(), T0));
    assertThat(s.coverage().articles()).isEqualTo(4);
    assertThat(s.coverage().outlets()).isEqualTo(3);
  }

  @Test
  void aLargeStoryIsWrittenFromTheFirstReportAndTheNewestOfEachOutlet() {
    List<AnnotatedArticle> articles = new ArrayList<>();
    Outlet[] outlets = {LEDGER, COURIER, STAR};
    for (int i = 0; i < 9; i++) {
      articles.add(article(outlets[i % 3], "update-" + i, "Port Sarin quake update " + i, T0.plusSeconds(600L * i),
          "Rescuers in Port Sarin searched collapsed buildings for a " + (i + 1) + "th hour on Tuesday."));
    }
    List<AnnotatedArticle> chosen = ExtractiveSynthesizer.sentenceSources(articles, 5);
    // The first report, the newest of each outlet (8, 7, 6), then the newest left (5); in the given order.
    assertThat(chosen).extracting(a -> a.article().title()).containsExactly(
        "Port Sarin quake update 0", "Port Sarin quake update 5", "Port Sarin quake update 6",
        "Port Sarin quake update 7", "Port Sarin quake update 8");
    assertThat(ExtractiveSynthesizer.sentenceSources(articles, 9)).isSameAs(articles);
    Story s = new ExtractiveSynthesizer(SynthesisConfig.defaults()).synthesize(new StoryDraft("s1", articles, null, List.of(), T0));
    assertThat(s.sources()).hasSize(9);
  }
}
