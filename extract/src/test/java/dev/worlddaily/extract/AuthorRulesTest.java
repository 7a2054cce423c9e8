package dev.worlddaily.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.Outcome;
import dev.worlddaily.model.RawDocument;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How declared and visible bylines become authors, on small pages of fictional outlets. */
class AuthorRulesTest {
  private static final String PARAGRAPHS = SmallPages.PARAGRAPHS;
  private final DocumentExtractor extractor = new DocumentExtractor(ExtractConfig.defaults());

  private static Article extract(String head, String body) {
    return SmallPages.extract(head, body);
  }

  private static String metaAuthor(String name) {
    return "<meta name=\"author\" content=\"" + name + "\">";
  }

  @Test
  void aDeclaredHandleOrGivenNameIsTheAuthorWhenNoBylineShowsAName() {
    String body = "<article><h1>Cranes return</h1>" + PARAGRAPHS + "</article>";
    assertThat(extract(metaAuthor("annlee_writes"), body).authors()).containsExactly("annlee_writes");
    assertThat(extract(metaAuthor("ann lee"), body).authors()).containsExactly("ann lee");
    assertThat(extract(metaAuthor("Dr. Lee"), body).authors()).containsExactly("Dr. Lee");
    assertThat(extract(metaAuthor("Ann &amp;amp; Bo"), body).authors()).containsExactly("Ann", "Bo");
    assertThat(extract("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Cranes return\","
        + "\"author\":{\"@type\":\"Person\",\"name\":\"MarlowWrites\"}}</script>", body).authors()).containsExactly("MarlowWrites");
  }

  @Test
  void adminAccountsAcronymsDomainsAndAddressesAreNotAuthors() {
    String body = "<article><h1>Cranes return</h1>" + PARAGRAPHS + "</article>";
    for (String declared : new String[] {"site_admin", "adminn", "AGPR", "alder-gazette.com", "desk@alder-gazette.example", "editor"}) {
      assertThat(extract(metaAuthor(declared), body).authors()).as(declared).isEmpty();
    }
  }

  @Test
  void aVisibleFullNameBeatsADeclaredHandle() {
    Article a = extract(metaAuthor("alee77x"), "<article><h1>Cranes return</h1><p class=\"byline\">By Ann Lee</p>" + PARAGRAPHS + "</article>");
    assertThat(a.authors()).containsExactly("Ann Lee");
  }

  @Test
  void citationAuthorsWrittenSurnameFirstAreTurnedAround() {
    assertThat(Bylines.declaredNames("Lee, Ann")).containsExactly("Ann Lee");
    assertThat(Bylines.declaredNames("Kaur, Mira J.")).containsExactly("Mira J. Kaur");
  }

  @Test
  void editorsReviewersAndPhotographersInABylineAreNotAuthors() {
    assertThat(Bylines.names("By Ann Lee Edited by Bo Ek", null)).containsExactly("Ann Lee");
    assertThat(Bylines.names("Ann Lee · Fact checked by Bo Ek · May 3, 2026", null)).containsExactly("Ann Lee");
    assertThat(Bylines.names("By Ann Lee, photos by Bo Ek", null)).containsExactly("Ann Lee");
    // With no writer named, the expert who reviewed the piece signs it.
    assertThat(Bylines.names("Alder Mattress Company Reviewed by Bo Ek October 16, 2025", null)).containsExactly("Bo Ek");
    assertThat(Bylines.names("Reviewed by Bo Ek", null)).isEmpty();
  }

  @Test
  void siteLinksAreNotNames() {
    assertThat(Bylines.names("Privacy Policy", null)).isEmpty();
  }

  @Test
  void labelsAndBylineWordsPagesUse() {
    String p = PARAGRAPHS;
    assertThat(extract("", "<article><h1>Cranes return</h1><div class=\"tags\"><div><strong>Contributors:</strong> Ann Lee</div></div>" + p + "</article>")
        .authors()).containsExactly("Ann Lee");
    assertThat(extract("", "<article><h1>Cranes return</h1><div class=\"info\">Recipe by <a href=\"/u/ann\">Ann Lee</a></div>" + p + "</article>")
        .authors()).containsExactly("Ann Lee");
    assertThat(extract("", "<header><p class=\"description\"><span>by Ann Lee</span></p></header><article><h1>Cranes return</h1>" + p + "</article>")
        .authors()).containsExactly("Ann Lee");
    assertThat(Bylines.names("By Ann Lee with Bo Ek", null)).containsExactly("Ann Lee", "Bo Ek");
  }

  @Test
  void aPersonalBlogOnAPlatformHostIsItsOwnersWhenNoBylineExists() {
    String html = "<!doctype html><html><head><title>Notes on cranes | Ann Lee</title><meta property=\"og:site_name\" content=\"Ann Lee\"></head>"
        + "<body><article><h1>Notes on cranes</h1>" + PARAGRAPHS + "</article></body></html>";
    for (String[] c : new String[][] {{"https://ann.blog.example/notes/cranes", "Ann Lee"}, {"https://annlee.example/notes/cranes", null},
        {"https://bo.blog.example/notes/cranes", null}}) {
      Outcome<Article> o = extractor.extract(new RawDocument(c[0], html.getBytes(StandardCharsets.UTF_8), "text/html", null, null, null));
      if (c[1] == null) {
        assertThat(o.value().authors()).as(c[0]).isEmpty();
      } else {
        assertThat(o.value().authors()).as(c[0]).containsExactly(c[1]);
      }
    }
  }

  @Test
  void aWeekdayOrAGluedPublishedNoteEndsTheName() {
    assertThat(Bylines.names("Ann Lee Fri 5 Dec 2025 06.00 GMT", null)).containsExactly("Ann Lee");
    assertThat(Bylines.names("Ann LeePublished March 3, 2026", null)).containsExactly("Ann Lee");
  }

  @Test
  void everyCitationAuthorIsReadBeforeADublinCoreCreatorNamingTheFirst() {
    String head = "<meta name=\"DC.Creator\" content=\"Ann Lee\"><meta name=\"citation_authors\" content=\"Ann Lee\">"
        + "<meta name=\"citation_authors\" content=\"Bo Ek\">";
    assertThat(extract(head, "<article><h1>Cranes return</h1>" + PARAGRAPHS + "</article>").authors()).containsExactly("Ann Lee", "Bo Ek");
  }

  @Test
  void aPageLaidOutInAnAsideKeepsItsBylineButASidebarDoesNot() {
    String story = "<h1>Cranes return</h1><span class=\"post-author\">Ann Lee</span>" + PARAGRAPHS + PARAGRAPHS;
    assertThat(extract("", "<aside class=\"columns\"><main>" + story + "</main></aside>").authors()).containsExactly("Ann Lee");
    assertThat(extract("", "<article><h1>Cranes return</h1>" + PARAGRAPHS + "</article><aside>" + PARAGRAPHS + PARAGRAPHS
        + "<span class=\"post-author\">Bo Ek</span></aside>").authors()).isEmpty();
  }

  @Test
  void aDeclaredHandleShownAsTheBylineBeatsAnotherVisibleName() {
    String body = "<article><h1>Cranes return</h1><span class=\"post-author\">marlow</span>" + PARAGRAPHS
        + "<p>Photos: <a href=\"/author/bo-ek\">Bo Ek</a></p></article>";
    assertThat(extract(metaAuthor("marlow"), body).authors()).containsExactly("marlow");
    assertThat(extract(metaAuthor("alee77x"), body).authors()).containsExactly("Bo Ek");
  }

  @Test
  void aLinkPreviewsWrittenByFieldDeclaresTheAuthor() {
    String head = "<meta name=\"twitter:label1\" content=\"Written by\"><meta name=\"twitter:data1\" content=\"Ann Lee\">"
        + "<meta name=\"twitter:label2\" content=\"Est. reading time\"><meta name=\"twitter:data2\" content=\"3 minutes\">";
    assertThat(extract(head, "<article><h1>Cranes return</h1>" + PARAGRAPHS + "</article>").authors()).containsExactly("Ann Lee");
    // The visible byline goes first: the preview may name the account that posted the piece.
    assertThat(extract(head, "<article><h1>Cranes return</h1><p class=\"byline\">By Bo Ek</p>" + PARAGRAPHS + "</article>").authors())
        .containsExactly("Bo Ek");
  }

  @Test
  void authorLinksSideBySideAreSeparateNames() {
    String body = "<article><h1>Cranes return</h1><span class=\"authors\"><ul><li><a href=\"/authors/ann-lee/\">Ann Lee</a></li>"
        + "<li><a href=\"/authors/bo-ek/\">Bo Ek</a></li></ul></span>" + PARAGRAPHS + "</article>";
    assertThat(extract("", body).authors()).containsExactly("Ann Lee", "Bo Ek");
  }
}
