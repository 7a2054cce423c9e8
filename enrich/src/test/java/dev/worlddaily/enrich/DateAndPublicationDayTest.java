package dev.worlddaily.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.model.annotation.DateMention;
import dev.worlddaily.model.annotation.EntityMention;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Weekdays resolved against the local publication day, on our own fictional sentences. */
class DateAndPublicationDayTest {
  static Gazetteer gazetteer;
  static EntityRecognizer entities;
  static SentenceSplitter splitter;
  private final DateExtractor dates = new DateExtractor();

  @BeforeAll
  static void load() {
    gazetteer = new Gazetteer();
    entities = new EntityRecognizer(gazetteer);
    splitter = new SentenceSplitter();
  }

  private static List<EntityMention> found(String text) {
    return entities.recognize(text, splitter.split(text, List.of(), "en"));
  }

  private List<LocalDate> datesIn(String text, LocalDate published) {
    return dates.extract(text, published).stream().map(DateMention::date).toList();
  }

  @Test
  void aPastVerbAfterWillKeepsTheWeekdayInThePast() {
    LocalDate friday = LocalDate.parse("2026-11-20");
    // "agreed ... on Wednesday": the fund was agreed before the report, although "will" comes first.
    assertThat(datesIn("Island states will get first call on a fund agreed by the forum on Wednesday.", friday))
        .containsExactly(LocalDate.parse("2026-11-18"));
    // "will be held on Monday": the participle after "be" stays in the future.
    assertThat(datesIn("The vote will be held on Monday.", friday)).containsExactly(LocalDate.parse("2026-11-23"));
  }

  @Test
  void aDatelineCityGivesTheLocalDay() {
    PublicationDay day = new PublicationDay(gazetteer);
    String text = "AUCKLAND (Meridian Wire) - The harbour board of the fictional Kerrin Quay met on Friday.";
    // 23:30 UTC on Thursday is Friday morning in Auckland.
    Instant published = Instant.parse("2026-11-19T23:30:00Z");
    assertThat(day.of(published, null, text, found(text))).isEqualTo(LocalDate.parse("2026-11-20"));
  }

  @Test
  void theOutletCountryDecidesWithoutADateline() {
    PublicationDay day = new PublicationDay(gazetteer);
    String text = "The council of the fictional town of Brackwell met on Friday.";
    Instant published = Instant.parse("2026-11-19T23:30:00Z");
    assertThat(day.of(published, "JP", text, found(text))).isEqualTo(LocalDate.parse("2026-11-20"));
    assertThat(day.of(published, null, text, found(text))).isEqualTo(LocalDate.parse("2026-11-19"));
    assertThat(day.of(null, "JP", text, found(text))).isNull();
  }
}
