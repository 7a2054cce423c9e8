package dev.worlddaily.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.worlddaily.model.annotation.FigureMention;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureExtractorTest {
  private final FigureExtractor figures = new FigureExtractor();

  @Test
  void moneyPercentagesAndCounts() {
    List<FigureMention> f = figures.extract(
        "The fund will spend €4.5 billion, about 12% of its budget, and expects more than 60,000 delegates.");
    assertThat(f).extracting(FigureMention::text, FigureMention::value, FigureMention::unit).containsExactly(
        tuple("€4.5 billion", 4.5e9, "EUR"),
        tuple("about 12%", 12.0, "%"),
        tuple("more than 60,000 delegates", 60000.0, "delegates"));
  }

  @Test
  void ratesAndRangesBorrowUnits() {
    List<FigureMention> f = figures.extract(
        "Output rose from 2 million barrels a day last year up to 5 million, while between 10 and 12 million people voted.");
    assertThat(f).extracting(FigureMention::value, FigureMention::unit).containsExactly(
        tuple(2e6, "barrels/day"), tuple(5e6, "barrels/day"), tuple(10e6, "people"), tuple(12e6, "people"));
  }

  @Test
  void yearsTimesAndSmallBareNumbersAreNotFigures() {
    assertThat(figures.extract("In 2025 the meeting at 3 p.m. drew 2 of them and the 1990s ended.")).isEmpty();
  }

  @Test
  void currenciesWrittenAsWords() {
    assertThat(figures.extract("The repairs cost 4.2 million crowns and $300,000 more."))
        .extracting(FigureMention::value, FigureMention::unit)
        .containsExactly(tuple(4.2e6, "crowns"), tuple(300000.0, "USD"));
  }

  @Test
  void offsetsMatchTheText() {
    String text = "Up to 12 million barrels a day flowed; nearly 300 homes were lost.";
    for (FigureMention m : figures.extract(text)) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    }
  }
}
