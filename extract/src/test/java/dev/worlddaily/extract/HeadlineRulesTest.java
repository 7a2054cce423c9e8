package dev.worlddaily.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the visible headline and the meta titles are reconciled, on small pages of a fictional outlet. */
class HeadlineRulesTest {
  private static final String PARAGRAPHS = SmallPages.PARAGRAPHS;

  @Test
  void aShortPageLabelInTheH1GivesWayToTheHeadlineOfTheMetaTitles() {
    String metas = "<meta property=\"og:title\" content=\"Cranes back in service at Port Alder | Alder Gazette\">"
        + "<title>Cranes back in service at Port Alder | Alder Gazette</title>";
    assertThat(SmallPages.extract(metas, "<h1>Our Blog</h1><article>" + PARAGRAPHS + "</article>").title())
        .isEqualTo("Cranes back in service at Port Alder");
  }

  @Test
  void aLongerH1SharingNoWordKeepsItsPlaceUnlessTwoMetaTitlesAgree() {
    String h1 = "<article><h1>Dock workers loaded every ship by hand</h1>" + PARAGRAPHS + "</article>";
    assertThat(SmallPages.extract("<meta property=\"og:title\" content=\"Port traffic slows\"><title>Alder Gazette</title>", h1).title())
        .isEqualTo("Dock workers loaded every ship by hand");
    assertThat(SmallPages.extract("<meta property=\"og:title\" content=\"Port traffic slows after storm\">"
        + "<title>Port traffic slows after storm | Alder Gazette</title>", h1).title()).isEqualTo("Port traffic slows after storm");
  }

  @Test
  void aDateOrOneWordLabelBeforeTheHeadlineGoesWhenNoMetaTitleHasIt() {
    List<String> metas = List.of("Cranes back in service");
    assertThat(HeadlineRepairs.repair("Dec 18 2025 Cranes back in service", metas)).isEqualTo("Cranes back in service");
    assertThat(HeadlineRepairs.repair("Blog: Cranes back in service", metas)).isEqualTo("Cranes back in service");
    assertThat(HeadlineRepairs.repair("Analysis: Cranes back in service", List.of("Analysis: Cranes back in service")))
        .isEqualTo("Analysis: Cranes back in service");
    assertThat(SmallPages.extract("<meta property=\"og:title\" content=\"Cranes back in service\">",
        "<article><h1>Mar 5, 2026 Cranes back in service</h1>" + PARAGRAPHS + "</article>").title()).isEqualTo("Cranes back in service");
  }

  @Test
  void charactersLostToABadEncodingOrEscapedTwiceAreRestored() {
    assertThat(HeadlineRepairs.repair("A Docker? Guide to Cranes", List.of("A Docker's Guide to Cranes"))).isEqualTo("A Docker's Guide to Cranes");
    assertThat(HeadlineRepairs.repair("Can cranes work in storms?", List.of("Cranes in storms"))).isEqualTo("Can cranes work in storms?");
    assertThat(HeadlineRepairs.decodeEntities("Cranes &#x26; Docks")).isEqualTo("Cranes & Docks");
    // A title with more lost characters than that is left alone: each may stand for 1-3 others,
    // and matching dozens took a fuzzed page a minute (fuzz input regression-title-with-many-lost-characters).
    assertThat(HeadlineRepairs.repair("D?o?c?k?e?r?s? guide", List.of("D'o'c'k'e'r's' guide"))).isEqualTo("D?o?c?k?e?r?s? guide");
    assertThat(HeadlineRepairs.repair("D?o?c?kers guide", List.of("D'o'c'kers guide"))).isEqualTo("D'o'c'kers guide");
    assertThat(SmallPages.extract("", "<article><h1>Cranes &amp;amp; Docks reopen</h1>" + PARAGRAPHS + "</article>").title())
        .isEqualTo("Cranes & Docks reopen");
  }

  @Test
  void aTaglineSectionOrLabelAfterTheHeadlineGoes() {
    assertThat(Titles.withoutTagline("Cranes back in service at Port Alder | Opinion")).isEqualTo("Cranes back in service at Port Alder");
    assertThat(Titles.withoutTagline("Cranes back in service – A Photo Essay")).isEqualTo("Cranes back in service");
    // A dash inside a sentence, a long second clause, a part number or a short head stay.
    assertThat(Titles.withoutTagline("Cranes are back — and the port is busy again")).isEqualTo("Cranes are back — and the port is busy again");
    assertThat(Titles.withoutTagline("Cranes back in service - How Dock Workers Kept Ships Moving"))
        .isEqualTo("Cranes back in service - How Dock Workers Kept Ships Moving");
    assertThat(Titles.withoutTagline("Rebuilding the Alder cranes - Part 2")).isEqualTo("Rebuilding the Alder cranes - Part 2");
    assertThat(Titles.withoutTagline("Port Alder - A Guide")).isEqualTo("Port Alder - A Guide");
    assertThat(SmallPages.extract("", "<article><h1>Cranes back in service at Port Alder | Harbour News</h1>" + PARAGRAPHS + "</article>").title())
        .isEqualTo("Cranes back in service at Port Alder");
  }

  @Test
  void theArticlesH1BeatsThePublicationsNameAndAWordOrTwoIsNoAgreement() {
    String metas = "<meta property=\"og:title\" content=\"Why the cranes stopped\"><title>Why the cranes stopped - Harbour Notes of Ann</title>";
    assertThat(SmallPages.extract(metas, "<h1>Harbour Notes of Ann</h1><article><h1>Why the cranes stopped</h1>" + PARAGRAPHS + "</article>").title())
        .isEqualTo("Why the cranes stopped");
    assertThat(TitleResolver.agreement("Cranes", "How the port got its cranes, docks and ferries back")).isLessThan(0.5);
    assertThat(TitleResolver.agreement("Port cranes", "Port cranes")).isEqualTo(1.0);
  }

  @Test
  void theSitesDomainBeforeTheHeadlineGoesButNotAProductName() {
    assertThat(Titles.clean("alder-gazette.example Cranes back in service", null, "www.alder-gazette.example")).isEqualTo("Cranes back in service");
    assertThat(Titles.clean("Node.js tips for port logistics", null, "alder-gazette.example")).isEqualTo("Node.js tips for port logistics");
  }

  @Test
  void utf8ReadAsLatin1IsUndoneInTitles() {
    assertThat(HeadlineRepairs.readable("A Docker\u00e2\u0080\u0099s Guide to Cranes")).isEqualTo("A Docker\u2019s Guide to Cranes");
    assertThat(HeadlineRepairs.readable("Caf\u00e9 on the quay")).isEqualTo("Caf\u00e9 on the quay");
    // Decoding never makes a control character or a second line.
    assertThat(HeadlineRepairs.readable("Cranes \u00c2\u0085 return")).isEqualTo("Cranes \u00c2 return");
    assertThat(HeadlineRepairs.readable("Cranes&#10;return&#9;soon")).isEqualTo("Cranes return soon");
  }

  @Test
  void singleLettersAreNoAgreementAndAParagraphInAnH1IsNoHeadline() {
    assertThat(TitleResolver.agreement("M&A Updates", "Port M&A rises in a slow year")).isZero();
    String metas = "<meta property=\"og:title\" content=\"Cranes back in service at Port Alder\">";
    String dek = "Learn how the port brought its cranes back into service after the storm, what the repairs cost, who paid for them and why"
        + " dock workers think the next storm will be easier to handle than this one was for all of them";
    assertThat(SmallPages.extract(metas, "<article><h1>" + dek + "</h1>" + PARAGRAPHS + "</article>").title())
        .isEqualTo("Cranes back in service at Port Alder");
  }

  @Test
  void theArticlesTagsNamingABrandDoNotMakeItsH1ALogo() {
    assertThat(TitleResolver.namesSiteIdentity("site-logo")).isTrue();
    assertThat(TitleResolver.namesSiteIdentity("post tag-alder-brands category-brand-news")).isFalse();
    String page = "<article class=\"post type-post tag-harbour-brands\"><header><h1 class=\"entry-title\">Cranes back in service at Port Alder</h1>"
        + "</header>" + PARAGRAPHS + "</article>";
    assertThat(SmallPages.extract("", page).title()).isEqualTo("Cranes back in service at Port Alder");
  }

  @Test
  void theH1sOfAListOfCardsDoNotOutbidTheHeadline() {
    // The first card agrees with the <title> better than the headline does.
    String metas = "<title>Where the cranes are back at Port Alder | Alder Gazette</title>";
    String cards = "<section><h1 class=\"card__title\">Where the ferries are back at Port Alder</h1><h1 class=\"card__title\">Tugboats"
        + " of the north quay</h1><h1 class=\"card__title\">A night shift on the docks</h1></section>";
    String page = "<article><h1 class=\"story-headline\">Cranes back in service at Port Alder</h1>" + PARAGRAPHS + cards + "</article>";
    assertThat(SmallPages.extract(metas, page).title()).isEqualTo("Cranes back in service at Port Alder");
    // A page of cards only still has a title.
    assertThat(SmallPages.extract("", "<article>" + PARAGRAPHS + cards + "</article>").title()).isEqualTo("Where the ferries are back at Port Alder");
  }

  @Test
  void anH1InTheArticleThatOnlyStartsWithTheSitesNameIsAHeadline() {
    String metas = "<meta property=\"og:site_name\" content=\"Alder Gazette\"><title>Almanac | Alder Gazette</title>";
    assertThat(SmallPages.extract(metas, "<article><h1>Alder Gazette Almanac 2026</h1>" + PARAGRAPHS + "</article>").title())
        .isEqualTo("Alder Gazette Almanac 2026");
    // The bare name is the site's, in the article or out of it.
    String named = "<meta property=\"og:site_name\" content=\"Alder Gazette\">"
        + "<meta property=\"og:title\" content=\"Cranes back in service at Port Alder\">";
    assertThat(SmallPages.extract(named, "<article><h1>Alder Gazette</h1>" + PARAGRAPHS + "</article>").title())
        .isEqualTo("Cranes back in service at Port Alder");
    assertThat(SmallPages.extract(named, "<header><h1>Alder Gazette Online</h1></header><article>" + PARAGRAPHS + "</article>").title())
        .isEqualTo("Cranes back in service at Port Alder");
  }

  @Test
  void anAggregatorsSourceDomainAndCommentCountAfterTheHeadlineGo() {
    List<String> metas = List.of("Cranes back in service at Port Alder");
    assertThat(HeadlineRepairs.repair("Cranes back in service at Port Alder (harbour-wire.example) 87", metas))
        .isEqualTo("Cranes back in service at Port Alder");
    assertThat(HeadlineRepairs.repair("Cranes back in service at Port Alder (harbour-wire.example)", metas))
        .isEqualTo("Cranes back in service at Port Alder");
    // Brackets that are no domain, or a headline no meta title carries without them, stay.
    assertThat(HeadlineRepairs.repair("Cranes back in service at Port Alder (video) 2", metas)).isEqualTo("Cranes back in service at Port Alder (video) 2");
    assertThat(HeadlineRepairs.repair("Port Alder.example goes live (port-alder.example)", metas))
        .isEqualTo("Port Alder.example goes live (port-alder.example)");
    String page = "<article><h1><a href=\"/story/1\">Cranes back in service at Port Alder</a> <a href=\"https://harbour-wire.example/c\">"
        + "(harbour-wire.example)</a> <span class=\"comment-bubble\">87</span></h1>" + PARAGRAPHS + "</article>";
    assertThat(SmallPages.extract("<meta property=\"og:title\" content=\"Cranes back in service at Port Alder - Alder Links\">", page).title())
        .isEqualTo("Cranes back in service at Port Alder");
  }
}
