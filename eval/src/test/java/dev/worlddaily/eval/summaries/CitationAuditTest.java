package dev.worlddaily.eval.summaries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.model.Citation;
import dev.worlddaily.model.story.BodyParagraph;
import dev.worlddaily.model.story.CitedText;
import dev.worlddaily.model.story.Figure;
import dev.worlddaily.model.story.FigureValue;
import dev.worlddaily.model.story.Quote;
import dev.worlddaily.model.story.Story;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit on a hand-made story over a fictional article. */
class CitationAuditTest {
  static final String TEXT = "A quake struck Port Sarin on Tuesday, killing 14 people.\n\n"
      + "\"We will not stop,\" Governor Tomas Ferreira said. The government pledged $25 million.";

  static Citation cite(String part) {
    int start = TEXT.indexOf(part);
    return new Citation("a1", start, start + part.length());
  }

  @Test
  void acceptsWhatLiesInItsSpansAndCountsWhatDoesNot() {
    Story s = Story.builder("s").headline("h")
        .dek("A quake struck Port Sarin on Tuesday, killing 14 people. The government pledged $25 million.",
            List.of(cite("A quake struck Port Sarin on Tuesday, killing 14 people."), cite("The government pledged $25 million.")))
        .body(List.of(new BodyParagraph(List.of(
            new CitedText("A quake struck Port Sarin on Tuesday, killing 14 people.", List.of(cite("A quake struck Port Sarin on Tuesday, killing 14 people."))),
            new CitedText("A quake killed 40 people.", List.of(cite("A quake struck Port Sarin on Tuesday, killing 14 people.")))))))
        .quotes(List.of(new Quote("We will not stop", "Tomas Ferreira", List.of(cite("We will not stop"))),
            new Quote("We will never stop", "Tomas Ferreira", List.of(cite("\"We will not stop,\" Governor Tomas Ferreira said.")))))
        .figures(List.of(new Figure("Deaths", List.of(
            new FigureValue("14 people", 14, "people", List.of(cite("14 people"))),
            new FigureValue("14 people", 41, "people", List.of(cite("14 people"))),
            new FigureValue("$25 million", 25e6, "USD", List.of(cite("$25 million")))), false)))
        .build();
    CitationAudit audit = new CitationAudit(Map.of("a1", TEXT));
    audit.audit(s);
    assertThat(audit.elements()).isEqualTo(8);
    assertThat(audit.supported()).isEqualTo(5);
    assertThat(audit.figures()).isEqualTo(3);
    assertThat(audit.unsupportedFigures()).isEqualTo(1);
    assertThat(audit.failures()).containsExactly("sentence: A quake killed 40 people.", "quote: We will never stop", "figure: 14 people");
  }

  @Test
  void aDekPieceOutsideEverySpanFails() {
    CitationAudit audit = new CitationAudit(Map.of("a1", TEXT));
    assertThat(audit.dekSupported("A quake struck Port Sarin on Tuesday, killing 14 people. It was huge.",
        List.of(cite("A quake struck Port Sarin on Tuesday, killing 14 people.")))).isFalse();
    assertThat(audit.dekSupported("A quake struck Port Sarin", List.of(new Citation("a1", 0, 9999)))).isFalse();
  }
}
