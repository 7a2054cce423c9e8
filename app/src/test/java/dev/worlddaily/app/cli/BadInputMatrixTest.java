package dev.worlddaily.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.ArticleImage;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.store.DataDirectory;
import dev.worlddaily.store.JdbcStore;
import dev.worlddaily.store.StoryQuery;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input matrix, run as a user runs {@code wdn} against hostile sources on 127.0.0.1:
 * each case ends with a clear one-line reason (no stack trace) and leaves the stories already
 * stored as they were. Pages and feeds are fictional. (Hostile HTTP requests to the site are in
 * the web module's HostileRequestsTest.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputMatrixTest {
  @TempDir static Path data;
  @TempDir static Path files;
  HttpServer server;
  final Map<String, Route> routes = new ConcurrentHashMap<>();
  long baselineArticles;
  List<Story> baseline;

  interface Route {
    void answer(HttpExchange ex) throws IOException;
  }

  record Run(int exit, String out, String err) {
    /** The error lines: what a user reads. */
    List<String> errors() {
      return Arrays.stream(err.split("\n")).filter(l -> !l.isBlank() && !l.startsWith("WARNING")).toList();
    }
  }

  @BeforeAll
  void startWithStoredStories() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", ex -> {
      try (ex) {
        Route r = routes.get(ex.getRequestURI().getPath());
        if (r == null) {
          ex.sendResponseHeaders(404, -1);
        } else {
          r.answer(ex);
        }
      }
    });
    server.start();
    Path a = files.resolve("quake-ledger.html");
    Path b = files.resolve("quake-courier.html");
    Files.writeString(a, page("Quake hits Port Sarin", "A strong earthquake struck Port Sarin on Tuesday and fourteen people died, officials said."));
    Files.writeString(b, page("Port Sarin shaken by quake", "Rescuers in Port Sarin searched through the night after the earthquake; twelve deaths were confirmed."));
    Run r = wdn("ingest", a.toString(), b.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    try (JdbcStore store = store()) {
      baselineArticles = store.articleCount();
      baseline = store.stories(StoryQuery.latest(100).withUnpublished(true));
    }
    assertThat(baselineArticles).isEqualTo(2);
    assertThat(baseline).isNotEmpty();
  }

  @AfterAll
  void stopServer() {
    server.stop(0);
  }

  /** Nothing stored is lost: the stories stored before are all there, unchanged. */
  @AfterEach
  void storedStoriesSurvive() {
    try (JdbcStore store = store()) {
      assertThat(store.articleCount()).isGreaterThanOrEqualTo(baselineArticles);
      for (Story s : baseline) {
        Story now = store.story(s.id()).orElseThrow();
        assertThat(now.version()).isGreaterThanOrEqualTo(s.version());
        assertThat(now.sources()).hasSizeGreaterThanOrEqualTo(s.sources().size());
      }
    }
  }

  JdbcStore store() {
    return JdbcStore.openSqlite(DataDirectory.open(data), Clock.systemUTC());
  }

  static String page(String title, String text) {
    return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + text + "</p><p>"
        + "The regional office said more rescue teams would arrive on Wednesday and that schools would stay closed this week.</p></article></body></html>";
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  void serve(String path, String type, byte[] body) {
    routes.put(path, ex -> send(ex, 200, type, body));
  }

  static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    if (type != null) {
      ex.getResponseHeaders().set("Content-Type", type);
    }
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** Runs {@code wdn ARGS --data DATA} in this JVM, as the launcher would, capturing its output. */
  Run wdn(String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.addAll(List.of("--data", data.toString(), "--set", "ingest.minDelay=0s"));
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exit = WdnCommand.execute(all.toArray(String[]::new));
      return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  /** One failing run: the exit code says so, stderr names the reason on one line, and no stack trace. */
  static void failsWith(Run r, String reason) {
    assertThat(r.exit()).as(r.err()).isNotZero();
    assertThat(r.err()).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(r.errors()).as(r.err()).anySatisfy(l -> assertThat(l).contains(reason));
  }

  @Test
  void invalidUtf8InJsonlAndOpmlFiles() throws Exception {
    Path jsonl = files.resolve("bad.jsonl");
    Files.write(jsonl, concat("{\"id\":\"b1\",\"text\":\"caf".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xe9, (byte) 0xff}, "\"}\n".getBytes()));
    failsWith(wdn("cluster", "--input", jsonl.toString(), "-q"), "line 1: skipped: invalid UTF-8");
    Path opml = files.resolve("latin1.opml");
    Files.write(opml, ("<?xml version=\"1.0\"?><opml version=\"2.0\"><body><outline text=\"Caf\u00e9 Post\" xmlUrl=\"https://cafepost.example/feed.xml\"/></body></opml>")
        .getBytes(StandardCharsets.ISO_8859_1));
    Run imported = wdn("sources", "import", opml.toString());
    assertThat(imported.exit()).as("a Latin-1 OPML file is read, not refused: " + imported.err()).isZero();
    assertThat(wdn("sources", "list").out()).contains("cafepost.example");
  }

  @Test
  void aFiftyMegabytePageIsRefusedOverHttpAndFromDisk() throws Exception {
    byte[] big = new byte[50 * 1024 * 1024];
    Arrays.fill(big, (byte) 'a');
    serve("/big.html", "text/html", big);
    failsWith(wdn("ingest", url("/big.html"), "--allow-private-addresses"), "body of 52428800 bytes exceeds the limit of 5242880 bytes");
    Path file = files.resolve("big.html");
    Files.write(file, big);
    failsWith(wdn("ingest", file.toString()), "file larger than 20971520 bytes");
  }

  @Test
  void gzipBombsAreRefusedOverHttpAndFromDisk() throws Exception {
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(packed)) {
      byte[] mb = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        gz.write(mb);
      }
    }
    byte[] bomb = packed.toByteArray();
    assertThat(bomb.length).isLessThan(100_000);
    routes.put("/bomb.html", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      send(ex, 200, "text/html", bomb);
    });
    failsWith(wdn("ingest", url("/bomb.html"), "--allow-private-addresses"), "decompressed body exceeds the limit of 20971520 bytes");
    Path file = files.resolve("bomb.html.gz");
    Files.write(file, bomb);
    failsWith(wdn("ingest", file.toString()), "decompressed size exceeds 20971520 bytes");
  }

  @Test
  void tenThousandDeepNestingInHtmlJsonAndXml() throws Exception {
    String deep = "<div>".repeat(10_000) + "<p>Deep text about the harbour council meeting on Tuesday evening, where the budget passed by one vote.</p>"
        .repeat(4) + "</div>".repeat(10_000);
    serve("/deep.html", "text/html", ("<html><head><title>Deep council</title></head><body>" + deep + "</body></html>").getBytes());
    Run html = wdn("ingest", url("/deep.html"), "--allow-private-addresses", "-q");
    assertThat(html.exit()).as("a deep page is read: " + html.err()).isZero();
    Path jsonl = files.resolve("deep.jsonl");
    Files.writeString(jsonl, "{\"id\":\"d1\",\"text\":" + "[".repeat(10_000) + "\"x\"" + "]".repeat(10_000) + "}\n");
    failsWith(wdn("annotate", "--input", jsonl.toString(), "-q"), "line 1: skipped: invalid JSON");
    String xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><title>x</title><description>"
        + "<b>".repeat(10_000) + "</b>".repeat(10_000) + "</description></item></channel></rss>";
    serve("/deep.xml", "application/rss+xml", xml.getBytes());
    Run feed = wdn("ingest", url("/deep.xml"), "--allow-private-addresses");
    assertThat(feed.err()).doesNotContain("\tat ");
    assertThat(feed.errors()).as(feed.err()).anySatisfy(l -> assertThat(l).containsAnyOf("not a readable feed", "feed item without a link"));
  }

  @Test
  void aFeedOfHundredThousandItemsIsCutToItsNewest() throws Exception {
    StringBuilder rss = new StringBuilder("<rss version=\"2.0\"><channel><title>t</title>");
    for (int i = 0; i < 100_000; i++) {
      rss.append("<item><link>/n/").append(i).append("</link></item>");
    }
    serve("/huge.xml", "application/rss+xml", rss.append("</channel></rss>").toString().getBytes());
    Run r = wdn("ingest", url("/huge.xml"), "--allow-private-addresses", "--set", "ingest.maxRetries=0", "--set", "ingest.minDelay=0s");
    assertThat(r.errors()).as(r.err()).anySatisfy(l -> assertThat(l).contains("the feed lists 100000 items; reading the newest 5000"));
    assertThat(r.err()).doesNotContain("\tat ");
  }

  @Test
  void externalEntitiesAndBillionLaughsAreRefusedInFeedsSitemapsAndOpml() throws Exception {
    Path secret = files.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-MARKER");
    String laughs = "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
        + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>";
    String xxe = "<!DOCTYPE x [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>";
    serve("/xxe.xml", "application/rss+xml", ("<?xml version=\"1.0\"?>" + xxe + "<rss version=\"2.0\"><channel><title>&s;</title></channel></rss>").getBytes());
    serve("/laughs.xml", "application/rss+xml", ("<?xml version=\"1.0\"?>" + laughs + "<rss version=\"2.0\"><channel><title>&e;</title></channel></rss>").getBytes());
    serve("/xxe-sitemap.xml", "application/xml", ("<?xml version=\"1.0\"?>" + xxe + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>"
        + url("/n/") + "&s;</loc></url></urlset>").getBytes());
    serve("/xxe.opml", "text/x-opml", ("<?xml version=\"1.0\"?>" + xxe + "<opml version=\"2.0\"><body><outline text=\"&s;\" xmlUrl=\"" + url("/n/&s;")
        + "\"/></body></opml>").getBytes());
    for (String path : List.of("/xxe.xml", "/laughs.xml", "/xxe-sitemap.xml", "/xxe.opml")) {
      Run r = wdn("ingest", url(path), "--allow-private-addresses");
      assertThat(r.err()).as(path).doesNotContain("TOP-SECRET-MARKER").doesNotContain("aaaaaaaaaaaaaaaaaaaa").doesNotContain("\tat ");
      assertThat(r.exit()).as(path + ": " + r.err()).isNotZero();
    }
    try (JdbcStore store = store()) {
      assertThat(store.articleCount()).isEqualTo(baselineArticles + storedSinceBaseline(store));
      assertThat(store.annotatedArticlesSince(Instant.EPOCH)).noneSatisfy(a -> assertThat(a.article().text() + a.article().title()).contains("TOP-SECRET"));
    }
  }

  /** Articles other cases of this class stored on purpose (the deep page). */
  long storedSinceBaseline(JdbcStore store) {
    return store.annotatedArticlesSince(Instant.EPOCH).stream().filter(a -> !a.article().url().startsWith("file:")).count();
  }

  @Test
  void redirectsToLoopbackMetadataAndPrivateAddressesAreRefused() {
    String self = "127.0.0.1:" + server.getAddress().getPort();
    for (String target : List.of("http://127.0.0.1:1/", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.7/")) {
      routes.put("/go", ex -> {
        ex.getResponseHeaders().set("Location", target);
        send(ex, 302, null, new byte[0]);
      });
      // Only the test server itself is allowed (by host and port), not private addresses in general.
      failsWith(wdn("ingest", url("/go"), "--set", "ingest.allowedHosts=" + self), "private or local address");
    }
  }

  @Test
  void javascriptAndDataUrlsInLinksAndImagesNeverReachAnArticle() throws Exception {
    serve("/js.html", "text/html", ("<html><head><title>Ferry timetable changes</title><meta property=\"og:image\" content=\"javascript:alert(1)\">"
        + "</head><body><article><h1>Ferry timetable changes</h1><figure><img src=\"data:image/png;base64,AAAA\"><figcaption>Dock</figcaption></figure>"
        + "<p>The ferry operator of Port Sarin changed its winter timetable on Monday, <a href=\"javascript:alert(2)\">adding</a> two late crossings.</p>"
        + "<p>Passengers welcomed the change, though the first morning boat will now leave twenty minutes later than before.</p></article></body></html>")
        .getBytes());
    Run page = wdn("ingest", url("/js.html"), "--allow-private-addresses", "-q");
    assertThat(page.exit()).as(page.err()).isZero();
    serve("/js-feed.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><title>t</title><item><title>x</title><link>javascript:alert(3)</link></item></channel></rss>"
        .getBytes());
    failsWith(wdn("ingest", url("/js-feed.xml"), "--allow-private-addresses"), "only http and https");
    try (JdbcStore store = store()) {
      for (var a : store.annotatedArticlesSince(Instant.EPOCH)) {
        Article article = a.article();
        assertThat(article.images()).extracting(ArticleImage::url).allSatisfy(u -> assertThat(u).matches("https?://.*"));
        assertThat(article.url()).doesNotStartWith("javascript:");
      }
    }
  }

  @Test
  void htmlInTitlesAuthorsAndCaptionsIsStoredAsText() throws Exception {
    serve("/markup.html", "text/html", ("<html><head><title>&lt;script&gt;alert(1)&lt;/script&gt; Harbour vote</title>"
        + "<meta name=\"author\" content=\"&lt;b onmouseover=alert(2)&gt;Mara Quell&lt;/b&gt;\"></head><body><article><h1>&lt;script&gt;alert(1)&lt;/script&gt; Harbour vote</h1>"
        + "<figure><img src=\"https://harbour.example/v.jpg\"><figcaption>&lt;img src=x onerror=alert(3)&gt; The council chamber</figcaption></figure>"
        + "<p>The harbour council of Port Sarin passed its budget on Monday by nineteen votes to eight after a long debate about lighting.</p>"
        + "<p>The mayor said the new budget would pay for two more ferries and a repaired sea wall by the end of next year.</p></article></body></html>").getBytes());
    Run r = wdn("ingest", url("/markup.html"), "--allow-private-addresses", "-q");
    assertThat(r.exit()).as(r.err()).isZero();
    Run json = wdn("stories", "--json", "--all");
    assertThat(json.out()).as("the story contract carries text; the site escapes it (XssTest)").doesNotContain("<script").doesNotContain("<img")
        .doesNotContain("<b ");
  }

  @Test
  void pathTraversalInFileArgumentsAndFileUrlsFromSources() throws Exception {
    failsWith(wdn("cluster", "--input", files.resolve("../../no/such/../file.jsonl").toString()), "no such file");
    Path tree = Files.createDirectories(files.resolve("tree"));
    Path outside = files.resolve("outside-secret.txt");
    Files.writeString(outside, "OUTSIDE-SECRET " + "The harbour council met on Monday to discuss the ferry budget and the sea wall. ".repeat(4));
    Files.createSymbolicLink(tree.resolve("notes.txt"), outside);
    failsWith(wdn("ingest", tree.toString()), "refused: a symbolic link out of");
    serve("/file-links.xml", "application/rss+xml", ("<rss version=\"2.0\"><channel><title>t</title><item><title>x</title><link>file:///etc/passwd</link></item>"
        + "<item><title>y</title><link>" + outside.toUri() + "</link></item></channel></rss>").getBytes());
    failsWith(wdn("ingest", url("/file-links.xml"), "--allow-private-addresses"), "only http and https");
    try (JdbcStore store = store()) {
      assertThat(store.annotatedArticlesSince(Instant.EPOCH)).noneSatisfy(a -> assertThat(a.article().text()).contains("OUTSIDE-SECRET"));
      assertThat(store.annotatedArticlesSince(Instant.EPOCH)).noneSatisfy(a -> assertThat(a.article().text()).contains("root:"));
    }
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
