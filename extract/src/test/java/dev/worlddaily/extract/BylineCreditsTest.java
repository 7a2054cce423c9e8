package dev.worlddaily.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bylines that credit an outlet, a company or a handle when no person is named (fictional outlets). */
class BylineCreditsTest {
  private static final String PARAGRAPHS = SmallPages.PARAGRAPHS;

  @Test
  void aCompanyBylineIsCreditedOnlyWhenNoPersonIsNamed() {
    assertThat(SmallPages.extract("", "<article><h1>Cranes return</h1><p class=\"byline\">By Alder Outfitters Inc · May 3, 2026</p>" + PARAGRAPHS
        + "</article>").authors()).containsExactly("Alder Outfitters Inc");
    assertThat(SmallPages.extract("", "<article><h1>Cranes return</h1><p class=\"byline\">By Alder Outfitters Inc</p><p class=\"author\">By Ann Lee</p>"
        + PARAGRAPHS + "</article>").authors()).containsExactly("Ann Lee");
  }

  @Test
  void collectiveBylinesJobTitlesAndPageFurnitureCreditNobody() {
    for (String byline : new String[] {"Alder Gazette Staff", "By the News Desk", "Editorial Team", "Luxury Travel Expert", "View all posts",
        "desk@alder-gazette.example", "AGPR", "site_admin", "March 3, 2026",
        "Category", "By Spotlight"}) {
      assertThat(BylineCredits.credit(byline)).as(byline).isNull();
      assertThat(SmallPages.extract("", "<article><h1>Cranes return</h1><p class=\"byline\">" + byline + "</p>" + PARAGRAPHS + "</article>")
          .authors()).as(byline).isEmpty();
    }
  }

  @Test
  void aHandleIsCreditedFromAnAuthorLinkOrABylineButNotFromAnyBox() {
    assertThat(SmallPages.extract("", "<article><h1>Cranes return</h1><span class=\"meta\"><a rel=\"author\" href=\"/u/marlow\">marlow</a></span>"
        + PARAGRAPHS + "</article>").authors()).containsExactly("marlow");
    assertThat(SmallPages.extract("", "<article><h1>Cranes return</h1><div class=\"post-date\"><p>by marlow</p></div>" + PARAGRAPHS + "</article>")
        .authors()).isEmpty();
    assertThat(SmallPages.extract("", "<article><h1>Cranes return</h1><p class=\"byline\">by marlow</p>" + PARAGRAPHS + "</article>")
        .authors()).containsExactly("marlow");
    assertThat(SmallPages.extract("", "<article><h1>Cranes return</h1><div class=\"author-box\">Spotlight</div>" + PARAGRAPHS + "</article>")
        .authors()).isEmpty();
  }

  @Test
  void aBylineNamingTheSiteIsItsAuthor() {
    // A person's own site: the byline repeats the site's name, and no one else is named.
    assertThat(SmallPages.extract("<meta property=\"og:site_name\" content=\"Ann Lee\">", "<article><h1>Cranes return</h1>"
        + "<span class=\"byline\"><span class=\"author\">Ann Lee</span></span>" + PARAGRAPHS + "</article>").authors()).containsExactly("Ann Lee");
  }

  @Test
  void anOutletDeclaredAsAuthorIsAHouseByline() {
    String site = "<meta property=\"og:site_name\" content=\"Alder Gazette Group\">";
    String body = "<article><h1>Cranes return</h1>" + PARAGRAPHS + "</article>";
    assertThat(SmallPages.extract(site + "<meta name=\"author\" content=\"Alder Gazette Group\">", body).authors())
        .containsExactly("Alder Gazette Group");
    assertThat(BylineCredits.credit("Top Harbour Marketing")).isEqualTo("Top Harbour Marketing");
    assertThat(SmallPages.extract(site + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":"
        + "{\"@type\":\"Organization\",\"name\":\"Alder Gazette Group\"}}</script>", body).authors()).containsExactly("Alder Gazette Group");
    // Another company declared as the author is not shown on the page as its byline.
    assertThat(SmallPages.extract(site + "<meta name=\"author\" content=\"Harbour Trade Group\">", body).authors()).isEmpty();
  }

  @Test
  void aCreditAfterADateLineOrStartingWithADigitIsRead() {
    assertThat(SmallPages.extract("", "<article><h1>Cranes return</h1><div class=\"meta\">March 3, 2026 · 3 min read · By Alder Online</div>"
        + PARAGRAPHS + "</article>").authors()).containsExactly("Alder Online");
    assertThat(SmallPages.extract("", "<article><h1>Cranes return</h1><div class=\"meta\"><p>Feb 6, 2026</p><p>By 3d Harbour Works</p></div>"
        + PARAGRAPHS + "</article>").authors()).containsExactly("3d Harbour Works");
  }

  @Test
  void aPersonShownOnThePageBeatsTheOutletDeclaredAsAuthor() {
    String head = "<meta property=\"og:site_name\" content=\"Alder Gazette\"><meta name=\"author\" content=\"Alder Gazette\">";
    assertThat(SmallPages.extract(head, "<article><h1>Cranes return</h1><p class=\"byline\">By Ann Lee</p>" + PARAGRAPHS + "</article>")
        .authors()).containsExactly("Ann Lee");
    assertThat(SmallPages.extract(head, "<article><h1>Cranes return</h1>" + PARAGRAPHS + "</article>").authors()).containsExactly("Alder Gazette");
  }
}
