package dev.worlddaily.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Every feed format we read, their charsets, and XML that must be refused. Fixtures are fictional. */
class FeedFormatsTest {
  final FeedParser parser = new FeedParser();

  ParsedFeed parse(String xml) {
    return parser.parse(xml.getBytes(StandardCharsets.UTF_8), "application/xml", null, "https://lanternpost.example/feed");
  }

  @Test
  void rss090() {
    ParsedFeed f = parse("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://my.netscape.com/rdf/simple/0.9/\">"
        + "<channel><title>Lantern</title><link>https://lanternpost.example/</link><description>d</description></channel>"
        + "<item><title>Ferry resumes</title><link>https://lanternpost.example/ferry</link></item></rdf:RDF>");
    assertThat(f.items()).singleElement().satisfies(i -> {
      assertThat(i.link()).isEqualTo("https://lanternpost.example/ferry");
      assertThat(i.title()).isEqualTo("Ferry resumes");
    });
  }

  @Test
  void rss091WithNetscapesDoctypeAndHtmlEntities() {
    ParsedFeed f = parse("<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n"
        + "<rss version=\"0.91\"><channel><title>Lantern</title><link>https://lanternpost.example/</link><description>d</description><language>en</language>"
        + "<item><title>Caf&eacute; reopens&nbsp;today</title><link>https://lanternpost.example/cafe</link><description>Short.</description></item></channel></rss>");
    assertThat(f.items()).singleElement().satisfies(i -> {
      assertThat(i.title()).isEqualTo("Café reopens\u00a0today");
      assertThat(i.summary()).isEqualTo("Short.");
    });
  }

  @Test
  void rss092WithEnclosure() {
    ParsedFeed f = parse("<rss version=\"0.92\"><channel><title>Lantern</title><link>https://lanternpost.example/</link><description>d</description>"
        + "<item><title>Harbour</title><link>https://lanternpost.example/harbour</link><description>Teaser.</description>"
        + "<enclosure url=\"https://lanternpost.example/h.jpg\" length=\"1000\" type=\"image/jpeg\"/></item></channel></rss>");
    assertThat(f.items()).singleElement().satisfies(i -> assertThat(i.imageUrl()).isEqualTo("https://lanternpost.example/h.jpg"));
  }

  @Test
  void mediaRssGivesTheImageWithCaptionAndCredit() {
    String media = "xmlns:media=\"http://search.yahoo.com/mrss/\"";
    ParsedFeed rss = parse("<rss version=\"2.0\" " + media + "><channel><title>Lantern</title><link>https://lanternpost.example/</link><description>d</description>"
        + "<item><title>Harbour</title><link>https://lanternpost.example/harbour</link>"
        + "<media:content url=\"/img/h.jpg\" medium=\"image\"><media:description>Cranes at dawn.</media:description>"
        + "<media:credit role=\"photographer\">Ann Lee/Lantern Post</media:credit></media:content></item></channel></rss>");
    assertThat(rss.items()).singleElement().satisfies(i -> {
      assertThat(i.imageUrl()).isEqualTo("https://lanternpost.example/img/h.jpg");
      assertThat(i.imageCaption()).isEqualTo("Cranes at dawn.");
      assertThat(i.imageCredit()).isEqualTo("Ann Lee/Lantern Post");
    });
    ParsedFeed atom = parse("<feed xmlns=\"http://www.w3.org/2005/Atom\" " + media + "><title>Lantern</title><id>urn:l</id><updated>2026-03-05T10:00:00Z</updated>"
        + "<entry><title>Harbour</title><id>urn:h</id><link href=\"https://lanternpost.example/harbour\"/><updated>2026-03-05T10:00:00Z</updated>"
        + "<media:group><media:content url=\"https://lanternpost.example/v.mp4\" medium=\"video\"/><media:content url=\"https://lanternpost.example/h.jpg\""
        + " type=\"image/jpeg\"><media:title>Cranes at dawn.</media:title></media:content></media:group></entry></feed>");
    assertThat(atom.items()).singleElement().satisfies(i -> {
      assertThat(i.imageUrl()).isEqualTo("https://lanternpost.example/h.jpg");
      assertThat(i.imageCaption()).isEqualTo("Cranes at dawn.");
      assertThat(i.imageCredit()).isNull();
    });
  }

  @Test
  void rss10WithDublinCoreAndContentModules() {
    ParsedFeed f = parse("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
        + "<channel rdf:about=\"https://lanternpost.example/\"><title>Lantern</title><link>https://lanternpost.example/</link><description>d</description>"
        + "<items><rdf:Seq><rdf:li rdf:resource=\"https://lanternpost.example/dock\"/></rdf:Seq></items></channel>"
        + "<item rdf:about=\"https://lanternpost.example/dock\"><title>Dock deal</title><link>https://lanternpost.example/dock</link>"
        + "<dc:creator>Odile Venn</dc:creator><dc:date>2026-11-17T08:00:00Z</dc:date><content:encoded><![CDATA[<p>Full text.</p>]]></content:encoded></item></rdf:RDF>");
    assertThat(f.items()).singleElement().satisfies(i -> {
      assertThat(i.authors()).containsExactly("Odile Venn");
      assertThat(i.published()).isEqualTo(Instant.parse("2026-11-17T08:00:00Z"));
      assertThat(i.contentHtml()).contains("Full text.");
    });
  }

  @Test
  void rss20WithRelativeLinksAndPubDate() {
    ParsedFeed f = parse("<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Lantern</title><link>https://lanternpost.example/</link>"
        + "<item><title>Budget</title><link>/news/budget</link><pubDate>Tue, 17 Nov 2026 08:00:00 GMT</pubDate><author>desk@lanternpost.example (Ana Ruiz)</author>"
        + "<content:encoded><![CDATA[<p>Council approves budget.</p>]]></content:encoded></item></channel></rss>");
    assertThat(f.items()).singleElement().satisfies(i -> {
      assertThat(i.link()).isEqualTo("https://lanternpost.example/news/budget");
      assertThat(i.published()).isEqualTo(Instant.parse("2026-11-17T08:00:00Z"));
      assertThat(i.contentHtml()).contains("Council approves budget.");
    });
  }

  @Test
  void atom10WithUpdatedDistinctFromPublished() {
    ParsedFeed f = parse("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Lantern</title><id>urn:x</id><updated>2026-11-17T10:00:00Z</updated>"
        + "<entry><title>Dock deal</title><id>urn:e1</id><link rel=\"alternate\" href=\"https://lanternpost.example/dock\"/>"
        + "<published>2026-11-17T08:00:00Z</published><updated>2026-11-17T10:00:00Z</updated><author><name>Odile Venn</name></author>"
        + "<summary>Teaser.</summary></entry></feed>");
    assertThat(f.items()).singleElement().satisfies(i -> {
      assertThat(i.published()).isEqualTo(Instant.parse("2026-11-17T08:00:00Z"));
      assertThat(i.updated()).isEqualTo(Instant.parse("2026-11-17T10:00:00Z"));
      assertThat(i.summary()).isEqualTo("Teaser.");
    });
  }

  @Test
  void jsonFeed11And10() {
    ParsedFeed v11 = parser.parse(("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Lantern\",\"authors\":[{\"name\":\"Desk\"}],\"items\":["
        + "{\"id\":\"1\",\"url\":\"https://lanternpost.example/1\",\"title\":\"One\",\"content_text\":\"First paragraph.\\n\\nSecond <paragraph>.\","
        + "\"date_published\":\"2026-11-17T08:00:00+01:00\",\"date_modified\":\"2026-11-17T09:30:00Z\"},"
        + "{\"id\":\"https://lanternpost.example/2\",\"title\":\"Two\",\"content_html\":\"<p>Two</p>\",\"authors\":[{\"name\":\"Odile Venn\"}]}]}").getBytes(StandardCharsets.UTF_8),
        "application/feed+json", null, null);
    assertThat(v11.items()).hasSize(2);
    assertThat(v11.items().get(0)).satisfies(i -> {
      assertThat(i.contentHtml()).isEqualTo("<p>First paragraph.</p><p>Second &lt;paragraph&gt;.</p>");
      assertThat(i.published()).isEqualTo(Instant.parse("2026-11-17T07:00:00Z"));
      assertThat(i.updated()).isEqualTo(Instant.parse("2026-11-17T09:30:00Z"));
      assertThat(i.authors()).as("inherited from the feed").containsExactly("Desk");
    });
    assertThat(v11.items().get(1)).satisfies(i -> {
      assertThat(i.link()).as("an id that is a URL").isEqualTo("https://lanternpost.example/2");
      assertThat(i.authors()).containsExactly("Odile Venn");
    });
    ParsedFeed v10 = parser.parse(("{\"version\":\"https://jsonfeed.org/version/1\",\"title\":\"Lantern\",\"items\":[{\"id\":\"1\",\"url\":\"https://lanternpost.example/1\","
        + "\"author\":{\"name\":\"Ana Ruiz\"},\"summary\":\"Teaser\"}]}").getBytes(StandardCharsets.UTF_8), "application/json", null, null);
    assertThat(v10.items()).singleElement().satisfies(i -> assertThat(i.authors()).containsExactly("Ana Ruiz"));
    assertThatThrownBy(() -> parser.parse("{\"title\":\"not a feed\"}".getBytes(), "application/json", null, null)).hasMessageContaining("not a JSON Feed");
  }

  static String rssWithTitle(String title, String encodingDecl) {
    return "<?xml version=\"1.0\"" + (encodingDecl == null ? "" : " encoding=\"" + encodingDecl + "\"") + "?><rss version=\"2.0\"><channel><title>t</title>"
        + "<item><title>" + title + "</title><link>https://lanternpost.example/a</link></item></channel></rss>";
  }

  String title(byte[] body, String headerCharset) {
    return parser.parse(body, "application/rss+xml", headerCharset, null).items().get(0).title();
  }

  @Test
  void theCharsetComesFromTheBomTheHeaderOrTheDeclarationAndAWrongDeclarationIsOverruled() {
    String title = "Café on Zürichstraße – “open” again";
    Charset cp1252 = Charset.forName("windows-1252");
    assertThat(title(rssWithTitle(title, null).getBytes(cp1252), "windows-1252")).as("from the header").isEqualTo(title);
    assertThat(title(rssWithTitle(title, "windows-1252").getBytes(cp1252), null)).as("from the declaration").isEqualTo(title);
    assertThat(title(rssWithTitle(title, "ISO-8859-1").getBytes(StandardCharsets.UTF_8), "iso-8859-1")).as("declared Latin-1, really UTF-8").isEqualTo(title);
    byte[] utf16 = rssWithTitle(title, "UTF-16").getBytes(StandardCharsets.UTF_16); // Java writes a big-endian BOM
    assertThat(title(utf16, "iso-8859-1")).as("the byte-order mark wins").isEqualTo(title);
    assertThat(title(rssWithTitle("Plain", null).getBytes(StandardCharsets.US_ASCII), null)).isEqualTo("Plain");
  }

  @Test
  void externalEntitiesAndEntityBombsAreRefusedWhereverTheDoctypeIs() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>&x;</title></channel></rss>";
    String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
        + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\"><!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>"
        + "<rss version=\"2.0\"><channel><title>&lol4;</title></channel></rss>";
    String late = "<?xml version=\"1.0\"?><!-- " + "padding ".repeat(200) + " --><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
        + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>";
    for (String xml : new String[] {xxe, laughs, late}) {
      assertThatThrownBy(() -> parse(xml)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DOCTYPE");
    }
  }

  @Test
  void brokenXmlIsAOneLineReason() {
    assertThatThrownBy(() -> parse("<rss version=\"2.0\"><channel><title>oops</channel>")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a readable feed").message().doesNotContain("\n");
    assertThatThrownBy(() -> parse("<html><body>not a feed</body></html>")).isInstanceOf(IllegalArgumentException.class);
  }
}
