package dev.worlddaily.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wdn sources}: import, list with health, add, remove, export; bad input is one line. */
class SourcesCommandTest {
  @TempDir Path dir;
  HttpServer server;

  /** What a command printed and returned. */
  record Run(int code, String out, String err) {}

  Run wdn(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      String[] all = new String[args.length + 2];
      System.arraycopy(args, 0, all, 0, args.length);
      all[args.length] = "--data";
      all[args.length + 1] = dir.resolve("data").toString();
      int code = WdnCommand.execute(all);
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", ex -> {
      try (ex) {
        byte[] body = ex.getRequestURI().getPath().equals("/ok.xml")
            ? "<rss version=\"2.0\"><channel><title>Lantern</title></channel></rss>".getBytes(StandardCharsets.UTF_8) : null;
        if (body == null) {
          ex.sendResponseHeaders(ex.getRequestURI().getPath().equals("/down.xml") ? 503 : 404, -1);
          return;
        }
        ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream o = ex.getResponseBody()) {
          o.write(body);
        }
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  @Test
  void importListAddRemoveAndExport() throws Exception {
    Path opml = dir.resolve("mine.opml");
    Files.writeString(opml, "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>mine</title></head><body><outline text=\"World\">"
        + "<outline type=\"rss\" text=\"Lantern Post\" xmlUrl=\"https://lanternpost.example/feed.xml\" htmlUrl=\"https://lanternpost.example/\" country=\"NZ\" language=\"en\" leaning=\"center\"/>"
        + "<outline type=\"atom\" text=\"Harbour Ledger\" xmlUrl=\"https://harbourledger.example/atom.xml\" country=\"IE\"/></outline></body></opml>");
    Run imported = wdn("sources", "import", opml.toString());
    assertThat(imported.code()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("imported 2 feeds").contains("2 new");
    assertThat(wdn("sources", "import", opml.toString()).out()).as("importing again adds nothing").contains("0 new, 2 updated");

    Run listed = wdn("sources", "list");
    assertThat(listed.out()).contains("Lantern Post (NZ)").contains("https://lanternpost.example/feed.xml").contains("never polled")
        .contains("Harbour Ledger (IE)");

    Run added = wdn("sources", "add", "https://meridianwire.example/rss", "--outlet", "Meridian Wire", "--country", "gb", "--language", "EN");
    assertThat(added.code()).isZero();
    String id = added.out().split("\\s+")[1];
    assertThat(wdn("sources", "add", "https://meridianwire.example/rss").out()).startsWith("already configured: " + id);
    assertThat(wdn("sources", "list").out()).contains(id).contains("Meridian Wire (GB)");

    Path exported = dir.resolve("back.opml");
    assertThat(wdn("sources", "export", exported.toString()).code()).isZero();
    assertThat(Files.readString(exported)).contains("xmlUrl=\"https://meridianwire.example/rss\"").contains("country=\"GB\"")
        .contains("xmlUrl=\"https://lanternpost.example/feed.xml\"").contains("leaning=\"center\"");
    assertThat(wdn("sources", "export").out()).as("to stdout").contains("<opml version=\"2.0\">");

    assertThat(wdn("sources", "remove", id).out()).contains("removed " + id);
    assertThat(wdn("sources", "list").out()).doesNotContain("meridianwire.example");
  }

  @Test
  void listShowsEachFeedsHealthAfterPolling() {
    assertThat(wdn("sources", "add", url("/ok.xml"), "--outlet", "Lantern Post").code()).isZero();
    assertThat(wdn("sources", "add", url("/down.xml"), "--outlet", "Harbour Ledger").code()).isZero();
    CommonOptions common = new CommonOptions();
    common.data = dir.resolve("data");
    common.quiet = true;
    common.overrides.put("ingest.allowPrivateAddresses", "true");
    common.overrides.put("ingest.minDelay", "0s");
    common.overrides.put("ingest.maxRetries", "0");
    try (Engine engine = Engine.open(common, Console.system(true))) {
      assertThat(new CrawlLoop(engine).pollDue()).isEqualTo(2);
    }
    String list = wdn("sources", "list").out();
    assertThat(list).containsPattern("(?s)ok\\.xml\\s+ok; last success 20\\d\\d-[^;]+; 0\\.0 items/day; next poll 20");
    assertThat(list).containsPattern("(?s)down\\.xml\\s+failing, 1 in a row; last success never; [^\\n]+\\n\\s+last error 20[^:]+:\\d\\d:\\d\\dZ: [^\\n]*HTTP 503");
  }

  @Test
  void badInputIsAOneLineErrorAndANonZeroExit() throws Exception {
    Run notUrl = wdn("sources", "add", "file:///etc/passwd");
    assertThat(notUrl.code()).isNotZero();
    assertThat(notUrl.err().strip()).isEqualTo("wdn add: sources are http(s) URLs: file:///etc/passwd");
    assertThat(wdn("sources", "add", "https://x.example/feed", "--country", "Germany").err()).contains("two-letter");
    assertThat(wdn("sources", "remove", "f000000000000").err()).contains("no source with id f000000000000");
    assertThat(wdn("sources", "import", dir.resolve("missing.opml").toString()).err()).contains("no such file");
    Path notOpml = dir.resolve("x.opml");
    Files.writeString(notOpml, "<html>not opml</html>");
    Run bad = wdn("sources", "import", notOpml.toString());
    assertThat(bad.code()).isNotZero();
    assertThat(bad.err()).contains("not an OPML document").doesNotContain("Exception");
  }
}
