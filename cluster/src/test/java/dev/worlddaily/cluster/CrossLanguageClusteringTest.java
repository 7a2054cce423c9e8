package dev.worlddaily.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.enrich.CompositeEnricher;
import dev.worlddaily.enrich.EnrichConfig;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reports of one event in English, Russian and German meet on transliterated names, figures and
 * dates, through the real enrichment (no multilingual embedding model exists here). The texts are
 * our own, about fictional places and people.
 */
class CrossLanguageClusteringTest {
  static CompositeEnricher enricher;

  @BeforeAll
  static void load() {
    enricher = new CompositeEnricher(EnrichConfig.defaults());
  }

  @AfterAll
  static void close() {
    enricher.close();
  }

  static Article article(String id, String outlet, String published, String title, String... paragraphs) {
    return Article.builder().id(id).url("https://" + outlet + "/" + id).outlet(Outlet.ofDomain(outlet)).title(title)
        .published(Instant.parse(published)).blocks(List.of(paragraphs), null).build();
  }

  static final List<Article> STREAM = List.of(
      article("quake-en-1", "harbourledger.example", "2026-11-17T08:00:00Z",
          "Magnitude 6.1 earthquake kills 14 in Port Sarin",
          "A magnitude 6.1 earthquake struck the coastal city of Port Sarin on 17 November 2026, killing 14 people and injuring 230, "
              + "regional governor Tomas Ferreira said.",
          "Rescue teams from Velmora worked through the night. Ferreira said 41 buildings had collapsed in the old town."),
      article("ferry-en-1", "easternherald.example", "2026-11-17T08:30:00Z",
          "Ferry capsizes off Kelso Bay, 9 missing",
          "A passenger ferry carrying 63 people capsized off Kelso Bay early on Tuesday, and 9 passengers are missing, "
              + "coast guard commander Lorna Abad said.",
          "Fishing boats joined the search. Abad said 54 people had been pulled from the water."),
      article("quake-ru-1", "vestnik.example", "2026-11-17T09:30:00Z",
          "Землетрясение магнитудой 6,1 в Порт-Сарине: 14 погибших",
          "Землетрясение магнитудой 6,1 произошло в прибрежном городе Порт-Сарин 17 ноября. Погибли 14 человек, "
              + "230 получили ранения, сообщил губернатор региона Томас Феррейра.",
          "Спасатели из Вельморы работали всю ночь. По словам Феррейры, обрушились 41 здание."),
      article("quake-de-1", "morgenblatt.example", "2026-11-17T10:00:00Z",
          "Erdbeben der Stärke 6,1 tötet 14 Menschen in Port Sarin",
          "Ein Erdbeben der Stärke 6,1 hat am 17. November die Küstenstadt Port Sarin erschüttert. 14 Menschen kamen ums Leben, "
              + "230 wurden verletzt, sagte Gouverneur Tomas Ferreira.",
          "Rettungsteams aus Velmora arbeiteten die ganze Nacht. Laut Ferreira stürzten 41 Gebäude ein."),
      article("ferry-ru-1", "vestnik.example", "2026-11-17T11:00:00Z",
          "У залива Келсо перевернулся паром, 9 человек пропали",
          "Пассажирский паром, на борту которого находились 63 человека, перевернулся у залива Келсо Бэй. "
              + "9 пассажиров пропали без вести, сообщила командир береговой охраны Лорна Абад.",
          "Рыбацкие лодки присоединились к поискам. По словам Абад, из воды подняли 54 человека."),
      article("quake-en-2", "valleycourier.example", "2026-11-17T12:00:00Z",
          "Port Sarin counts its dead after 6.1 quake",
          "Port Sarin began burying its dead on Tuesday after the magnitude 6.1 earthquake that killed 14 people, "
              + "as governor Tomas Ferreira promised to rebuild the 41 buildings that fell.",
          "Hospitals in Velmora were treating many of the 230 injured."));

  @Test
  void oneEventInThreeLanguagesIsOneStoryAndAnotherEventStaysApart() {
    List<AnnotatedArticle> enriched = enricher.enrichAll(STREAM);
    assertThat(enriched.get(2).annotations().language()).isEqualTo("ru");
    assertThat(enriched.get(3).annotations().language()).isEqualTo("de");
    OnlineStoryClusterer clusterer = new OnlineStoryClusterer(ClusterConfig.defaults());
    Map<String, String> story = new HashMap<>();
    for (AnnotatedArticle a : enriched) {
      Assignment assignment = clusterer.assign(a);
      story.put(a.id(), assignment.storyId());
      assignment.absorbedStoryIds().forEach(gone -> story.replaceAll((k, v) -> v.equals(gone) ? assignment.storyId() : v));
    }
    assertThat(story.get("quake-ru-1")).isEqualTo(story.get("quake-en-1"));
    assertThat(story.get("quake-de-1")).isEqualTo(story.get("quake-en-1"));
    assertThat(story.get("quake-en-2")).isEqualTo(story.get("quake-en-1"));
    assertThat(story.get("ferry-ru-1")).isEqualTo(story.get("ferry-en-1"));
    assertThat(story.get("ferry-en-1")).isNotEqualTo(story.get("quake-en-1"));
  }
}
