package dev.worlddaily.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.worlddaily.model.EntityType;
import dev.worlddaily.model.annotation.EntityMention;
import dev.worlddaily.model.annotation.TextSpan;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Entity rules on our own sentences (fictional people, outlets and towns). */
class EntityRecognizerTest {
  static SentenceSplitter splitter;
  static EntityRecognizer recognizer;

  @BeforeAll
  static void load() {
    splitter = new SentenceSplitter();
    recognizer = new EntityRecognizer(new Gazetteer());
  }

  private static List<EntityMention> entities(String text) {
    List<TextSpan> sentences = splitter.split(text, List.of(), "en");
    List<EntityMention> found = recognizer.recognize(text, sentences);
    for (EntityMention m : found) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    }
    return found;
  }

  @Test
  void aDatelineIsAPlaceInItsUsualCase() {
    // The demo showed "DAKAR" as a tag of its own.
    assertThat(entities("DAKAR (Meridian Wire) - Senegal began vaccinating children on Thursday."))
        .extracting(EntityMention::text, EntityMention::type, EntityMention::canonical)
        .contains(tuple("DAKAR", EntityType.PLACE, "Dakar"), tuple("Senegal", EntityType.COUNTRY, "Senegal"));
    assertThat(entities("SAO JOSE DOS CAMPOS, Brazil (Meridian Wire) - The probe found ice."))
        .extracting(EntityMention::canonical).contains("Sao Jose Dos Campos", "Brazil");
  }

  @Test
  void aLineInCapitalsYieldsOnlyKnownNames() {
    assertThat(entities("HARBOUR TALKS COLLAPSE IN NEW YORK AS KESTREL LINES WALKS OUT"))
        .extracting(EntityMention::canonical, EntityMention::type).containsExactly(tuple("New York", EntityType.PLACE));
  }

  @Test
  void titlesDemonymsAndConnectorsCutNamesApart() {
    List<EntityMention> e = entities("The talks were led by German Chancellor Markus Ebner and American Dennis Holt, "
        + "and the Harbour Workers' Union said the Chancellor's envoy arrived from Nairobi for Addis Ababa.");
    assertThat(e).extracting(EntityMention::text, EntityMention::type).contains(
        tuple("German", EntityType.OTHER), tuple("Markus Ebner", EntityType.PERSON), tuple("American", EntityType.OTHER),
        tuple("Dennis Holt", EntityType.PERSON), tuple("Harbour Workers' Union", EntityType.ORGANIZATION),
        tuple("Nairobi", EntityType.PLACE), tuple("Addis Ababa", EntityType.PLACE));
    // A title alone names no one.
    assertThat(e).extracting(EntityMention::text).doesNotContain("Chancellor");
  }

  @Test
  void knownMultiWordPlacesKeepTheirFirstWord() {
    assertThat(entities("New Zealand and South Africa sent teams to the West Bank."))
        .extracting(EntityMention::canonical).contains("New Zealand", "South Africa", "Palestine");
  }

  @Test
  void surnamesAndCountryNamesInOtherScriptsResolve() {
    List<EntityMention> e = entities("Marit Ekholm flew to Украина on Monday. Ekholm said the talks would resume.");
    assertThat(e).extracting(EntityMention::text, EntityMention::canonical)
        .contains(tuple("Украина", "Ukraine"), tuple("Ekholm", "Marit Ekholm"));
  }

  @Test
  void aLoneUnknownWordIsAnOrganisationOnlyOnACue() {
    assertThat(entities("Shares of the carrier Tidewell rose, while Brask was quiet."))
        .extracting(EntityMention::text, EntityMention::type)
        .contains(tuple("Tidewell", EntityType.ORGANIZATION), tuple("Brask", EntityType.OTHER));
  }
}
