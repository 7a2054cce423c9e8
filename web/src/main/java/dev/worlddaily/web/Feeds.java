package dev.worlddaily.web;

import dev.worlddaily.model.Category;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.store.Store;
import dev.worlddaily.store.StoryQuery;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RSS 2.0 and Atom feeds of the front page and each category, newest update first. A story's
 * GUID (Atom id) is derived from its id, which never changes: an update changes only its
 * updated time. Text is written so that a reader that takes it as HTML (as many do with RSS)
 * still shows only text: titles lose tag-like sequences, RSS descriptions are HTML-escaped
 * before XML escaping, and Atom declares {@code type="text"}.
 */
final class Feeds {
  private static final Pattern TAG_LIKE = Pattern.compile("</?[A-Za-z!?][^<>]*>");

  private final Store store;
  private final SiteConfig config;

  Feeds(Store store, SiteConfig config) {
    this.store = store;
    this.config = config;
  }

  void routes(JavalinConfig cfg) {
    cfg.routes.get("/feed.xml", ctx -> rss(ctx, null));
    cfg.routes.get("/atom.xml", ctx -> atom(ctx, null));
    cfg.routes.get("/category/{slug}/feed.xml", ctx -> rss(ctx, Pages.sectionOf(ctx)));
    cfg.routes.get("/category/{slug}/atom.xml", ctx -> atom(ctx, Pages.sectionOf(ctx)));
  }

  private List<Story> stories(Category c) {
    StoryQuery q = StoryQuery.latest(config.pageSize());
    return store.stories(c == null ? q : q.withCategory(c));
  }

  private String title(Category c) {
    return config.name() + (c == null ? "" : " · " + c.label());
  }

  private String page(Category c) {
    return config.baseUrl() + (c == null ? "/" : "/category/" + c.slug());
  }

  private void rss(Context ctx, Category c) {
    List<Story> stories = stories(c);
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel>");
    sb.append("<title>").append(x(title(c))).append("</title><link>").append(x(page(c))).append("</link>")
        .append("<description>").append(x("Stories synthesized from many outlets, every sentence cited.")).append("</description>")
        .append("<language>en</language>")
        .append("<lastBuildDate>").append(rfc1123(newest(stories))).append("</lastBuildDate>")
        .append("<atom:link rel=\"self\" type=\"application/rss+xml\" href=\"").append(x(config.baseUrl() + ctx.path())).append("\"/>");
    for (Story s : stories) {
      sb.append("<item><title>").append(x(plain(s.headline()))).append("</title><link>").append(x(link(s))).append("</link>")
          .append("<guid isPermaLink=\"false\">").append(x(guid(s))).append("</guid>")
          .append("<pubDate>").append(rfc1123(s.updated())).append("</pubDate>");
      if (s.category() != null) {
        sb.append("<category>").append(x(s.category().label())).append("</category>");
      }
      if (s.dek() != null) {
        sb.append("<description>").append(x(html(s.dek()))).append("</description>");
      }
      sb.append("</item>");
    }
    sb.append("</channel></rss>\n");
    JsonResponses.sendText(ctx, sb.toString(), "application/rss+xml; charset=utf-8");
  }

  private void atom(Context ctx, Category c) {
    List<Story> stories = stories(c);
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">");
    sb.append("<title type=\"text\">").append(x(title(c))).append("</title>")
        .append("<id>").append(x("urn:wdn:feed:" + (c == null ? "latest" : c.slug()))).append("</id>")
        .append("<updated>").append(newest(stories)).append("</updated>")
        .append("<link rel=\"self\" type=\"application/atom+xml\" href=\"").append(x(config.baseUrl() + ctx.path())).append("\"/>")
        .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(x(page(c))).append("\"/>");
    for (Story s : stories) {
      sb.append("<entry><title type=\"text\">").append(x(plain(s.headline()))).append("</title><id>").append(x(guid(s))).append("</id>")
          .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(x(link(s))).append("\"/>")
          .append("<updated>").append(s.updated() == null ? Instant.EPOCH : s.updated()).append("</updated>")
          .append("<published>").append(s.firstSeen() == null ? Instant.EPOCH : s.firstSeen()).append("</published>")
          .append("<author><name>").append(x(config.name())).append("</name></author>");
      if (s.category() != null) {
        sb.append("<category term=\"").append(x(s.category().slug())).append("\" label=\"").append(x(s.category().label())).append("\"/>");
      }
      if (s.dek() != null) {
        sb.append("<summary type=\"text\">").append(x(plain(s.dek()))).append("</summary>");
      }
      sb.append("</entry>");
    }
    sb.append("</feed>\n");
    JsonResponses.sendText(ctx, sb.toString(), "application/atom+xml; charset=utf-8");
  }

  private static Instant newest(List<Story> stories) {
    return stories.stream().map(Story::updated).filter(t -> t != null).max(Instant::compareTo).orElse(Instant.EPOCH);
  }

  private static String rfc1123(Instant t) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format((t == null ? Instant.EPOCH : t).atZone(ZoneOffset.UTC));
  }

  /** The story's stable GUID: its id, which survives updates and merges into it. */
  static String guid(Story s) {
    return "urn:wdn:story:" + s.id();
  }

  private String link(Story s) {
    return config.baseUrl() + "/stories/" + Format.encode(s.id());
  }

  /** Text without anything a reader could take for a tag. */
  static String plain(String s) {
    return s == null ? "" : TAG_LIKE.matcher(s).replaceAll("").strip();
  }

  /** Text as HTML: markup characters become entities. */
  static String html(String s) {
    return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** XML text: markup characters escaped, characters XML forbids dropped. */
  static String x(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&apos;");
        default -> {
          if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t' || c == '\n' || c == '\r') {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
