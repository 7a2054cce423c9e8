package dev.worlddaily.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.worlddaily.enrich.CompositeEnricher;
import dev.worlddaily.enrich.EnrichConfig;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.Citation;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.story.BodyParagraph;
import dev.worlddaily.model.story.CitedText;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.synthesize.ExtractiveSynthesizer;
import dev.worlddaily.synthesize.SourceSentences;
import dev.worlddaily.synthesize.StoryDraft;
import dev.worlddaily.synthesize.SynthesisConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The LLM path against a real OpenAI-compatible HTTP server on loopback that replays answers we
 * recorded for a fictional earthquake (Port Sarin and every name in it are invented): the model's
 * sentences are published only when their cited spans support them.
 */
class LlmSynthesizerTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Instant T0 = Instant.parse("2026-11-17T08:00:00Z");
  static final Outlet LEDGER = new Outlet("The Harbour Ledger", "harbourledger.example", "NZ", "en", "center", "private");
  static final Outlet COURIER = new Outlet("Valley Courier", "valleycourier.example", "CA", "en", "left", "nonprofit");
  static final Outlet STAR = new Outlet("Northstar Daily", "northstar.example", "GB", "en", "right", "private");
  static List<AnnotatedArticle> quake;

  ReplayServer server;
  ExtractiveSynthesizer extractive = new ExtractiveSynthesizer(SynthesisConfig.defaults());

  @BeforeAll
  static void enrich() {
    try (CompositeEnricher enricher = new CompositeEnricher(EnrichConfig.defaults())) {
      quake = enricher.enrichAll(List.of(
          article(LEDGER, "quake", "Earthquake kills 14 in Port Sarin", T0,
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
              "The government pledged $25 million in aid.")));
    }
  }

  static Article article(Outlet o, String slug, String title, Instant t, String... paragraphs) {
    return Article.builder().url("https://" + o.domain() + "/" + slug).outlet(o).title(title).published(t).blocks(List.of(paragraphs), null).build();
  }

  @BeforeEach
  void start() throws Exception {
    server = new ReplayServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  LlmSynthesizer synthesizer() {
    LlmConfig config = new LlmConfig(server.baseUrl(), "replay-model", null, Duration.ofSeconds(10), 0, 60, 0.0, true, 100);
    return new LlmSynthesizer(config, LlmSynthesizer.openAi(config), extractive);
  }

  static StoryDraft draft(Story previous) {
    return new StoryDraft("s-sarin", quake, previous, List.of(), T0.plusSeconds(9000));
  }

  @Test
  void theFixtureIsNumberedAsTheRecordedAnswersAssume() {
    List<SourceSentences.SourceSentence> numbered = SourceSentences.of(quake, 60, 25);
    assertThat(numbered).hasSize(12);
    assertThat(numbered.get(0).text()).startsWith("A magnitude 6.1 earthquake struck the coastal city");
    assertThat(numbered.get(2).text()).startsWith("\"We will not stop");
    assertThat(numbered.get(4).text()).startsWith("A strong earthquake hit Port Sarin");
    assertThat(numbered.get(8).text()).startsWith("Rescuers in Port Sarin");
    assertThat(numbered.get(11).text()).isEqualTo("The government pledged $25 million in aid.");
  }

  @Test
  void anInventedFigureAndAParaphraseShownAsAQuoteAreRejectedAndTheRestPublished() throws Exception {
    server.reply(200, ReplayServer.recorded("port-sarin.json"));
    LlmSynthesizer.Outcome outcome = synthesizer().write(draft(null));
    Story s = outcome.story();

    assertThat(outcome.failure()).isNull();
    assertThat(outcome.written()).isEqualTo(10);
    assertThat(outcome.rejected()).hasSize(2);
    assertThat(outcome.rejected()).anySatisfy(r -> assertThat(r).contains("killed 40 people").contains("figure 40 is not in its sources"));
    assertThat(outcome.rejected()).anySatisfy(r -> assertThat(r).contains("will never give up on anyone").contains("quoted words are not in its sources"));
    assertThat(outcome.published()).isEqualTo(8);

    List<String> body = s.body().stream().flatMap(p -> p.sentences().stream()).map(CitedText::text).toList();
    assertThat(body).containsExactly(
        "A magnitude 6.1 earthquake struck the coastal city of Port Sarin on Tuesday, killing 14 people.",
        "The regional health office said the earthquake killed 12 people.",
        "Governor Tomas Ferreira said rescue teams were searching collapsed buildings through the night.",
        "The national government pledged $25 million in emergency aid and said the port would reopen next week.");
    assertThat(s.body()).hasSize(3);
    assertThat(s.dek()).isEqualTo("A magnitude 6.1 earthquake struck Port Sarin on Tuesday, killing 12 to 14 people and destroying more than 300 homes.");
    assertThat(s.keyPoints()).extracting(CitedText::text).containsExactly(
        "The earthquake killed 14 people.", "More than 300 homes were destroyed.", "The government pledged $25 million in aid.");
    // The extractive parts stay: verbatim quotes with speakers, the figures with their conflict.
    assertThat(s.quotes()).isNotEmpty().allSatisfy(q -> assertThat(q.speaker()).isNotBlank());
    assertThat(s.figures()).anySatisfy(f -> assertThat(f.conflict()).isTrue());
    assertThat(s.version()).isEqualTo(1);
    assertEveryNumberLiesInItsCitedSpans(s);
  }

  @Test
  void theModelIsGivenNumberedSentencesAndAskedForCitedJson() throws Exception {
    server.reply(200, ReplayServer.recorded("port-sarin.json"));
    synthesizer().write(draft(null));
    assertThat(server.requests()).hasSize(1);
    JsonNode request = JSON.readTree(server.requests().get(0));
    assertThat(request.path("model").asText()).isEqualTo("replay-model");
    assertThat(request.path("response_format").path("type").asText()).isEqualTo("json_object");
    String system = request.path("messages").get(0).path("content").asText();
    String user = request.path("messages").get(1).path("content").asText();
    assertThat(system).contains("at most 60 words").contains("\"cite\"").contains("copied exactly");
    assertThat(user).contains("[1] (The Harbour Ledger) A magnitude 6.1 earthquake struck the coastal city of Port Sarin")
        .contains("[12] (Northstar Daily) The government pledged $25 million in aid.");
  }

  @Test
  void inventedNamesFlippedNegationsAndUnknownCitationsAreDroppedToo() {
    server.reply(200, ReplayServer.recorded("uncited-names.json"));
    LlmSynthesizer.Outcome outcome = synthesizer().write(draft(null));
    assertThat(outcome.written()).isEqualTo(4);
    assertThat(outcome.rejected()).hasSize(3);
    assertThat(outcome.rejected()).anySatisfy(r -> assertThat(r).startsWith("dropped dek").contains("President Alma Reyes").contains("name '"));
    assertThat(outcome.rejected()).anySatisfy(r -> assertThat(r).contains("building codes").contains("no citation"));
    assertThat(outcome.rejected()).anySatisfy(r -> assertThat(r).contains("did not destroy").contains("negation"));
    Story s = outcome.story();
    assertThat(s.body()).singleElement().satisfies(p -> assertThat(p.sentences()).extracting(CitedText::text)
        .containsExactly("A magnitude 6.1 earthquake struck the coastal city of Port Sarin on Tuesday."));
    // The rejected dek and the missing key points fall back to the extractive ones.
    Story extractiveStory = extractive.synthesize(draft(null));
    assertThat(s.dek()).isEqualTo(extractiveStory.dek());
    assertThat(s.keyPoints()).isEqualTo(extractiveStory.keyPoints());
  }

  @Test
  void anUnusableAnswerOrAFailedCallKeepsTheExtractiveStory() {
    Story extractiveStory = extractive.synthesize(draft(null));
    server.reply(200, ReplayServer.recorded("refusal.txt")).reply(503, "overloaded");
    LlmSynthesizer llm = synthesizer();
    LlmSynthesizer.Outcome refused = llm.write(draft(null));
    assertThat(refused.failure()).contains("no JSON object");
    assertThat(refused.story()).isEqualTo(extractiveStory);
    LlmSynthesizer.Outcome failed = llm.write(draft(null));
    assertThat(failed.failure()).startsWith("LLM text not used");
    assertThat(failed.story()).isEqualTo(extractiveStory);
  }

  @Test
  void unchangedArticlesAreNotSentAgainAndKeepTheVersion() {
    server.reply(200, ReplayServer.recorded("port-sarin.json"));
    LlmSynthesizer llm = synthesizer();
    Story v1 = llm.synthesize(draft(null));
    Story again = llm.synthesize(draft(v1));
    assertThat(server.requests()).hasSize(1);
    assertThat(again).isEqualTo(v1);
  }

  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

  /** Independent of the verifier: every number of every published sentence is in a cited span. */
  private static void assertEveryNumberLiesInItsCitedSpans(Story s) {
    Map<String, String> texts = new HashMap<>();
    quake.forEach(a -> texts.put(a.id(), a.article().text()));
    List<CitedText> all = new ArrayList<>(s.keyPoints());
    all.add(new CitedText(s.dek(), s.dekCitations()));
    for (BodyParagraph p : s.body()) {
      all.addAll(p.sentences());
    }
    for (CitedText t : all) {
      StringBuilder spans = new StringBuilder();
      for (Citation c : t.citations()) {
        spans.append(texts.get(c.articleId()), c.start(), c.end()).append(' ');
      }
      Matcher m = NUMBER.matcher(t.text());
      while (m.find()) {
        assertThat(spans.toString()).as(t.text()).contains(m.group().replaceAll("[.,]$", ""));
      }
    }
  }
}
