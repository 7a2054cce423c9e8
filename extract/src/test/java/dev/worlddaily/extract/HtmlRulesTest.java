package dev.worlddaily.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.ArticleImage;
import dev.worlddaily.model.Outcome;
import dev.worlddaily.model.RawDocument;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The HTML rules of the issue, one at a time, on small pages of fictional outlets. */
class HtmlRulesTest {
  private static final String PARAGRAPHS = SmallPages.PARAGRAPHS;
  private final DocumentExtractor extractor = new DocumentExtractor(ExtractConfig.defaults());

  private Outcome<Extraction> run(String url, String html) {
    return extractor.extractWithOffsets(new RawDocument(url, html.getBytes(StandardCharsets.UTF_8), "text/html", null, null, null));
  }

  private Article extract(String html) {
    Outcome<Extraction> o = run("https://alder-gazette.example/port/2026/03/05/cranes", html);
    assertThat(o.isOk()).as(o.describe()).isTrue();
    return o.value().article();
  }

  private static String page(String head, String body) {
    return SmallPages.page(head, body);
  }

  @Test
  void captionAndCreditComeFromTheFigure() {
    Article a = extract(page("<meta property=\"og:image\" content=\"https://alder-gazette.example/img/cranes.jpg?w=1200\">",
        "<article><h1>Cranes return</h1><figure><img src=\"/img/cranes.jpg\" alt=\"cranes\"><figcaption>The cranes on Thursday."
            + " <span class=\"credit\">Photo: Ann Lee</span></figcaption></figure>" + PARAGRAPHS + "</article>"));
    ArticleImage image = a.images().get(0);
    assertThat(image.url()).isEqualTo("https://alder-gazette.example/img/cranes.jpg?w=1200");
    assertThat(image.caption()).isEqualTo("The cranes on Thursday.");
    assertThat(image.credit()).isEqualTo("Photo: Ann Lee");
    assertThat(a.text()).doesNotContain("The cranes on Thursday").doesNotContain("Photo:");
  }

  @Test
  void captionAndCreditComeFromACutlineOrTheCaptionText() {
    Article cutline = extract(page("", "<article><h1>Cranes return</h1><div class=\"photo\"><img src=\"/img/cranes.jpg\"><div class=\"cutline\">"
        + "The cranes on Thursday. (Photo: Ann Lee/Alder Gazette)</div></div>" + PARAGRAPHS + "</article>"));
    assertThat(cutline.images().get(0).caption()).isEqualTo("The cranes on Thursday.");
    assertThat(cutline.images().get(0).credit()).isEqualTo("Photo: Ann Lee/Alder Gazette");
    Article dash = extract(page("", "<article><h1>Cranes return</h1><figure><img src=\"/img/cranes.jpg\"><figcaption>The cranes on Thursday"
        + " — Ann Lee/Alder Gazette</figcaption></figure>" + PARAGRAPHS + "</article>"));
    assertThat(dash.images().get(0).caption()).isEqualTo("The cranes on Thursday");
    assertThat(dash.images().get(0).credit()).isEqualTo("Ann Lee/Alder Gazette");
  }

  @Test
  void neverALogoIconAvatarOrPixel() {
    Article logo = extract(page("<meta property=\"og:image\" content=\"/static/site-logo.png\">",
        "<article><h1>Cranes return</h1><div class=\"author-box\"><img src=\"/u/avatars/ann.jpg\"></div><img src=\"/t/pixel.gif\" width=\"1\" height=\"1\">"
            + "<figure><img src=\"/icons/share.png\"></figure>" + PARAGRAPHS + "<figure><img src=\"/img/cranes.jpg\" width=\"800\"></figure></article>"));
    assertThat(logo.images()).extracting(ArticleImage::url).containsExactly("https://alder-gazette.example/img/cranes.jpg");
    Article none = extract(page("<meta property=\"og:image\" content=\"/favicon.ico\">",
        "<article><h1>Cranes return</h1><img src=\"/img/spacer.gif\" width=\"1\" height=\"1\">" + PARAGRAPHS + "</article>"));
    assertThat(none.images()).isEmpty();
  }

  @Test
  void languageFromHtmlLangIsCheckedAgainstTheText() {
    String german = "<article><h1>Kräne wieder in Betrieb</h1><p>Die beiden Kräne am Containerterminal von Port Alder sind am Donnerstag"
        + " nach drei Wochen Reparatur wieder in Betrieb gegangen, wie die Hafenbehörde mitteilte.</p><p>Die Arbeiter hatten die Schiffe"
        + " seit dem Sturm mit der Hand beladen, und der Verkehr war um ein Drittel langsamer, nach den Zahlen der Behörde.</p></article>";
    assertThat(extract("<html lang=\"en-US\"><body>" + german + "</body></html>").language()).as("template default over German text").isEqualTo("de");
    assertThat(extract("<html><body>" + german + "</body></html>").language()).as("no lang").isEqualTo("de");
    assertThat(extract("<html lang=\"de-AT\"><body>" + german + "</body></html>").language()).isEqualTo("de");
    assertThat(extract(page("", "<article><h1>Cranes return</h1>" + PARAGRAPHS + "</article>")).language()).isEqualTo("en");
    // A language this check cannot tell apart keeps its declaration.
    assertThat(extract("<html lang=\"ca\"><body><article><h1>Grues</h1><p>Les dues grues del port de Port Alder van tornar a funcionar dijous"
        + " després de tres setmanes de reparacions, segons va dir l'autoritat portuària en un comunicat.</p></article></body></html>").language())
        .isEqualTo("ca");
  }

  @Test
  void sectionKeywordsAndPaywall() {
    Article a = extract(page("<meta property=\"article:section\" content=\"Port\"><meta name=\"news_keywords\" content=\"cranes, port; storms\">"
        + "<meta property=\"article:tag\" content=\"Alder\"><meta property=\"article:tag\" content=\"shipping\">",
        "<article><h1>Cranes return</h1>" + PARAGRAPHS + "</article>"));
    assertThat(a.section()).isEqualTo("Port");
    assertThat(a.keywords()).containsExactly("cranes", "port", "storms", "Alder", "shipping");
    assertThat(a.paywalled()).isFalse();
    Article ld = extract(page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Cranes return\","
        + "\"articleSection\":[\"Port\",\"Economy\"],\"keywords\":[\"cranes\",\"repairs\"],\"hasPart\":{\"@type\":\"WebPageElement\","
        + "\"isAccessibleForFree\":\"False\",\"cssSelector\":\".locked\"}}</script>", "<article><h1>Cranes return</h1>" + PARAGRAPHS + "</article>"));
    assertThat(ld.section()).isEqualTo("Port");
    assertThat(ld.keywords()).containsExactly("cranes", "repairs");
    assertThat(ld.paywalled()).isTrue();
    assertThat(extract(page("<meta property=\"article:content_tier\" content=\"locked\">", "<article><h1>Cranes</h1>" + PARAGRAPHS + "</article>"))
        .paywalled()).isTrue();
    assertThat(extract(page("", "<article><h1>Cranes</h1>" + PARAGRAPHS + "<div class=\"paywall-offer\">Subscribe to read on</div></article>"))
        .paywalled()).isTrue();
  }

  @Test
  void titleIsTheVisibleHeadlineWithoutTheOutlet() {
    assertThat(extract(page("<title>Cranes back in service at Port Alder | Alder Gazette</title>",
        "<article>" + PARAGRAPHS + "</article>")).title()).isEqualTo("Cranes back in service at Port Alder");
    assertThat(extract(page("<meta property=\"og:title\" content=\"Port Alder cranes back in service after repairs - The Alder Gazette\">",
        "<header class=\"site-logo\"><h1>The Alder Gazette</h1></header><article><h1>Port Alder cranes back in service</h1>" + PARAGRAPHS + "</article>"))
        .title()).isEqualTo("Port Alder cranes back in service");
    assertThat(extract(page("<meta property=\"og:site_name\" content=\"Alder Gazette\"><title>Alder Gazette: Cranes back in service</title>",
        PARAGRAPHS)).title()).isEqualTo("Cranes back in service");
  }

  @Test
  void authorsAreCleanPersonNames() {
    assertThat(extract(page("", "<article><h1>Cranes return</h1><p class=\"byline\">By Ann Lee, Staff Writer · 5 March 2026</p>" + PARAGRAPHS
        + "</article>")).authors()).containsExactly("Ann Lee");
    assertThat(extract(page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Lee\"},"
        + "{\"@type\":\"Organization\",\"name\":\"Alder Gazette Staff\"}]}</script>", "<article><h1>Cranes</h1>" + PARAGRAPHS + "</article>"))
        .authors()).containsExactly("Ann Lee");
    assertThat(extract(page("<meta name=\"author\" content=\"Ann Lee\">", "<article><h1>Cranes return</h1><div class=\"byline\">By <a href=\"/author/ann-lee\">"
        + "Ann Lee</a> and <a href=\"/author/bo-ek\">Bo Ek</a></div><div class=\"reviewer\">Reviewed by Cy Moor</div>" + PARAGRAPHS + "</article>"))
        .authors()).containsExactly("Ann Lee", "Bo Ek");
    assertThat(extract(page("", "<article><h1>Cranes return</h1><p class=\"byline\">Alder Gazette Staff</p>" + PARAGRAPHS + "</article>"))
        .authors()).isEmpty();
  }

  @Test
  void datesKeepTheirOffsetAndUpdatesAreTold() {
    Outcome<Extraction> o = run("https://alder-gazette.example/port/cranes", page("<meta property=\"article:published_time\" content=\"2026-03-05T23:30:00-05:00\">",
        "<article><h1>Cranes return</h1><p class=\"dateline\">Updated: March 7, 2026</p>" + PARAGRAPHS + "</article>"));
    assertThat(o.value().published()).isEqualTo(OffsetDateTime.parse("2026-03-05T23:30:00-05:00"));
    assertThat(o.value().article().published()).isEqualTo(Instant.parse("2026-03-06T04:30:00Z"));
    assertThat(o.value().updated().toLocalDate()).hasToString("2026-03-07");
    Article fromUrl = extract(page("", "<article><h1>Cranes return</h1>" + PARAGRAPHS + "</article>"));
    assertThat(fromUrl.published()).isEqualTo(Instant.parse("2026-03-05T12:00:00Z"));
  }

  @Test
  void relatedTeasersPromotionsAndCreditsLeaveTheBody() {
    Article a = extract(page("", "<article><h1>Cranes return</h1>" + PARAGRAPHS
        + "<p>Sign up for our newsletter to get the port news every morning.</p><p>Photo by Ann Lee</p>"
        + "<h3>You might also like</h3><ul><li><a href=\"/a\">Ferry resumes service to Skerrin Island</a></li><li><a href=\"/b\">Storm bill rises</a></li></ul>"
        + "<div class=\"ShareLinks_bar__x1\"><a href=\"#\">Facebook</a><a href=\"#\">Email this story to a friend of yours</a></div>"
        + "<a class=\"btn btn-primary\" href=\"/subscribe\">GET UNLIMITED ACCESS TODAY</a></article>"));
    assertThat(a.text()).contains("normal traffic by the weekend").doesNotContain("newsletter").doesNotContain("Photo by")
        .doesNotContain("You might").doesNotContain("Ferry resumes").doesNotContain("Email this story").doesNotContain("UNLIMITED");
  }

  @Test
  void misnamedOrBrokenContainersKeepTheArticle() {
    Article navNamed = extract(page("", "<nav><a href=\"/\">Home</a> <a href=\"/port\">Port</a></nav><div class=\"content-nav-section\"><h1>Cranes return</h1>"
        + PARAGRAPHS + PARAGRAPHS.replace("two cranes", "two tall cranes") + "</div>"));
    assertThat(navNamed.text()).contains("The two cranes at the container terminal").contains("two tall cranes");
    Article unclosedAside = extract("<html><body><aside class=\"announcement-banner\"><a href=\"/news\">Big news</a><div><h1>Cranes return</h1>"
        + PARAGRAPHS + "</div></body></html>");
    assertThat(unclosedAside.text()).contains("The two cranes at the container terminal");
  }

  @Test
  void classesOfTheBodyDoNotHideItsParts() {
    // Site-wide body classes name everything: a logo, related columns, comments.
    Article a = extract("<html><body class=\"wp-custom-logo woo-related-columns-4 has-comments\"><article><h1>Port Alder cranes back in service</h1>"
        + "<p class=\"byline\">By Ann Lee</p><span class=\"post-date\">March 5, 2026</span><figure><img src=\"/img/cranes.jpg\">"
        + "<figcaption>The cranes.</figcaption></figure>" + PARAGRAPHS + "</article></body></html>");
    assertThat(a.title()).isEqualTo("Port Alder cranes back in service");
    assertThat(a.authors()).containsExactly("Ann Lee");
    assertThat(a.images()).extracting(ArticleImage::url).containsExactly("https://alder-gazette.example/img/cranes.jpg");
    // A <time> far below the headline, found only by the page-wide look for dates.
    Outcome<Extraction> o = run("https://alder-gazette.example/port/cranes", "<html><body class=\"woo-related-columns-4 comments-open\"><article>"
        + "<h1>Cranes back</h1>" + PARAGRAPHS.repeat(10) + "<time datetime=\"2026-03-05T09:00:00+01:00\">5 March</time></article></body></html>");
    assertThat(o.value().published()).isEqualTo(OffsetDateTime.parse("2026-03-05T09:00:00+01:00"));
  }

  @Test
  void streamedReactPagesAreReassembled() {
    Article a = extract(page("", "<main><h1>Cranes return</h1><template id=\"B:0\"></template><div>Loading paragraph...</div></main>"
        + "<footer>Alder Gazette</footer><div hidden id=\"S:0\">" + PARAGRAPHS + "</div><script>$RC(\"B:0\",\"S:0\")</script>"));
    assertThat(a.text()).startsWith("The two cranes at the container terminal").doesNotContain("Loading");
  }
}
