package dev.worlddaily.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the sample outlets as a crawler sees real sites: article pages in each outlet's own
 * template (with navigation, ads, cookie banners, comments and the rest), home pages with feed
 * autodiscovery, RSS or Atom feeds, sitemaps, an OPML list and robots.txt. Dates are shifted by
 * whole weeks so the demo looks current while weekdays in the text stay right.
 */
public final class SampleSiteRenderer {
  private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME;

  private final SampleCorpus corpus;
  private final long shiftWeeks;
  private final String baseUrl;
  private final Map<String, String> templates = new HashMap<>();

  /**
   * @param baseUrl where the server is, e.g. {@code http://127.0.0.1:PORT}: feed links and home
   *     page links point there so a crawler can fetch them; canonical URLs do not
   */
  public SampleSiteRenderer(SampleCorpus corpus, long shiftWeeks, String baseUrl) {
    this.corpus = corpus;
    this.shiftWeeks = shiftWeeks;
    this.baseUrl = baseUrl.replaceAll("/+$", "");
  }

  private String template(String name) {
    return templates.computeIfAbsent(name, n -> {
      try {
        return SampleCorpus.text("templates/" + n + ".html");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The loopback URL of an article page. */
  public String pageUrl(SampleArticle a) {
    return baseUrl + "/" + a.outletDomain() + "/" + a.path();
  }

  OffsetDateTime shifted(OffsetDateTime t) {
    return t == null ? null : t.plusWeeks(shiftWeeks);
  }

  public String articlePage(SampleArticle a) {
    SampleOutlet o = corpus.outlet(a.outletDomain());
    Map<String, String> v = new HashMap<>();
    v.put("site", esc(o.name()));
    v.put("tagline", esc(o.tagline()));
    v.put("title", esc(a.title()));
    v.put("canonical", esc(a.canonicalUrl()));
    v.put("home", esc(baseUrl + "/" + o.domain() + "/"));
    v.put("published_iso", shifted(a.published()).toString());
    v.put("published_human", esc(HUMAN.format(shifted(a.published()))));
    v.put("updated_iso", a.updated() == null ? shifted(a.published()).toString() : shifted(a.updated()).toString());
    v.put("updated_line", a.updated() == null ? "" : "Updated " + esc(HUMAN.format(shifted(a.updated()))));
    v.put("section", esc(capitalise(a.section())));
    v.put("byline", esc(byline(a)));
    v.put("authors_jsonld", authorsJson(a));
    v.put("first_author", esc(a.authors().get(0).name()));
    v.put("image_url", esc(imageUrl(a)));
    v.put("image_abs", esc("https://" + o.domain() + "/images/" + a.image().file()));
    v.put("image_caption", esc(a.image().caption()));
    v.put("image_credit", esc(a.image().credit() == null ? "" : a.image().credit()));
    v.put("description", esc(a.paragraphs().get(0)));
    v.put("body", body(a, o));
    v.put("related", related(a));
    v.put("headline_json", jsonString(a.title()));
    return fill(template(o.template()), v);
  }

  private String byline(SampleArticle a) {
    StringBuilder sb = new StringBuilder("By ");
    for (int i = 0; i < a.authors().size(); i++) {
      SampleAuthor au = a.authors().get(i);
      if (i > 0) {
        sb.append(i == a.authors().size() - 1 ? " and " : ", ");
      }
      sb.append(au.name());
    }
    SampleAuthor first = a.authors().get(0);
    if (first.role() != null) {
      sb.append(" – ").append(first.role());
    }
    return sb.toString();
  }

  private static String authorsJson(SampleArticle a) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < a.authors().size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append("{\"@type\":\"Person\",\"name\":").append(jsonString(a.authors().get(i).name())).append('}');
    }
    return sb.append(']').toString();
  }

  /** The body in the outlet's markup style. */
  private String body(SampleArticle a, SampleOutlet o) {
    StringBuilder sb = new StringBuilder();
    List<String> ps = a.paragraphs();
    for (int i = 0; i < ps.size(); i++) {
      String p = ps.get(i);
      if (p.startsWith("## ")) {
        sb.append("<h2>").append(esc(p.substring(3))).append("</h2>\n");
        continue;
      }
      if (p.startsWith("> ")) {
        sb.append("<blockquote><p>").append(esc(p.substring(2))).append("</p></blockquote>\n");
        continue;
      }
      switch (o.bodyStyle()) {
        case "div" -> sb.append("<div class=\"para\">").append(esc(p)).append("</div>\n");
        case "br" -> sb.append(esc(p)).append(i < ps.size() - 1 ? "<br><br>\n" : "\n");
        default -> sb.append("<p>").append(esc(p)).append("</p>\n");
      }
      if (o.bodyStyle().equals("p-with-ad") && i == 1) {
        sb.append("<aside class=\"inline-ad\" data-ad-slot=\"mid\"><span class=\"ad-label\">Advertisement</span>"
            + "<p>Switch to Tidewater Energy and save up to 30% on your winter bills. Offer ends soon!</p></aside>\n");
        corpus.articlesOf(o.domain()).stream().filter(x -> !x.slug().equals(a.slug())).findFirst().ifPresent(x ->
            sb.append("<p class=\"read-more\"><strong>Read more:</strong> <a href=\"").append(esc(pageUrl(x))).append("\">")
                .append(esc(x.title())).append("</a></p>\n"));
      }
    }
    return sb.toString();
  }

  private String related(SampleArticle a) {
    StringBuilder sb = new StringBuilder();
    corpus.articlesOf(a.outletDomain()).stream().filter(x -> !x.slug().equals(a.slug())).limit(4).forEach(x ->
        sb.append("<li><a href=\"").append(esc(pageUrl(x))).append("\">").append(esc(x.title())).append("</a></li>\n"));
    return sb.toString();
  }

  /** The outlet's home page: links to its articles and its feed for autodiscovery. */
  public String outletHome(SampleOutlet o) {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"").append(o.language()).append("\"><head><meta charset=\"utf-8\"><title>")
        .append(esc(o.name())).append("</title><link rel=\"alternate\" type=\"").append("atom".equals(o.feedFormat()) ? "application/atom+xml" : "application/rss+xml")
        .append("\" title=\"").append(esc(o.name())).append("\" href=\"").append(esc(baseUrl + o.feedPath())).append("\"></head><body><h1>")
        .append(esc(o.name())).append("</h1><p>").append(esc(o.tagline())).append("</p><ul>");
    for (SampleArticle a : corpus.articlesOf(o.domain())) {
      sb.append("<li><a href=\"").append(esc(pageUrl(a))).append("\">").append(esc(a.title())).append("</a></li>");
    }
    return sb.append("</ul><footer>A fictional sample outlet of the worlddaily demo.</footer></body></html>").toString();
  }

  /** The outlet's feed: full text or a one-sentence teaser per item. */
  public String feed(SampleOutlet o) {
    List<SampleArticle> items = corpus.articlesOf(o.domain());
    return "atom".equals(o.feedFormat()) ? atom(o, items) : rss(o, items);
  }

  private String rss(SampleOutlet o, List<SampleArticle> items) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:media=\"http://search.yahoo.com/mrss/\">\n<channel>\n")
        .append("<title>").append(esc(o.name())).append("</title>\n<link>").append(esc(baseUrl + "/" + o.domain() + "/")).append("</link>\n")
        .append("<description>").append(esc(o.tagline() + " (a fictional sample outlet)")).append("</description>\n<language>").append(o.language()).append("</language>\n");
    for (SampleArticle a : items) {
      sb.append("<item>\n<title>").append(esc(a.title())).append("</title>\n<link>").append(esc(pageUrl(a))).append("</link>\n")
          .append("<guid isPermaLink=\"false\">").append(esc(a.canonicalUrl())).append("</guid>\n")
          .append("<pubDate>").append(RFC_1123.format(shifted(a.published()))).append("</pubDate>\n")
          .append("<dc:creator>").append(esc(a.authors().get(0).name())).append("</dc:creator>\n")
          .append("<description>").append(esc(teaser(a))).append("</description>\n")
          .append("<enclosure url=\"").append(esc(imageUrl(a))).append("\" type=\"image/png\" length=\"0\"/>\n")
          .append(mediaContent(a));
      if (o.fullTextFeed()) {
        sb.append("<content:encoded><![CDATA[").append(plainBody(a)).append("]]></content:encoded>\n");
      }
      sb.append("</item>\n");
    }
    return sb.append("</channel>\n</rss>\n").toString();
  }

  private String atom(SampleOutlet o, List<SampleArticle> items) {
    OffsetDateTime newest = items.stream().map(a -> shifted(a.updated() != null ? a.updated() : a.published())).max(OffsetDateTime::compareTo).orElse(OffsetDateTime.now());
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:media=\"http://search.yahoo.com/mrss/\">\n")
        .append("<title>").append(esc(o.name())).append("</title>\n<subtitle>").append(esc(o.tagline() + " (a fictional sample outlet)")).append("</subtitle>\n")
        .append("<id>urn:sample:").append(o.domain()).append("</id>\n<updated>").append(newest).append("</updated>\n")
        .append("<link rel=\"alternate\" href=\"").append(esc(baseUrl + "/" + o.domain() + "/")).append("\"/>\n");
    for (SampleArticle a : items) {
      sb.append("<entry>\n<title>").append(esc(a.title())).append("</title>\n<id>").append(esc(a.canonicalUrl())).append("</id>\n")
          .append("<link rel=\"alternate\" href=\"").append(esc(pageUrl(a))).append("\"/>\n")
          .append("<link rel=\"enclosure\" type=\"image/png\" href=\"").append(esc(imageUrl(a))).append("\"/>\n")
          .append(mediaContent(a))
          .append("<published>").append(shifted(a.published())).append("</published>\n")
          .append("<updated>").append(shifted(a.updated() != null ? a.updated() : a.published())).append("</updated>\n")
          .append("<author><name>").append(esc(a.authors().get(0).name())).append("</name></author>\n")
          .append("<summary>").append(esc(teaser(a))).append("</summary>\n");
      if (o.fullTextFeed()) {
        sb.append("<content type=\"html\">").append(esc(plainBody(a))).append("</content>\n");
      }
      sb.append("</entry>\n");
    }
    return sb.append("</feed>\n").toString();
  }

  /** The lead image in Media RSS markup, with its caption and credit, as news feeds carry it. */
  private String mediaContent(SampleArticle a) {
    StringBuilder sb = new StringBuilder("<media:content url=\"").append(esc(imageUrl(a))).append("\" medium=\"image\" type=\"image/png\">");
    sb.append("<media:description>").append(esc(a.image().caption())).append("</media:description>");
    if (a.image().credit() != null && !a.image().credit().isBlank()) {
      sb.append("<media:credit>").append(esc(a.image().credit())).append("</media:credit>");
    }
    return sb.append("</media:content>\n").toString();
  }

  private String imageUrl(SampleArticle a) {
    return baseUrl + "/" + a.outletDomain() + "/images/" + a.image().file();
  }

  private static String teaser(SampleArticle a) {
    String first = a.paragraphs().get(0);
    int end = first.indexOf(". ");
    return end > 0 ? first.substring(0, end + 1) : first;
  }

  /** The body as simple paragraphs, as feeds carry it. */
  private static String plainBody(SampleArticle a) {
    StringBuilder sb = new StringBuilder();
    for (String p : a.paragraphs()) {
      if (p.startsWith("## ")) {
        sb.append("<h2>").append(esc(p.substring(3))).append("</h2>");
      } else if (p.startsWith("> ")) {
        sb.append("<blockquote><p>").append(esc(p.substring(2))).append("</p></blockquote>");
      } else {
        sb.append("<p>").append(esc(p)).append("</p>");
      }
    }
    return sb.toString();
  }

  /** A sitemap of the outlet's pages; {@code news} adds the news extension. */
  public String sitemap(SampleOutlet o, boolean news) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
        .append(news ? " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"" : "").append(">\n");
    for (SampleArticle a : corpus.articlesOf(o.domain())) {
      sb.append("<url><loc>").append(esc(pageUrl(a))).append("</loc><lastmod>").append(shifted(a.published()).toLocalDate()).append("</lastmod>");
      if (news) {
        sb.append("<news:news><news:publication><news:name>").append(esc(o.name())).append("</news:name><news:language>").append(o.language())
            .append("</news:language></news:publication><news:publication_date>").append(shifted(a.published()))
            .append("</news:publication_date><news:title>").append(esc(a.title())).append("</news:title></news:news>");
      }
      sb.append("</url>\n");
    }
    return sb.append("</urlset>\n").toString();
  }

  /** An OPML list of every outlet's feed, with country, language and leaning. */
  public String opml() {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n<head><title>worlddaily sample outlets (fictional)</title></head>\n<body>\n");
    for (SampleOutlet o : corpus.outlets()) {
      sb.append("<outline type=\"").append(o.feedFormat()).append("\" text=\"").append(esc(o.name())).append("\" outlet=\"").append(esc(o.name()))
          .append("\" xmlUrl=\"").append(esc(baseUrl + o.feedPath())).append("\" htmlUrl=\"https://").append(o.domain())
          .append("/\" country=\"").append(o.country()).append("\" language=\"").append(o.language()).append("\" leaning=\"").append(o.leaning())
          .append("\" ownership=\"").append(o.ownership()).append("\"/>\n");
    }
    return sb.append("</body>\n</opml>\n").toString();
  }

  public String robots() {
    return "User-agent: *\nDisallow: /admin/\nCrawl-delay: 0\n";
  }

  private static String fill(String template, Map<String, String> values) {
    StringBuilder sb = new StringBuilder(template.length() + 4096);
    int i = 0;
    while (true) {
      int open = template.indexOf("{{", i);
      if (open < 0) {
        sb.append(template, i, template.length());
        return sb.toString();
      }
      int close = template.indexOf("}}", open);
      sb.append(template, i, open);
      String key = template.substring(open + 2, close).strip();
      String v = values.get(key);
      if (v == null) {
        throw new IllegalStateException("sample template uses unknown placeholder {{" + key + "}}");
      }
      sb.append(v);
      i = close + 2;
    }
  }

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }

  private static String jsonString(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\u003c") + "\"";
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
