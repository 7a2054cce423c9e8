package dev.worlddaily.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.extract.DocumentExtractor;
import dev.worlddaily.extract.ExtractConfig;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.Feed;
import dev.worlddaily.model.Outcome;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.model.Progress;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of source, from a real server on 127.0.0.1 or real files. */
class SourcesTest {
  LoopbackServer server;
  HttpFetcher fetcher;
  Ingestor ingestor;
  @TempDir Path dir;

  @BeforeEach
  void start() throws Exception {
    server = new LoopbackServer();
    IngestConfig config = IngestConfig.defaults().withMinDelay(Duration.ZERO).withAllowedHosts(List.of("127.0.0.1:" + port()));
    fetcher = new HttpFetcher(config);
    ingestor = new Ingestor(config, fetcher, new DocumentExtractor(ExtractConfig.defaults()));
    server.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
    for (String n : List.of("one", "two", "three")) {
      server.page("/news/" + n, "text/html", IngestorTest.page("Story " + n, "Report number " + n + " about the harbour works in Port Alder on Monday."));
    }
  }

  int port() {
    return Integer.parseInt(server.url("/").replaceAll(".*:(\\d+)/$", "$1"));
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  List<Outcome<Article>> ingest(String target) {
    List<Outcome<Article>> out = new ArrayList<>();
    ingestor.ingest(target, null, out::add, Progress.NONE);
    return out;
  }

  static byte[] gzip(String s) throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(b)) {
      g.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return b.toByteArray();
  }

  @Test
  void jsonFeedItemsAreRead() {
    server.page("/feed.json", "application/feed+json", "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Lantern\",\"items\":["
        + "{\"id\":\"1\",\"url\":\"" + server.url("/news/one") + "\",\"title\":\"Story one\",\"date_published\":\"2026-11-17T08:00:00Z\",\"authors\":[{\"name\":\"Odile Venn\"}]}]}");
    assertThat(ingest(server.url("/feed.json"))).singleElement().satisfies(o -> {
      assertThat(o.isOk()).as(o.describe()).isTrue();
      assertThat(o.value().text()).contains("Report number one");
      assertThat(o.value().published()).isNotNull();
    });
  }

  @Test
  void homePagesLeadToTheirAdvertisedFeed() {
    server.page("/feed.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><title>x</title><item><title>Story two</title><link>" + server.url("/news/two") + "</link></item></channel></rss>");
    server.page("/", "text/html", "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed.xml\"></head><body><nav><a href=/a>Home</a></nav></body></html>");
    assertThat(ingest(server.url("/"))).singleElement().satisfies(o -> assertThat(o.value().text()).contains("Report number two"));
  }

  @Test
  void sitemapIndexesWithGzippedChildrenAndNewsSitemaps() throws Exception {
    String urlset = "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
        + "<url><loc>" + server.url("/news/one") + "</loc><news:news><news:publication><news:name>L</news:name><news:language>en</news:language></news:publication>"
        + "<news:publication_date>2026-11-17</news:publication_date><news:title>Story one</news:title></news:news></url>"
        + "<url><loc>" + server.url("/news/three") + "</loc></url></urlset>";
    byte[] gz = gzip(urlset);
    server.route("/sitemap-news.xml.gz", ex -> LoopbackServer.send(ex, 200, "application/gzip", gz));
    server.page("/sitemap.xml", "application/xml", "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
        + "<sitemap><loc>" + server.url("/sitemap-news.xml.gz") + "</loc></sitemap></sitemapindex>");
    List<Outcome<Article>> out = ingest(server.url("/sitemap.xml"));
    assertThat(out).hasSize(2).allSatisfy(o -> assertThat(o.isOk()).as(o.describe()).isTrue());
  }

  @Test
  void opmlListsAreReadAndWritten() {
    server.page("/feed.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><title>x</title><item><title>Story one</title><link>" + server.url("/news/one") + "</link></item></channel></rss>");
    String opml = "<?xml version=\"1.0\"?><opml version=\"2.0\"><body><outline text=\"Lantern Post\" xmlUrl=\"" + server.url("/feed.xml")
        + "\" htmlUrl=\"https://lanternpost.example/\" country=\"NZ\" leaning=\"center\"/><outline text=\"folder\"><outline text=\"bad\" xmlUrl=\"file:///etc/passwd\"/></outline></body></opml>";
    server.page("/list.opml", "text/x-opml", opml);
    List<Outcome<Article>> out = ingest(server.url("/list.opml"));
    assertThat(out).singleElement().satisfies(o -> assertThat(o.value().outlet().country()).isEqualTo("NZ"));
    List<Feed> feeds = OpmlCodec.read(opml);
    assertThat(feeds).singleElement().satisfies(f -> assertThat(f.outlet()).isEqualTo(new Outlet("Lantern Post", "lanternpost.example", "NZ", null, "center", null)));
    List<Feed> back = OpmlCodec.read(OpmlCodec.write("x", feeds));
    assertThat(back).extracting(Feed::url, Feed::outlet, Feed::title).containsExactly(org.assertj.core.groups.Tuple.tuple(feeds.get(0).url(), feeds.get(0).outlet(), "Lantern Post"));
  }

  @Test
  void redirectsToPrivateAddressesAreRefusedEvenFromAnAllowedHost() {
    for (String target : List.of("http://169.254.169.254/latest/meta-data/", "http://10.0.0.5/", "http://127.0.0.1:1/")) {
      server.route("/go", ex -> {
        ex.getResponseHeaders().set("Location", target);
        LoopbackServer.send(ex, 302, null, new byte[0]);
      });
      assertThat(ingest(server.url("/go"))).singleElement().satisfies(o -> assertThat(o.describe()).contains("private or local address"));
    }
  }

  @Test
  void crawlDelayFromRobotsSpacesRequests() {
    server.page("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 1\n");
    long start = System.nanoTime();
    ingest(server.url("/news/one"));
    ingest(server.url("/news/two"));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
  }

  @Test
  void aWrongDeclaredCharsetIsOverruled() {
    String html = IngestorTest.page("Café opens", "The café on Zürichstraße reopened on Monday, the owner Ana Müller said.");
    server.route("/latin", ex -> LoopbackServer.send(ex, 200, "text/html; charset=iso-8859-1", html.getBytes(StandardCharsets.UTF_8)));
    assertThat(ingest(server.url("/latin"))).singleElement().satisfies(o -> assertThat(o.value().text()).contains("Zürichstraße").contains("Müller"));
    String latin = IngestorTest.page("Caf\u00e9", "The caf\u00e9 on the corner reopened on Monday, the owner Ana M\u00fcller said to everyone.");
    server.route("/real-latin", ex -> LoopbackServer.send(ex, 200, "text/html; charset=iso-8859-1", latin.getBytes(Charset.forName("ISO-8859-1"))));
    assertThat(ingest(server.url("/real-latin"))).singleElement().satisfies(o -> assertThat(o.value().text()).contains("Müller"));
  }

  @Test
  void filesDirectoriesAndGzip() throws Exception {
    Files.writeString(dir.resolve("a.html"), IngestorTest.page("File story", "A file on disk about the harbour works in Port Alder on Monday."));
    Files.write(dir.resolve("b.txt.gz"), gzip("Ferry service resumes\n\nThe night ferry to Skerrin Island resumed on Monday after repairs to its engine, the operator said in a statement.\n\nPassengers were told to arrive early because of the backlog of cars from the weekend."));
    Files.writeString(dir.resolve("ignored.bin"), "nothing");
    List<Outcome<Article>> out = ingest(dir.toString());
    assertThat(out).hasSize(2).allSatisfy(o -> assertThat(o.isOk()).as(o.describe()).isTrue());
    assertThat(out.get(1).value().url()).startsWith("file:").endsWith("b.txt");
    assertThat(out.get(1).value().title()).isEqualTo("Ferry service resumes");
    assertThat(ingest(dir.resolve("missing").toString())).singleElement().satisfies(o -> assertThat(o.describe()).contains("no such file"));
  }

  @Test
  void aGzippedSitemapFetchedDirectlyIsReadAndNewsDatesAndTitlesFillTheGaps() throws Exception {
    server.page("/bare", "text/html", "<html><body><article><p>" + "The tide gauge at Port Alder recorded its highest level in forty years on Monday night. ".repeat(4)
        + "</p></article></body></html>");
    String urlset = "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
        + "<url><loc>" + server.url("/bare") + "</loc><news:news><news:publication><news:name>Lantern</news:name><news:language>en</news:language></news:publication>"
        + "<news:publication_date>2026-11-17T06:30:00Z</news:publication_date><news:title>Record tide in Port Alder</news:title></news:news></url></urlset>";
    byte[] gz = gzip(urlset);
    server.route("/news-sitemap.xml.gz", ex -> LoopbackServer.send(ex, 200, "application/x-gzip", gz));
    assertThat(ingest(server.url("/news-sitemap.xml.gz"))).singleElement().satisfies(o -> {
      assertThat(o.isOk()).as(o.describe()).isTrue();
      assertThat(o.value().title()).isEqualTo("Record tide in Port Alder");
      assertThat(o.value().published()).isEqualTo(java.time.Instant.parse("2026-11-17T06:30:00Z"));
    });
  }

  @Test
  void aBrokenChildSitemapIsRecordedWhileTheOthersAreRead() {
    server.page("/good.xml", "application/xml", "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>" + server.url("/news/two")
        + "</loc></url></urlset>");
    server.page("/broken.xml", "application/xml", "<urlset><url><loc>");
    server.page("/index.xml", "application/xml", "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
        + "<sitemap><loc>" + server.url("/broken.xml") + "</loc></sitemap><sitemap><loc>" + server.url("/missing.xml") + "</loc></sitemap>"
        + "<sitemap><loc>" + server.url("/good.xml") + "</loc></sitemap></sitemapindex>");
    List<Outcome<Article>> out = ingest(server.url("/index.xml"));
    assertThat(out).filteredOn(Outcome::isOk).singleElement().satisfies(o -> assertThat(o.value().text()).contains("Report number two"));
    assertThat(out).filteredOn(o -> !o.isOk()).extracting(Outcome::describe).anySatisfy(d -> assertThat(d).contains("HTTP 404"));
  }

  @Test
  void sitemapsAndOpmlWithEntitiesNeitherReadFilesNorExpand() throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-MARKER");
    String xxeSitemap = "<?xml version=\"1.0\"?><!DOCTYPE urlset [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>" + server.url("/news/") + "&x;</loc></url></urlset>";
    String laughs = "<?xml version=\"1.0\"?><!DOCTYPE urlset [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
        + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>" + server.url("/news/") + "&e;</loc></url></urlset>";
    server.page("/xxe-sitemap.xml", "application/xml", xxeSitemap);
    server.page("/laughs-sitemap.xml", "application/xml", laughs);
    for (String path : List.of("/xxe-sitemap.xml", "/laughs-sitemap.xml")) {
      List<Outcome<Article>> out = ingest(server.url(path));
      assertThat(out).as(path).noneMatch(Outcome::isOk);
      assertThat(out).extracting(Outcome::describe).noneMatch(d -> d.contains("TOP-SECRET-MARKER") || d.contains("aaaaaaaaaaaaaaaaaaaa"));
    }
    assertThat(server.hits("/news/TOP-SECRET-MARKER")).isZero();
    String xxeOpml = "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]><opml version=\"2.0\"><body>"
        + "<outline text=\"&x;\" xmlUrl=\"https://lanternpost.example/feed.xml\"/></body></opml>";
    assertThat(OpmlCodec.read(xxeOpml)).allSatisfy(f -> {
      assertThat(f.title()).doesNotContain("TOP-SECRET-MARKER");
      assertThat(f.outlet().name()).doesNotContain("TOP-SECRET-MARKER");
    });
  }

  @Test
  void aFeedInTheCharsetItsHeaderNamesIsDecoded() {
    String rss = "<rss version=\"2.0\"><channel><title>x</title><item><title>Zürich café reopens</title><link>" + server.url("/news/one") + "</link></item></channel></rss>";
    server.bytes("/latin1.xml", "application/rss+xml; charset=windows-1252", rss.getBytes(Charset.forName("windows-1252")));
    assertThat(ingest(server.url("/latin1.xml"))).singleElement().satisfies(o -> assertThat(o.isOk()).as(o.describe()).isTrue());
    FetchResult r;
    try {
      r = fetcher.fetch(server.url("/latin1.xml"), null, null);
    } catch (FetchException e) {
      throw new AssertionError(e);
    }
    assertThat(new FeedParser().parse(r.body(), r.contentType(), r.charset(), r.url()).items().get(0).title()).isEqualTo("Zürich café reopens");
  }

  @Test
  void markdownAndPlainTextFilesAreArticles() throws Exception {
    Files.writeString(dir.resolve("note.md"), "# Harbour cranes certified\n\nInspectors certified the last two cranes at Port Alder on Tuesday, the port authority said, "
        + "so the terminal can work at full speed again.\n\n*Shipping lines* expect the backlog to clear within a week.\n");
    Files.writeString(dir.resolve("wire.text"), "Ferry timetable restored\n\nThe island ferry returned to its winter timetable on Wednesday after the repairs to its engine were finished "
        + "two days early, the operator said.\n\nPassengers with bookings for the cancelled sailings will be moved to the first crossings on Thursday.\n");
    List<Outcome<Article>> out = ingest(dir.toString());
    assertThat(out).hasSize(2).allSatisfy(o -> assertThat(o.isOk()).as(o.describe()).isTrue());
    assertThat(out.get(0).value().title()).isEqualTo("Harbour cranes certified");
    assertThat(out.get(0).value().text()).contains("Shipping lines expect").doesNotContain("*").doesNotContain("# ");
    assertThat(out.get(0).value().url()).startsWith("file:").endsWith("note.md");
  }

  @Test
  void aPageCharsetComesFromItsBomOrItsMetaWhenTheHeaderNamesNone() {
    String body = "The caf\u00e9 on Z\u00fcrichstra\u00dfe reopened on Monday, the owner Ana M\u00fcller said to the reporters gathered outside.";
    byte[] bom = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] utf8 = IngestorTest.page("Caf\u00e9 opens", body).getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[bom.length + utf8.length];
    System.arraycopy(bom, 0, withBom, 0, bom.length);
    System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);
    server.bytes("/bom", "text/html", withBom);
    String meta = IngestorTest.page("Caf\u00e9 opens", body).replace("<head>", "<head><meta charset=\"windows-1252\">");
    server.bytes("/meta", "text/html", meta.getBytes(Charset.forName("windows-1252")));
    for (String path : List.of("/bom", "/meta")) {
      assertThat(ingest(server.url(path))).as(path).singleElement().satisfies(o -> assertThat(o.value().text()).contains("Z\u00fcrichstra\u00dfe").contains("M\u00fcller"));
    }
  }
}
