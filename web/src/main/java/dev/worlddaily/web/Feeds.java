package dev.worlddaily.web;

import dev.worlddaily.model.Category;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.store.Store;
import dev.worlddaily.store.StoryQuery;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * RSS 2.0 and Atom feeds of the front page and each category. A story's GUID is its id, which
 * never changes; an update changes only its updated time.
 */
final class Feeds {
  private final Store store;
  private final SiteConfig config;

  Feeds(Store store, SiteConfig config) {
    this.store = store;
    this.config = config;
  }

  void routes(JavalinConfig cfg) {
    cfg.routes.get("/feed.xml", ctx -> rss(ctx, null));
    cfg.routes.get("/atom.xml", ctx -> atom(ctx, null));
    cfg.routes.get("/category/{slug}/feed.xml", ctx -> rss(ctx, category(ctx)));
    cfg.routes.get("/category/{slug}/atom.xml", ctx -> atom(ctx, category(ctx)));
  }

  private static Category category(Context ctx) {
    try {
      return Category.parse(ctx.pathParam("slug"));
    } catch (IllegalArgumentException e) {
      throw new NotFoundResponse("no such section");
    }
  }

  private List<Story> stories(Category c) {
    StoryQuery q = StoryQuery.latest(config.pageSize());
    return store.stories(c == null ? q : q.withCategory(c));
  }

  private void rss(Context ctx, Category c) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel>");
    String title = config.name() + (c == null ? "" : " · " + c.label());
    sb.append("<title>").append(x(title)).append("</title><link>").append(x(config.baseUrl() + "/")).append("</link>")
        .append("<description>").append(x("Stories synthesized from many outlets, every sentence cited.")).append("</description>")
        .append("<atom:link rel=\"self\" type=\"application/rss+xml\" href=\"").append(x(config.baseUrl() + ctx.path())).append("\"/>");
    for (Story s : stories(c)) {
      sb.append("<item><title>").append(x(s.headline())).append("</title><link>").append(x(link(s))).append("</link>")
          .append("<guid isPermaLink=\"false\">").append(x(guid(s))).append("</guid>")
          .append("<pubDate>").append(DateTimeFormatter.RFC_1123_DATE_TIME.format((s.updated() == null ? Instant.EPOCH : s.updated()).atZone(ZoneOffset.UTC))).append("</pubDate>");
      if (s.category() != null) {
        sb.append("<category>").append(x(s.category().label())).append("</category>");
      }
      if (s.dek() != null) {
        sb.append("<description>").append(x(s.dek())).append("</description>");
      }
      sb.append("</item>");
    }
    sb.append("</channel></rss>\n");
    ctx.contentType("application/rss+xml; charset=utf-8").result(sb.toString());
  }

  private void atom(Context ctx, Category c) {
    List<Story> stories = stories(c);
    Instant updated = stories.stream().map(Story::updated).filter(t -> t != null).max(Instant::compareTo).orElse(Instant.EPOCH);
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">");
    sb.append("<title>").append(x(config.name() + (c == null ? "" : " · " + c.label()))).append("</title>")
        .append("<id>").append(x("urn:wdn:feed:" + (c == null ? "latest" : c.slug()))).append("</id>")
        .append("<updated>").append(updated).append("</updated>")
        .append("<link rel=\"self\" href=\"").append(x(config.baseUrl() + ctx.path())).append("\"/>")
        .append("<link rel=\"alternate\" href=\"").append(x(config.baseUrl() + "/")).append("\"/>");
    for (Story s : stories) {
      sb.append("<entry><title>").append(x(s.headline())).append("</title><id>").append(x(guid(s))).append("</id>")
          .append("<link href=\"").append(x(link(s))).append("\"/>")
          .append("<updated>").append(s.updated() == null ? Instant.EPOCH : s.updated()).append("</updated>")
          .append("<published>").append(s.firstSeen() == null ? Instant.EPOCH : s.firstSeen()).append("</published>")
          .append("<author><name>").append(x(config.name())).append("</name></author>");
      if (s.dek() != null) {
        sb.append("<summary>").append(x(s.dek())).append("</summary>");
      }
      sb.append("</entry>");
    }
    sb.append("</feed>\n");
    ctx.contentType("application/atom+xml; charset=utf-8").result(sb.toString());
  }

  /** The story's stable GUID: its id, which survives updates and merges into it. */
  static String guid(Story s) {
    return "urn:wdn:story:" + s.id();
  }

  private String link(Story s) {
    return config.baseUrl() + "/stories/" + s.id();
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
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
