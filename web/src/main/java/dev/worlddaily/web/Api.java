package dev.worlddaily.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.worlddaily.model.Category;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.store.JsonCodec;
import dev.worlddaily.store.SearchHit;
import dev.worlddaily.store.SearchIndex;
import dev.worlddaily.store.SearchQuery;
import dev.worlddaily.store.SearchResult;
import dev.worlddaily.store.Store;
import dev.worlddaily.store.StoryQuery;
import io.javalin.config.JavalinConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON API under {@code /api/v1}, following the story contract of SYSTEM.md. */
final class Api {
  private static final int MAX_LIMIT = 200;

  private final Store store;
  private final SearchIndex index;
  private final SiteConfig config;
  private final ArticleIntake intake;
  private final ObjectMapper json = JsonCodec.newMapper();

  Api(Store store, SearchIndex index, SiteConfig config, ArticleIntake intake) {
    this.store = store;
    this.index = index;
    this.config = config;
    this.intake = intake;
  }

  void routes(JavalinConfig cfg) {
    cfg.routes.get("/api/v1/stories", this::stories);
    cfg.routes.get("/api/v1/stories/{id}", this::story);
    cfg.routes.get("/api/v1/articles/{id}", this::article);
    cfg.routes.get("/api/v1/search", this::search);
    cfg.routes.post("/api/v1/articles", this::push);
  }

  private void stories(Context ctx) {
    int limit = bounded(ctx, "limit", config.pageSize(), 1, MAX_LIMIT);
    int offset = bounded(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    StoryQuery q = StoryQuery.latest(limit).page(offset, limit).withUnpublished("true".equals(ctx.queryParam("all")));
    if (ctx.queryParam("category") != null) {
      try {
        q = q.withCategory(Category.parse(ctx.queryParam("category")));
      } catch (IllegalArgumentException e) {
        throw new BadRequestResponse("unknown category: " + ctx.queryParam("category"));
      }
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("offset", offset);
    body.put("limit", limit);
    body.put("total", store.storyCount("true".equals(ctx.queryParam("all"))));
    body.put("stories", store.stories(q));
    send(ctx, body);
  }

  private void story(Context ctx) {
    send(ctx, store.story(ctx.pathParam("id")).orElseThrow(() -> new NotFoundResponse("no such story")));
  }

  private void article(Context ctx) {
    send(ctx, store.article(ctx.pathParam("id")).orElseThrow(() -> new NotFoundResponse("no such article")));
  }

  private void search(Context ctx) {
    String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
    int limit = bounded(ctx, "limit", config.pageSize(), 1, MAX_LIMIT);
    int offset = bounded(ctx, "offset", 0, 0, 10_000);
    SearchResult r = index.search(new SearchQuery(q.length() > 500 ? q.substring(0, 500) : q, null, null, null,
        ctx.queryParam("outlet"), ctx.queryParam("entity"), false, offset, limit));
    List<Story> stories = new ArrayList<>();
    for (SearchHit h : r.hits()) {
      store.story(h.storyId()).ifPresent(stories::add);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", q);
    body.put("total", r.total());
    body.put("stories", stories);
    send(ctx, body);
  }

  private void push(Context ctx) {
    if (intake == null || config.pushToken() == null) {
      throw new NotFoundResponse("the push endpoint is disabled (set site.pushToken)");
    }
    String auth = ctx.header("Authorization");
    String given = auth != null && auth.startsWith("Bearer ") ? auth.substring(7).strip() : "";
    if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), config.pushToken().getBytes(StandardCharsets.UTF_8))) {
      throw new UnauthorizedResponse("a valid bearer token is required");
    }
    ArticleIntake.IntakeResult r = intake.accept(ctx.body());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("accepted", r.accepted());
    body.put("articleId", r.articleId());
    body.put("storyId", r.storyId());
    body.put("message", r.message());
    ctx.status(!r.accepted() ? 400 : r.created() ? 201 : 200);
    ctx.contentType("application/json").result(JsonCodec.write(json, body));
  }

  private void send(Context ctx, Object value) {
    String body = JsonCodec.write(json, value);
    String etag = "\"" + Integer.toHexString(body.hashCode()) + Integer.toHexString(body.length()) + "\"";
    ctx.header("ETag", etag);
    if (etag.equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    ctx.contentType("application/json; charset=utf-8").result(body);
  }

  private static int bounded(Context ctx, String name, int fallback, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) {
        throw new BadRequestResponse(name + " must be in " + min + ".." + max + ": " + v);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new BadRequestResponse(name + " must be a number: " + v);
    }
  }
}
