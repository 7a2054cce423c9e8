package dev.worlddaily.web;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.Category;
import dev.worlddaily.model.story.Source;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.store.SearchHit;
import dev.worlddaily.store.SearchIndex;
import dev.worlddaily.store.SearchQuery;
import dev.worlddaily.store.SearchResult;
import dev.worlddaily.store.Store;
import dev.worlddaily.store.StoryQuery;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The HTML pages: Latest, categories, stories, source texts, search. */
final class Pages {
  private static final int FRONT_CANDIDATES = 120;

  private final Store store;
  private final SearchIndex index;
  private final SiteConfig config;
  private final Templates templates;
  private final Clock clock;

  Pages(Store store, SearchIndex index, SiteConfig config, Templates templates, Clock clock) {
    this.store = store;
    this.index = index;
    this.config = config;
    this.templates = templates;
    this.clock = clock;
  }

  void routes(JavalinConfig cfg) {
    cfg.routes.get("/", this::home);
    cfg.routes.get("/category/{slug}", this::category);
    cfg.routes.get("/stories/{id}", this::story);
    cfg.routes.get("/articles/{id}", this::article);
    cfg.routes.get("/search", this::search);
  }

  Chrome chrome(String title, String active, String query) {
    return new Chrome(config.name(), title, active, query == null ? "" : query, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
  }

  private void home(Context ctx) {
    List<Story> ranked = LatestRanking.rank(store.stories(StoryQuery.latest(FRONT_CANDIDATES)));
    List<StoryCard> cards = cards(ranked.subList(0, Math.min(config.pageSize(), ranked.size())), true);
    html(ctx, "home.jte", Map.of("chrome", chrome("", "latest", ""), "heading", "Latest", "cards", cards,
        "emptyMessage", "No stories yet. Run wdn demo, or add sources with wdn sources add and start wdn run."));
  }

  private void category(Context ctx) {
    Category c;
    try {
      c = Category.parse(ctx.pathParam("slug"));
    } catch (IllegalArgumentException e) {
      throw new NotFoundResponse("no such section: " + ctx.pathParam("slug"));
    }
    List<StoryCard> cards = cards(store.stories(StoryQuery.latest(config.pageSize()).withCategory(c)), true);
    html(ctx, "home.jte", Map.of("chrome", chrome(c.label(), c.slug(), ""), "heading", c.label(), "cards", cards,
        "emptyMessage", "No " + c.label().toLowerCase(Locale.ROOT) + " stories yet."));
  }

  private void story(Context ctx) {
    Story s = store.story(ctx.pathParam("id")).orElseThrow(() -> new NotFoundResponse("no such story"));
    Map<String, Article> articles = new HashMap<>();
    for (Source src : s.sources()) {
      store.article(src.articleId()).ifPresent(a -> articles.put(a.id(), a));
    }
    StoryView view = new StoryView(s, store.isPublished(s.id()), articles, clock.instant());
    html(ctx, "story.jte", Map.of("chrome", chrome(s.headline(), s.category() == null ? "" : s.category().slug(), ""), "view", view));
  }

  private void article(Context ctx) {
    Article a = store.article(ctx.pathParam("id")).orElseThrow(() -> new NotFoundResponse("no such article"));
    int from = intParam(ctx, "from");
    int to = intParam(ctx, "to");
    html(ctx, "article.jte", Map.of("chrome", chrome(a.title(), "", ""), "view", new ArticleView(a, from, to)));
  }

  private void search(Context ctx) {
    String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
    String entity = blank(ctx.queryParam("entity"));
    String outlet = blank(ctx.queryParam("outlet"));
    Category category = null;
    if (blank(ctx.queryParam("category")) != null) {
      try {
        category = Category.parse(ctx.queryParam("category"));
      } catch (IllegalArgumentException e) {
        category = null;
      }
    }
    if (q.length() > 500) {
      q = q.substring(0, 500);
    }
    boolean any = !q.isEmpty() || entity != null || outlet != null || category != null;
    SearchResult result = any
        ? index.search(new SearchQuery(q, category, null, null, outlet, entity, false, 0, config.pageSize()))
        : new SearchResult(0, List.of());
    List<Story> stories = new ArrayList<>();
    for (SearchHit h : result.hits()) {
      store.story(h.storyId()).ifPresent(stories::add);
    }
    String shown = !q.isEmpty() ? q : entity != null ? entity : outlet != null ? outlet : category != null ? category.label() : "";
    html(ctx, "search.jte", Map.of("chrome", chrome("Search", "search", q), "query", shown, "total", result.total(), "cards", cards(stories, false)));
  }

  private List<StoryCard> cards(List<Story> stories, boolean allPublished) {
    Instant now = clock.instant();
    List<StoryCard> out = new ArrayList<>();
    for (Story s : stories) {
      out.add(new StoryCard(s, allPublished || store.isPublished(s.id()), now));
    }
    return out;
  }

  void html(Context ctx, String template, Map<String, Object> params) {
    ctx.contentType("text/html; charset=utf-8").result(templates.render(template, params));
  }

  private static int intParam(Context ctx, String name) {
    try {
      String v = ctx.queryParam(name);
      return v == null ? -1 : Integer.parseInt(v);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
