package dev.worlddaily.app.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A large fictional corpus served as RSS feeds with full text on 127.0.0.1: {@code events}
 * invented events, each reported by several of {@code outlets} invented outlets in their own
 * words, plus one unrelated local item per outlet and event-day. Every article has its own URL
 * and its own text, so the expected article count is exact. Fixed seed: the same corpus every run.
 */
final class CrashCorpus implements AutoCloseable {
  private static final String[] PLACES = {"Port Sarin", "Velmora", "Ostrava Bay", "Kestrel Falls", "Dunmere", "Alcott Ridge", "Marrow Vale",
      "Tessaly", "Brightwater", "Calder Point", "Norhaven", "Ember Cross", "Silvan Reach", "Harrowgate Quay", "Lorne Valley", "Quillon"};
  private static final String[] KINDS = {"earthquake", "flood", "port strike", "rail crash", "budget vote", "bridge collapse", "wildfire",
      "election recount", "dam breach", "ferry sinking"};
  private static final String[] PEOPLE = {"Mara Quell", "Ivo Renn", "Tomas Ferreira", "Odile Venn", "Ana Ruiz", "Jonah Pell", "Sefa Lund",
      "Rika Moss", "Elan Brode", "Petra Vance"};

  private final HttpServer server;
  private final Map<String, byte[]> feeds = new ConcurrentHashMap<>();
  final int articles;

  CrashCorpus(int events, int outlets) throws IOException {
    Random random = new Random(20261201L);
    List<List<String>> items = new ArrayList<>();
    for (int o = 0; o < outlets; o++) {
      items.add(new ArrayList<>());
    }
    Instant t0 = Instant.parse("2026-11-20T06:00:00Z");
    int n = 0;
    for (int e = 0; e < events; e++) {
      String place = PLACES[e % PLACES.length] + (e >= PLACES.length ? " " + (char) ('A' + e / PLACES.length) : "");
      String kind = KINDS[(e * 7) % KINDS.length];
      String person = PEOPLE[(e * 3) % PEOPLE.length];
      int figure = 3 + random.nextInt(400);
      Instant when = t0.plusSeconds(e * 3600L);
      int reporters = 3 + random.nextInt(Math.max(1, outlets - 2));
      for (int r = 0; r < reporters; r++) {
        int o = (e + r) % outlets;
        String title = String.format(Locale.ROOT, "%s in %s: %d affected, says %s", capital(kind), place, figure, person);
        String text = eventText(place, kind, person, figure, r, random);
        items.get(o).add(item(o, "event-" + e + "-" + r, title, when.plusSeconds(r * 300L), text));
        n++;
      }
      int local = (e * 5) % outlets;
      items.get(local).add(item(local, "local-" + e, "Library hours change in " + outletName(local) + " district " + e, when.plusSeconds(1800),
          localText(local, e, random)));
      n++;
    }
    this.articles = n;
    for (int o = 0; o < outlets; o++) {
      StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>")
          .append(outletName(o)).append("</title><link>https://").append(domain(o)).append("/</link>");
      items.get(o).forEach(rss::append);
      feeds.put("/feed-" + o + ".xml", rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8));
    }
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", ex -> {
      try (ex) {
        byte[] body = feeds.get(ex.getRequestURI().getPath());
        if (body == null) {
          ex.sendResponseHeaders(404, -1);
          return;
        }
        ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
          out.write(body);
        }
      }
    });
    server.start();
  }

  List<String> feedUrls() {
    return feeds.keySet().stream().sorted().map(p -> "http://127.0.0.1:" + server.getAddress().getPort() + p).toList();
  }

  private static String item(int outlet, String slug, String title, Instant published, String text) {
    return "<item><title>" + title + "</title><link>https://" + domain(outlet) + "/news/" + slug + "</link><pubDate>"
        + DateTimeFormatter.RFC_1123_DATE_TIME.format(published.atOffset(ZoneOffset.UTC)) + "</pubDate><author>desk@" + domain(outlet)
        + " (" + PEOPLE[outlet % PEOPLE.length] + ")</author><content:encoded><![CDATA[" + text + "]]></content:encoded></item>";
  }

  private static String eventText(String place, String kind, String person, int figure, int variant, Random random) {
    String[] leads = {
        "A %s struck %s early on Tuesday, and %d people were affected, officials said.",
        "Officials in %2$s said %3$d people were affected after a %1$s on Tuesday morning.",
        "At least %3$d people were affected when a %1$s hit %2$s on Tuesday, according to officials.",
        "The %s in %s on Tuesday affected %d people, the regional office confirmed."};
    StringBuilder sb = new StringBuilder("<p>").append(String.format(Locale.ROOT, leads[variant % leads.length], kind, place, figure)).append("</p>");
    sb.append("<p>").append(person).append(", who leads the response in ").append(place)
        .append(", said crews would work through the night and that more help was on its way from neighbouring towns.</p>");
    sb.append("<p>Residents of ").append(place).append(" described long queues at the shelters set up in schools and sports halls.")
        .append(" Report number ").append(random.nextInt(1_000_000)).append(" from our correspondent, variant ").append(variant).append(".</p>");
    sb.append("<p>\"We will not stop until everyone is safe,\" ").append(person).append(" told reporters in ").append(place)
        .append(" on Tuesday evening, adding that the cost of the ").append(kind).append(" was not yet known.</p>");
    sb.append("<p>Engineers from the regional authority were due in ").append(place).append(" on Wednesday to inspect roads, bridges and the")
        .append(" water supply. Schools in the area will stay closed for the rest of the week, and the council has asked residents to")
        .append(" check on elderly neighbours and to report damaged buildings through its hotline.</p>");
    return sb.toString();
  }

  private static String localText(int outlet, int e, Random random) {
    return "<p>The public library of district " + e + " will open an hour later from next month, the council of " + outletName(outlet)
        + " announced, citing the cost of heating the reading rooms through the winter.</p><p>Volunteers have offered to run a reading club"
        + " on Saturday mornings instead; the council will decide in its next session. Notice " + random.nextInt(1_000_000) + ".</p>"
        + "<p>Readers who use the study rooms in the early morning said they would miss the quiet hour before work, and the staff union asked"
        + " the council to keep the children's section open on weekday afternoons, when most school classes visit the building.</p>"
        + "<p>A public meeting on the new opening hours is planned for the first Thursday of next month in the main hall of the library,"
        + " where the head librarian will present the figures behind the change and answer questions from readers.</p>";
  }

  static String domain(int outlet) {
    return "outlet" + outlet + ".example";
  }

  static String outletName(int outlet) {
    return "Outlet " + (char) ('A' + outlet) + " Gazette";
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
