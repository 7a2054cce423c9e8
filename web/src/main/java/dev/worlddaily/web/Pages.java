package dev.worlddaily.web;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.Category;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.store.StoryStamp;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The reading pages: Latest, categories, stories and the source texts their citations point at. */
final class Pages {
  private final SiteReads reads;
  private final SiteConfig config;
  private final Renderer renderer;
  private final AdminAuth admin;
  private final boolean canResynthesize;
  private final Clock clock;
  private final StoryPageCache storyPages = new StoryPageCache();

  Pages(SiteReads reads, SiteConfig config, Renderer renderer, AdminAuth admin, boolean canResynthesize, Clock clock) {
    this.reads = reads;
    this.config = config;
    this.renderer = renderer;
    this.admin = admin;
    this.canResynthesize = canResynthesize;
    this.clock = clock;
  }

  void routes(JavalinConfig cfg) {
    cfg.routes.get("/", this::home);
    cfg.routes.get("/category/{slug}", this::category);
    cfg.routes.get("/stories/{id}", this::story);
    cfg.routes.get("/articles/{id}", this::article);
  }

  static Category sectionOf(Context ctx) {
    try {
      return Category.parse(ctx.pathParam("slug"));
    } catch (IllegalArgumentException e) {
      throw new NotFoundResponse("There is no section called “" + ctx.pathParam("slug") + "”.");
    }
  }

  private void home(Context ctx) {
    List<StoryCard> cards = cards(reads.front(config.pageSize()), true);
    Map<String, Object> p = new HashMap<>();
    p.put("chrome", renderer.chrome("", "latest", ""));
    p.put("heading", "Latest");
    p.put("cards", cards);
    p.put("emptyMessage", "No stories yet. Run wdn demo, or add sources with wdn sources add and start wdn run.");
    renderer.html(ctx, "home.jte", p);
  }

  private void category(Context ctx) {
    Category c = sectionOf(ctx);
    Listing<Story> stories = reads.category(c, Paging.pageOffset(ctx, config.pageSize()), config.pageSize());
    Map<String, Object> p = new HashMap<>();
    p.put("chrome", renderer.chrome(c.label(), c.slug(), "").withFeeds("/category/" + c.slug() + "/"));
    p.put("heading", c.label());
    p.put("intro", "");
    p.put("listing", stories);
    p.put("cards", cards(stories.items(), true));
    p.put("pageHref", "/category/" + c.slug() + "?page=");
    p.put("emptyMessage", "No " + c.label().toLowerCase(Locale.ROOT) + " stories yet.");
    renderer.html(ctx, "listing.jte", p);
  }

  private void story(Context ctx) {
    StoryStamp stamp = reads.store().storyStamp(ctx.pathParam("id")).orElseThrow(() -> new NotFoundResponse("There is no story at this address."));
    boolean asAdmin = canResynthesize && admin.isAdmin(ctx);
    if (asAdmin) {
      renderer.html(ctx, "story.jte", storyParams(stamp, admin.csrf()));
      return;
    }
    byte[] page = storyPages.page(stamp, () -> renderer.render("story.jte", storyParams(stamp, "")));
    ctx.contentType("text/html; charset=utf-8").result(page);
  }

  private Map<String, Object> storyParams(StoryStamp stamp, String adminCsrf) {
    Story s = reads.store().story(stamp.id()).orElseThrow(() -> new NotFoundResponse("There is no story at this address."));
    StoryView view = new StoryView(s, stamp.published(), reads.articlesOf(s), reads.outletsOf(s), clock.instant());
    Map<String, Object> p = new HashMap<>();
    p.put("chrome", renderer.chrome(s.headline(), s.category() == null ? "" : s.category().slug(), ""));
    p.put("view", view);
    p.put("adminCsrf", adminCsrf);
    return p;
  }

  private void article(Context ctx) {
    Article a = reads.store().article(ctx.pathParam("id")).orElseThrow(() -> new NotFoundResponse("There is no source text at this address."));
    String story = reads.store().storyIdOf(a.id()).flatMap(reads.store()::story).map(StoryLink::of).map(StoryLink::href).orElse(null);
    renderer.html(ctx, "article.jte", Map.of("chrome", renderer.chrome(a.title(), "", ""),
        "view", new ArticleView(a, intParam(ctx, "from"), intParam(ctx, "to"), story)));
  }

  List<StoryCard> cards(List<Story> stories, boolean allPublished) {
    Instant now = clock.instant();
    List<StoryCard> out = new ArrayList<>();
    for (Story s : stories) {
      out.add(new StoryCard(s, allPublished || reads.store().isPublished(s.id()), now));
    }
    return out;
  }

  private static int intParam(Context ctx, String name) {
    try {
      String v = ctx.queryParam(name);
      return v == null ? -1 : Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
