package dev.worlddaily.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SampleSiteServerTest {
  static SampleCorpus corpus = SampleCorpus.load();
  static SampleSiteServer server;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    server = new SampleSiteServer(corpus, 0, 0);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  HttpResponse<byte[]> get(String url, String etag) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
    if (etag != null) {
      b.header("If-None-Match", etag);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void articlePagesCarryBoilerplateAndCanonicalDomains() throws Exception {
    SampleArticle a = corpus.articles().get(0);
    HttpResponse<byte[]> r = get(server.renderer().pageUrl(a), null);
    String html = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(html).contains("<link rel=\"canonical\" href=\"" + a.canonicalUrl() + "\">")
        .contains("fictional sample outlet").containsIgnoringCase("cookie").contains(a.paragraphs().get(1).substring(0, 30));
  }

  @Test
  void everyFeedParsesAsXmlAndListsItsArticles() throws Exception {
    for (SampleOutlet o : corpus.outlets()) {
      HttpResponse<byte[]> r = get(server.baseUrl() + o.feedPath(), null);
      assertThat(r.statusCode()).as(o.domain()).isEqualTo(200);
      var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(r.body()));
      int items = doc.getElementsByTagName("atom".equals(o.feedFormat()) ? "entry" : "item").getLength();
      assertThat(items).as(o.domain()).isEqualTo(corpus.articlesOf(o.domain()).size());
    }
  }

  @Test
  void conditionalRequestsGet304() throws Exception {
    String url = server.feedUrls().get(0);
    HttpResponse<byte[]> first = get(url, null);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(get(url, etag).statusCode()).isEqualTo(304);
  }

  @Test
  void imagesOpmlRobotsAndMissingPages() throws Exception {
    SampleArticle a = corpus.articles().get(0);
    HttpResponse<byte[]> img = get(server.baseUrl() + "/" + a.outletDomain() + "/images/" + a.image().file(), null);
    assertThat(img.headers().firstValue("Content-Type")).contains("image/png");
    assertThat(img.body()[1]).isEqualTo((byte) 'P');
    assertThat(new String(get(server.opmlUrl(), null).body())).contains("xmlUrl=\"" + server.feedUrls().get(0) + "\"");
    assertThat(new String(get(server.baseUrl() + "/robots.txt", null).body())).contains("User-agent: *");
    assertThat(get(server.baseUrl() + "/nowhere.example/x", null).statusCode()).isEqualTo(404);
  }

  @Test
  void hostileTextIsEscapedByTheRenderer() {
    assertThat(SampleSiteRenderer.esc("<script>\"x\"&'")).isEqualTo("&lt;script&gt;&quot;x&quot;&amp;&#39;");
  }
}
