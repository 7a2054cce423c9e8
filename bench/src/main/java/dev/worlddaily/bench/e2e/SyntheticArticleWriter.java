package dev.worlddaily.bench.e2e;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes one outlet's article about one event as a full HTML page: site navigation, byline,
 * JSON-LD, the body (a lead with the facts, a quote, the response, figures that outlets report a
 * little differently, background), related links, share prompts, a comment notice and a footer.
 * Lengths follow a log-normal around 550 words, as news articles do. The text of a given event,
 * outlet and version is fixed by its seed, so a wire copy reprints exactly the same text.
 */
final class SyntheticArticleWriter {
  private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  private static final String[] BACKGROUND = {
    "Residents of %P said the week had been the hardest they could remember.",
    "The %O has faced questions about its planning for several years.",
    "Officials in %C said a full report would be published next month.",
    "Local businesses in %P reported that trade had slowed sharply since Monday.",
    "Analysts said the events in %P would be watched closely across %C.",
    "Community groups organised collections of food and clothing at the town hall.",
    "The last comparable episode in the region came more than a decade ago.",
    "Opposition politicians called for an independent inquiry into the response.",
    "Schools in the area were expected to stay closed until the end of the week.",
    "A spokesperson for the %O declined to comment on the figures.",
    "Travel between %P and the capital was disrupted for most of the day.",
    "Insurance companies said it was too early to estimate the total cost.",
    "Volunteers from neighbouring towns arrived in %P by bus on Wednesday.",
    "The government of %C said it would consider emergency funding.",
    "Several international organisations offered technical help to the %O.",
    "Critics said warnings had been ignored for months before the events.",
  };
  private static final String[] QUOTES = {
    "We will not stop until the work is done",
    "This is a difficult day for everyone in %P",
    "The people of %P deserve clear answers",
    "We are doing everything we can with the resources we have",
    "Nobody expected it to happen this quickly",
  };

  /** A page and what a crawler would know about it. */
  record Page(String url, String html, Instant published, long eventId, String outletDomain) {}

  Page write(SyntheticWorld.Event e, SyntheticWorld.Outlet outlet, int version, Instant published, SyntheticWorld.Outlet byOutlet) {
    // The text depends on who wrote it (byOutlet: the original for a wire copy), not who prints it.
    Random r = new Random(e.id() * 1_000_003L + byOutlet.domain().hashCode() * 31L + version);
    String headline = fill(e.kind().headlines[r.nextInt(e.kind().headlines.length)], e, r);
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(fill(e.kind().lead, e, r));
    paragraphs.add("\u201c" + fill(QUOTES[r.nextInt(QUOTES.length)], e, r) + ",\u201d said " + e.person() + ", the " + e.personRole()
        + " of " + e.place() + ", on " + HUMAN.format(e.at()).replaceAll(",.*", "") + ". " + fill(e.kind().response, e, r));
    paragraphs.add("According to " + e.otherPerson() + " of the " + e.organisation() + ", " + fill(e.kind().figure, e, r) + ". "
        + fill(BACKGROUND[r.nextInt(BACKGROUND.length)], e, r));
    int words = (int) Math.min(2500, Math.max(150, Math.exp(r.nextGaussian() * 0.45 + Math.log(550))));
    int written = wordCount(paragraphs);
    while (written < words) {
      StringBuilder p = new StringBuilder();
      for (int s = 0; s < 3 + r.nextInt(3); s++) {
        p.append(s == 0 ? "" : " ").append(fill(BACKGROUND[r.nextInt(BACKGROUND.length)], e, r));
      }
      paragraphs.add(p.toString());
      written += wordCount(List.of(p.toString()));
    }
    if (!byOutlet.domain().equals(outlet.domain())) {
      // A reprint carries the original word for word, with the printing outlet's credit line.
      paragraphs.add("This report was first published by " + byOutlet.name() + " and is reprinted with permission.");
    }
    String slug = headline.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    String url = "https://" + outlet.domain() + "/news/" + e.id() + "-" + slug;
    String author = new String[] {"Ivo Renn", "Mara Quell", "Selin Okafor", "Jonas Brandt", "Ada Mirel"}[r.nextInt(5)];
    return new Page(url, html(outlet, headline, author, published, paragraphs, url, e), published, e.id(), outlet.domain());
  }

  private static int wordCount(List<String> paragraphs) {
    int n = 0;
    for (String p : paragraphs) {
      n += p.split(" ").length;
    }
    return n;
  }

  private static String fill(String template, SyntheticWorld.Event e, Random r) {
    // Outlets round and report figures slightly differently, as real ones do.
    int count = Math.max(1, e.count() + (r.nextInt(10) == 0 ? r.nextInt(5) - 2 : 0));
    return template.replace("%P", e.place()).replace("%C", e.country()).replace("%O", e.organisation())
        .replace("%N", Integer.toString(count)).replace("%A", Integer.toString(e.amount())).replace("%R", Integer.toString(e.percent()));
  }

  private static String html(SyntheticWorld.Outlet o, String headline, String author, Instant published, List<String> paragraphs, String url,
      SyntheticWorld.Event e) {
    StringBuilder b = new StringBuilder(8192);
    b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(headline)).append(" | ").append(esc(o.name()))
        .append("</title><link rel=\"canonical\" href=\"").append(url).append("\"><meta property=\"og:title\" content=\"").append(esc(headline))
        .append("\"><meta property=\"og:site_name\" content=\"").append(esc(o.name())).append("\"><meta property=\"article:published_time\" content=\"")
        .append(published).append("\"><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"").append(esc(headline))
        .append("\",\"datePublished\":\"").append(published).append("\",\"author\":{\"@type\":\"Person\",\"name\":\"").append(author)
        .append("\"}}</script></head><body>");
    b.append("<header><a href=\"/\">").append(esc(o.name())).append("</a><nav><a href=\"/world\">World</a> <a href=\"/politics\">Politics</a> ")
        .append("<a href=\"/business\">Business</a> <a href=\"/sport\">Sport</a> <a href=\"/subscribe\">Subscribe</a></nav></header>");
    if (o.layout() == 1) {
      b.append("<div class=\"cookie-banner\">We use cookies to improve your experience. <button>Accept all</button></div>");
    }
    b.append("<main><article><h1>").append(esc(headline)).append("</h1><p class=\"byline\">By ").append(author).append(" | ")
        .append(HUMAN.format(published)).append("</p>");
    for (int i = 0; i < paragraphs.size(); i++) {
      b.append("<p>").append(esc(paragraphs.get(i))).append("</p>");
      if (o.layout() == 2 && i == 2) {
        b.append("<aside class=\"related\"><h3>Read more</h3><ul><li><a href=\"/news/x\">Markets close higher</a></li>")
            .append("<li><a href=\"/news/y\">Weather: a cold week ahead</a></li></ul></aside>");
      }
    }
    b.append("<div class=\"share\">Share this article: Facebook Twitter Email</div></article>")
        .append("<section class=\"comments\">Comments are closed for this article.</section></main>")
        .append("<footer><p>&copy; 2026 ").append(esc(o.name())).append(". All rights reserved.</p><a href=\"/privacy\">Privacy</a> ")
        .append("<a href=\"/terms\">Terms</a> <a href=\"/contact\">Contact us</a></footer></body></html>");
    return b.toString();
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
