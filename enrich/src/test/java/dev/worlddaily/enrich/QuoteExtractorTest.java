package dev.worlddaily.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.worlddaily.model.Paragraph;
import dev.worlddaily.model.annotation.EntityMention;
import dev.worlddaily.model.annotation.QuoteMention;
import dev.worlddaily.model.annotation.TextSpan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Quotes and speakers on our own sentences (fictional people, places and outlets). */
class QuoteExtractorTest {
  static SentenceSplitter splitter;
  static EntityRecognizer recognizer;
  final QuoteExtractor quotes = new QuoteExtractor();

  @BeforeAll
  static void load() {
    splitter = new SentenceSplitter();
    recognizer = new EntityRecognizer(new Gazetteer());
  }

  /** Quotes of paragraphs joined by blank lines, as extraction writes article text. */
  private List<QuoteMention> quotes(String... paragraphs) {
    String text = String.join("\n\n", paragraphs);
    List<Paragraph> ps = new ArrayList<>();
    int at = 0;
    for (String p : paragraphs) {
      ps.add(new Paragraph(at, at + p.length(), dev.worlddaily.model.ParagraphKind.TEXT));
      at += p.length() + 2;
    }
    List<TextSpan> sentences = splitter.split(text, ps, "en");
    List<EntityMention> entities = recognizer.recognize(text, sentences);
    List<QuoteMention> found = quotes.extract(text, entities);
    for (QuoteMention q : found) {
      assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
    }
    return found;
  }

  @Test
  void speakerNamedAfterTheQuote() {
    assertThat(quotes("\"We will rebuild every single home,\" Governor Tomas Ferreira said on Tuesday."))
        .extracting(QuoteMention::text, QuoteMention::speaker)
        .containsExactly(tuple("We will rebuild every single home", "Tomas Ferreira"));
  }

  @Test
  void speakerNamedBeforeTheQuote() {
    assertThat(quotes("Ana Lucia Perez said: “Everything fell off the shelves at once.”"))
        .extracting(QuoteMention::speaker).containsExactly("Ana Lucia Perez");
  }

  @Test
  void verbFirstAttribution() {
    assertThat(quotes("“The shaking lasted almost a minute,” said Ana Lucia Perez, who runs a bakery."))
        .extracting(QuoteMention::speaker).containsExactly("Ana Lucia Perez");
  }

  @Test
  void pronounResolvesToTheLastNamedPerson() {
    assertThat(quotes("Marit Ekholm reached the harbour on Monday. \"The port will reopen within a week,\" she said."))
        .extracting(QuoteMention::speaker).containsExactly("Marit Ekholm");
    assertThat(quotes("Ana Lucia Perez met Tomas Ferreira at the town hall. \"We agreed on a plan for the schools,\" he said."))
        .extracting(QuoteMention::speaker).containsExactly("Tomas Ferreira");
  }

  @Test
  void aQuoteOpeningAParagraphBelongsToThePersonNamedJustBefore() {
    assertThat(quotes("The harbour master, Jonas Lind, described the night of the storm.", "\"The waves came over the wall twice before midnight.\""))
        .extracting(QuoteMention::speaker).containsExactly("Jonas Lind");
  }

  @Test
  void aQuoteContinuedAfterItsAttributionKeepsTheSpeaker() {
    assertThat(quotes("\"We are ready for the convoy,\" Ferreira said of the plan, named by Tomas Ferreira's office. \"The trucks leave at dawn on Friday.\""))
        .extracting(QuoteMention::speaker).containsOnly("Tomas Ferreira");
  }

  @Test
  void nestedQuotesStayInsideTheOuterQuote() {
    List<QuoteMention> q = quotes("\"He told me 'we will not leave this place' and then he left,\" said Ana Lucia Perez.");
    assertThat(q).extracting(QuoteMention::text, QuoteMention::speaker)
        .containsExactly(tuple("He told me 'we will not leave this place' and then he left", "Ana Lucia Perez"));
    List<QuoteMention> curly = quotes("“The sign said ‘closed until spring’ in three languages,” said Marit Ekholm.");
    assertThat(curly).extracting(QuoteMention::text).containsExactly("The sign said ‘closed until spring’ in three languages");
  }

  @Test
  void scareQuotesAreNotQuotations() {
    assertThat(quotes("The so-called \"peace plan\" was rejected by the Harbour Council on Monday.")).isEmpty();
  }

  @Test
  void aQuoteWithoutAnyNamedPersonHasNoSpeaker() {
    assertThat(quotes("A sign on the door read: \"Closed for repairs until the end of the month.\""))
        .extracting(QuoteMention::speaker).containsExactly((String) null);
  }
}
