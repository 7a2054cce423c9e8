package dev.worlddaily.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.ArticleImage;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The lead image's caption and credit from each place pages put them (figure, JSON-LD, credit
 * markup beside the caption), and a date written in a byline block far below the headline; small
 * pages of fictional outlets.
 */
class LeadImageAndBylineDateTest {
  private static final String PARAGRAPHS = SmallPages.PARAGRAPHS;

  private static Article extract(String head, String body) {
    return SmallPages.extract(head, body);
  }

  @Test
  void captionAndCreditComeFromJsonLdWhenThePageShowsNone() {
    Article a = extract("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Cranes return\","
        + "\"image\":{\"@type\":\"ImageObject\",\"url\":\"https://alder-gazette.example/img/cranes.jpg\","
        + "\"caption\":\"The cranes on Thursday.\",\"creditText\":\"Ann Lee/Alder Gazette\"}}</script>",
        "<article><h1>Cranes return</h1>" + PARAGRAPHS + "</article>");
    ArticleImage image = a.images().get(0);
    assertThat(image.url()).isEqualTo("https://alder-gazette.example/img/cranes.jpg");
    assertThat(image.caption()).isEqualTo("The cranes on Thursday.");
    assertThat(image.credit()).isEqualTo("Ann Lee/Alder Gazette");
    Article holder = extract("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Cranes return\","
        + "\"image\":[{\"@type\":\"ImageObject\",\"url\":\"https://alder-gazette.example/img/cranes.jpg\",\"copyrightHolder\":\"Alder Gazette\"}]}</script>",
        "<article><h1>Cranes return</h1>" + PARAGRAPHS + "</article>");
    assertThat(holder.images().get(0).credit()).isEqualTo("Alder Gazette");
  }

  @Test
  void creditMarkupBesideOrInsideTheCaptionIsTheCredit() {
    String og = "<meta property=\"og:image\" content=\"https://alder-gazette.example/img/cranes.jpg\">";
    Article sibling = extract(og, "<article><h1>Cranes return</h1><div class=\"media\"><img src=\"/img/cranes.jpg\">"
        + "<p class=\"caption\">The cranes on Thursday.</p><span class=\"photo-credit\">Ann Lee</span></div>" + PARAGRAPHS + "</article>");
    assertThat(sibling.images().get(0).caption()).isEqualTo("The cranes on Thursday.");
    assertThat(sibling.images().get(0).credit()).isEqualTo("Ann Lee");
    Article microdata = extract(og, "<article><h1>Cranes return</h1><figure><img src=\"/img/cranes.jpg\"><figcaption>"
        + "<span itemprop=\"caption\">The cranes on Thursday.</span> <span itemprop=\"creditText\">Alder Gazette</span></figcaption></figure>"
        + PARAGRAPHS + "</article>");
    assertThat(microdata.images().get(0).caption()).isEqualTo("The cranes on Thursday.");
    assertThat(microdata.images().get(0).credit()).isEqualTo("Alder Gazette");
    Article cite = extract(og, "<article><h1>Cranes return</h1><figure><img src=\"/img/cranes.jpg\"><figcaption>The cranes on Thursday."
        + " <cite>Ann Lee</cite></figcaption></figure>" + PARAGRAPHS + "</article>");
    assertThat(cite.images().get(0).caption()).isEqualTo("The cranes on Thursday.");
    assertThat(cite.images().get(0).credit()).isEqualTo("Ann Lee");
    Article parenthesised = extract(og, "<article><h1>Cranes return</h1><figure><img src=\"/img/cranes.jpg\"><figcaption>The cranes on"
        + " Thursday. (Photo: Ann Lee)</figcaption></figure>" + PARAGRAPHS + "</article>");
    assertThat(parenthesised.images().get(0).caption()).isEqualTo("The cranes on Thursday.");
    assertThat(parenthesised.images().get(0).credit()).isEqualTo("Photo: Ann Lee");
  }

  @Test
  void aDateInTheBylineBlockFarBelowTheHeadlineIsThePublication() {
    StringBuilder intro = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      intro.append("<div><span>Part ").append(i).append(" of the harbour guide</span></div>");
    }
    Article a = extract("", "<article><h1>Cranes return</h1>" + intro + "<div class=\"post-info\"><a href=\"/author/ann-lee\" class=\"author-info\">"
        + "Ann Lee</a><div>•</div><div>March 17, 2026</div></div>" + PARAGRAPHS + "</article>");
    assertThat(a.authors()).containsExactly("Ann Lee");
    assertThat(a.published()).isEqualTo(Instant.parse("2026-03-17T12:00:00Z"));
  }

  @Test
  void theDayTheBylineShowsBeatsMetadataStampedWithAnotherDay() {
    String meta = "<meta property=\"article:published_time\" content=\"2026-06-24T09:00:00Z\">"
        + "<meta property=\"article:modified_time\" content=\"2026-06-24T09:00:00Z\">";
    Article shown = extract(meta, "<article><h1>Cranes return</h1><p class=\"byline\">By Ann Lee · March 5, 2026</p>" + PARAGRAPHS + "</article>");
    assertThat(shown.published()).isEqualTo(Instant.parse("2026-03-05T12:00:00Z"));
    // A date after the last modification is a review or today's date, not the publication.
    Article later = extract(meta, "<article><h1>Cranes return</h1><p class=\"byline\">By Ann Lee · Reviewed August 5, 2026</p>" + PARAGRAPHS + "</article>");
    assertThat(later.published()).isEqualTo(Instant.parse("2026-06-24T09:00:00Z"));
    // "06/03/2026" is the metadata's 6 March read month-first: the metadata settles it.
    Article numeric = extract("<meta property=\"article:published_time\" content=\"2026-03-06T09:00:00Z\">",
        "<article><h1>Cranes return</h1><p class=\"byline\">By Ann Lee · 06/03/2026</p>" + PARAGRAPHS + "</article>");
    assertThat(numeric.published()).isEqualTo(Instant.parse("2026-03-06T09:00:00Z"));
  }

  @Test
  void aLabelledDateAnywhereIsUsedWhenThePageMarksNoOther() {
    Article posted = extract("", "<div class=\"meta\"><span>Posted on April 13, 2026</span></div><article><h1>Cranes return</h1>" + PARAGRAPHS
        + "</article>");
    assertThat(posted.published()).isEqualTo(Instant.parse("2026-04-13T12:00:00Z"));
    Article updated = extract("", "<article><h1>Cranes return</h1>" + PARAGRAPHS + "<p style=\"text-align:right\">Last updated: November 13, 2026</p>"
        + "</article>");
    assertThat(updated.published()).isNull();
    assertThat(updated.updated()).isEqualTo(Instant.parse("2026-11-13T12:00:00Z"));
  }
}
