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

  @Test
  void rangesWithAYearBetweenAndUpToBorrowTheUnit() {
    List<FigureMention> f = figures.extract("Exports grew from 2 million barrels a day in 2024 up to 5 million this month.");
    assertThat(f).extracting(FigureMention::text, FigureMention::value, FigureMention::unit).containsExactly(
        tuple("2 million barrels a day", 2e6, "barrels/day"), tuple("up to 5 million", 5e6, "barrels/day"));
  }

  @Test
  void percentageRangesAndWrittenPercent() {
    assertThat(figures.extract("Growth of between 3% and 5% is forecast, after 3.5 per cent last year."))
        .extracting(FigureMention::value, FigureMention::unit)
        .containsExactly(tuple(3.0, "%"), tuple(5.0, "%"), tuple(3.5, "%"));
  }

  @Test
  void abbreviatedScalesAfterCurrencySymbols() {
    assertThat(figures.extract("The deal is worth $1.2bn, and the fine was £300m."))
        .extracting(FigureMention::text, FigureMention::value, FigureMention::unit)
        .containsExactly(tuple("$1.2bn", 1.2e9, "USD"), tuple("£300m", 3e8, "GBP"));
  }

  @Test
  void ratesWithQualifiers() {
    assertThat(figures.extract("The field can pump up to 12 million barrels a day, and nearly 1,200 people work there."))
        .extracting(FigureMention::text, FigureMention::value, FigureMention::unit)
        .containsExactly(tuple("up to 12 million barrels a day", 12e6, "barrels/day"), tuple("nearly 1,200 people", 1200.0, "people"));
  }

  @Test
  void figuresInsideQuotesKeepTheirOffsets() {
    String text = "\"We counted 87 cases in three weeks,\" she said, \"and €4.5 billion will not be enough.\"";
    List<FigureMention> f = figures.extract(text);
    assertThat(f).extracting(FigureMention::text).containsExactly("87 cases", "€4.5 billion");
    for (FigureMention m : f) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    }
  }

  @Test
  void countsWrittenAsWords() {
    List<FigureMention> f = figures.extract(
        "Nine people were missing and three deaths were confirmed after the storm cut off two million homes.");
    assertThat(f).extracting(FigureMention::text, FigureMention::value, FigureMention::unit).containsExactly(
        tuple("Nine people", 9.0, "people"),
        tuple("three deaths", 3.0, "deaths"),
        tuple("two million homes", 2e6, "homes"));
  }

  @Test
  void writtenNumbersAsReferencesOrDurationsAreNotCounts() {
    assertThat(figures.extract("The two leaders met for three hours, and all three envoys left. One official said so.")).isEmpty();
  }

  @Test
  void verbsAndPrepositionsAreNotUnits() {
    List<FigureMention> f = figures.extract("About 40,000 packed the stadium while 6.5 million across the region watched 300 new homes burn.");
    assertThat(f).extracting(FigureMention::value, FigureMention::unit).containsExactly(
        tuple(40000.0, null), tuple(6.5e6, null), tuple(300.0, "homes"));
  }
}
