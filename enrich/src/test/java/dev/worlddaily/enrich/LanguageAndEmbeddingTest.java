package dev.worlddaily.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.model.annotation.Annotations;
import dev.worlddaily.model.annotation.LanguageSpan;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Language per article and paragraph, limited to the configured languages; embedding batches and cache. */
class LanguageAndEmbeddingTest {
  private static final String ENGLISH = "The harbour council of Port Sarin voted on Tuesday to rebuild the old sea wall before the winter storms arrive.";
  private static final String GERMAN = "Der Bürgermeister sagte am Dienstag, dass die Arbeiten an der Hafenmauer noch vor dem Winter beginnen werden.";
  private static final String FRENCH = "Le conseil du port a voté mardi pour reconstruire la vieille digue avant l'arrivée des tempêtes d'hiver.";

  @Test
  void theDetectorLoadsOnFirstUseAndAnswersOnlyConfiguredLanguages() {
    LanguageIdentifier id = new LanguageIdentifier(List.of("en", "de"));
    assertThat(id.loaded()).isFalse();
    assertThat(id.detect(GERMAN)).isEqualTo("de");
    assertThat(id.loaded()).isTrue();
    assertThat(id.detect(FRENCH)).isIn("en", "de", null);
    assertThat(new LanguageIdentifier(List.of("en", "fr")).detect(FRENCH)).isEqualTo("fr");
  }

  @Test
  void paragraphsWhoseCommonWordsLeaveNoDoubtAreDecidedWithoutTheDetector() {
    LanguageIdentifier id = new LanguageIdentifier(List.of("en", "de", "fr"));
    String text = ENGLISH + " " + ENGLISH + "\n\n" + GERMAN + " " + GERMAN;
    int split = text.indexOf("\n\n");
    List<LanguageSpan> spans = id.detectParagraphs(text, List.of(new int[] {0, split}, new int[] {split + 2, text.length()}));
    assertThat(spans).extracting(LanguageSpan::language).containsExactly("en", "de");
    assertThat(id.loaded()).as("Lingua's models are not needed for these").isFalse();
    // A short paragraph (under 20 words) goes to Lingua.
    assertThat(id.detectParagraphs(FRENCH, List.of(new int[] {0, FRENCH.length()}))).extracting(LanguageSpan::language).containsExactly("fr");
    assertThat(id.loaded()).isTrue();
  }

  @Test
  void unknownLanguageCodesAreRefusedByName() {
    assertThatThrownBy(() -> new LanguageIdentifier(List.of("en", "xx")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("xx");
  }

  @Test
  void mixedArticlesGetALanguagePerParagraphAndSentencesInEach() {
    try (CompositeEnricher enricher = new CompositeEnricher(new EnrichConfig(List.of("en", "de", "fr"), false, 8, 100, 600, 0))) {
      Article a = Article.builder().url("https://harbourledger.example/mixed").outlet(Outlet.ofDomain("harbourledger.example"))
          .title("Sea wall vote").published(Instant.parse("2026-11-18T09:00:00Z"))
          .blocks(List.of(ENGLISH + " " + ENGLISH, GERMAN + " Die Kosten liegen bei rund 4 Mio. Euro.", ENGLISH), null).build();
      Annotations ann = enricher.enrich(a).annotations();
      assertThat(ann.language()).isEqualTo("en");
      assertThat(ann.paragraphLanguages()).extracting(LanguageSpan::language).containsExactly("en", "de", "en");
      LanguageSpan german = ann.paragraphLanguages().get(1);
      // The German abbreviation "Mio." does not end the sentence: the German paragraph has two.
      assertThat(ann.sentences()).filteredOn(s -> s.start() >= german.start() && s.end() <= german.end()).hasSize(2);
    }
  }

  @Test
  void ourEncoderGivesTheArtifactsOwnVectors() {
    // MiniLmEncoder runs the artifact's model without its wrapper; the vectors must not change.
    var reference = new dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel();
    try (Embedder embedder = new Embedder(4, 0, 2)) {
      String longText = (ENGLISH + " ").repeat(12);
      List<float[]> ours = embedder.embedAll(List.of(ENGLISH, GERMAN, longText));
      List<String> texts = List.of(ENGLISH, GERMAN, longText);
      for (int i = 0; i < texts.size(); i++) {
        float[] theirs = Embedder.normalize(reference.embed(texts.get(i)).content().vector());
        assertThat(Embedder.cosine(ours.get(i), theirs)).as(texts.get(i)).isGreaterThan(0.9999);
      }
    }
  }

  @Test
  void embeddingsAreBatchedAndCachedByContent() {
    try (Embedder embedder = new Embedder(2, 10, 2)) {
    List<float[]> first = embedder.embedAll(List.of(ENGLISH, GERMAN, FRENCH));
    assertThat(embedder.computedCount()).isEqualTo(3);
    assertThat(embedder.modelCallCount()).isEqualTo(2);
    List<float[]> again = embedder.embedAll(List.of(FRENCH, ENGLISH, "A new text about the harbour."));
    assertThat(embedder.computedCount()).isEqualTo(4);
    assertThat(again.get(0)).isSameAs(first.get(2));
    assertThat(again.get(1)).isSameAs(first.get(0));
    assertThat(Embedder.cosine(first.get(0), first.get(0))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }
  }
}
