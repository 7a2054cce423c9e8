package dev.worlddaily.web;

import dev.worlddaily.model.Category;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.store.StoryQuery;
import io.javalin.config.JavalinConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UnauthorizedResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON API under {@code /api/v1}: everything the site shows, in the story contract of
 * SYSTEM.md, described by {@code /api/v1/openapi.json}. Lists are paginated with
 * {@code offset}/{@code limit} and say {@code total} and the {@code next} page; every response
 * has an ETag.
 */
final class Api {
  private final SiteReads reads;
  private final SiteConfig config;
  private final ArticleIntake intake;
  private final JsonResponses json;
  private final String openApi;

  Api(SiteReads reads, SiteConfig config, ArticleIntake intake, JsonResponses json) {
    this.reads = reads;
    this.config = config;
    this.intake = intake;
    this.json = json;
    this.openApi = resource("/openapi.json").replace("${baseUrl}", config.baseUrl().isEmpty() ? "/" : config.baseUrl());
  }

  void routes(JavalinConfig cfg) {
    cfg.routes.get("/api/v1/openapi.json", ctx -> JsonResponses.sendText(ctx, openApi, "application/json; charset=utf-8"));
    cfg.routes.get("/api/v1/front", this::front);
    cfg.routes.get("/api/v1/stories", this::stories);
    cfg.routes.get("/api/v1/stories/{id}", ctx -> json.send(ctx, story(ctx.pathParam("id"))));
    cfg.routes.get("/api/v1/stories/{id}/versions/{version}", this::version);
    cfg.routes.get("/api/v1/articles/{id}", ctx -> json.send(ctx, reads.store().article(ctx.pathParam("id"))
        .orElseThrow(() -> new NotFoundResponse("no such article"))));
    cfg.routes.post("/api/v1/articles", this::push);
    cfg.routes.get("/api/v1/categories", this::categories);
    cfg.routes.get("/api/v1/search", this::search);
    cfg.routes.get("/api/v1/trends", ctx -> {
      TrendReport r = reads.trends();
      json.send(ctx, Map.of("lastDay", r.lastDay().toString(), "entities", r.entities(), "topics", r.topics()));
    });
    cfg.routes.get("/api/v1/entities/{name}", this::entity);
    cfg.routes.get("/api/v1/outlets", ctx -> json.send(ctx, Map.of("outlets", reads.outlets())));
    cfg.routes.get("/api/v1/outlets/{domain}", this::outlet);
    cfg.routes.get("/api/v1/archive/{date}", this::archive);
  }

  private Story story(String id) {
    return reads.store().story(id).orElseThrow(() -> new NotFoundResponse("no such story"));
  }

  private void front(Context ctx) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("stories", reads.front(Paging.limit(ctx, config.pageSize())));
    json.send(ctx, body);
  }

  private void stories(Context ctx) {
    int limit = Paging.limit(ctx, config.pageSize());
    int offset = Paging.offset(ctx);
    boolean all = "true".equals(ctx.queryParam("all"));
    Category category = null;
    if (ctx.queryParam("category") != null) {
      try {
        category = Category.parse(ctx.queryParam("category"));
      } catch (IllegalArgumentException e) {
        throw new BadRequestResponse("unknown category: " + ctx.queryParam("category"));
      }
    }
    StoryQuery q = StoryQuery.latest(limit + 1).page(offset, limit + 1).withUnpublished(all).withCategory(category);
    List<Story> page = reads.store().stories(q);
    boolean more = page.size() > limit;
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("offset", offset);
    body.put("limit", limit);
    if (category == null) {
      body.put("total", reads.store().storyCount(all));
    }
    body.put("next", more ? next(ctx, offset + limit, limit) : null);
    body.put("stories", more ? page.subList(0, limit) : page);
    json.send(ctx, body);
  }

  private void version(Context ctx) {
    int v;
    try {
      v = Integer.parseInt(ctx.pathParam("version"));
    } catch (NumberFormatException e) {
      throw new BadRequestResponse("version must be a number: " + ctx.pathParam("version"));
    }
    Story current = story(ctx.pathParam("id"));
    json.send(ctx, reads.store().storyVersion(current.id(), v).orElseThrow(() -> new NotFoundResponse("no version " + ctx.pathParam("version") + " of this story")));
  }

  private void categories(Context ctx) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Category c : Category.values()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("label", c.label());
      m.put("slug", c.slug());
      m.put("page", "/category/" + c.slug());
      m.put("rss", "/category/" + c.slug() + "/feed.xml");
      m.put("atom", "/category/" + c.slug() + "/atom.xml");
      out.add(m);
    }
    json.send(ctx, Map.of("categories", out));
  }

  private void search(Context ctx) {
    SearchFilters f = SearchFilters.of(ctx);
    if (!f.problems().isEmpty()) {
      throw new BadRequestResponse(String.join("; ", f.problems()));
    }
    int limit = Paging.limit(ctx, config.pageSize());
    int offset = Paging.offset(ctx);
    Listing<Story> found = reads.search(f, offset, limit);
    Map<String, Object> body = listing(ctx, found);
    body.put("query", f.text());
    json.send(ctx, body);
  }

  private void entity(Context ctx) {
    EntityProfile e = reads.entity(ctx.pathParam("name"), Paging.offset(ctx), Paging.limit(ctx, config.pageSize()))
        .orElseThrow(() -> new NotFoundResponse("no story names " + ctx.pathParam("name")));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", e.name());
    body.put("type", e.type());
    body.put("aliases", e.aliases());
    body.put("daily", e.series() == null ? null : e.series().daily());
    body.put("lastDay", e.series() == null ? null : e.series().lastDay().toString());
    body.put("mentionedWith", e.mentionedWith());
    body.putAll(listing(ctx, e.stories()));
    json.send(ctx, body);
  }

  private void outlet(Context ctx) {
    OutletProfile o = reads.outlet(ctx.pathParam("domain"), Paging.offset(ctx), Paging.limit(ctx, config.pageSize()))
        .orElseThrow(() -> new NotFoundResponse("no outlet at " + ctx.pathParam("domain")));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("outlet", o.outlet());
    body.put("feeds", o.feeds().stream().map(SourceStatus::toJson).toList());
    body.put("articles", o.articles().stream().map(a -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", a.id());
      m.put("title", a.title());
      m.put("url", a.url());
      m.put("published", a.published());
      return m;
    }).toList());
    body.putAll(listing(ctx, o.stories()));
    json.send(ctx, body);
  }

  private void archive(Context ctx) {
    LocalDate day = FinderPages.day(ctx);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("date", day.toString());
    body.putAll(listing(ctx, reads.archive(day, Paging.offset(ctx), Paging.limit(ctx, config.pageSize()))));
    json.send(ctx, body);
  }

  private Map<String, Object> listing(Context ctx, Listing<Story> l) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("offset", l.offset());
    body.put("limit", l.limit());
    body.put("total", l.total());
    body.put("next", l.hasNext() ? next(ctx, l.offset() + l.limit(), l.limit()) : null);
    body.put("stories", l.items());
    return body;
  }

  /** The URL of the next page: this request with offset and limit replaced; also sent as a Link header. */
  private static String next(Context ctx, int offset, int limit) {
    StringBuilder sb = new StringBuilder(ctx.path()).append("?offset=").append(offset).append("&limit=").append(limit);
    ctx.queryParamMap().forEach((k, vs) -> {
      if (!k.equals("offset") && !k.equals("limit")) {
        vs.forEach(v -> sb.append('&').append(Format.encode(k)).append('=').append(Format.encode(v)));
      }
    });
    ctx.header("Link", "<" + sb + ">; rel=\"next\"");
    return sb.toString();
  }

  private void push(Context ctx) {
    if (intake == null || config.pushToken() == null) {
      throw new NotFoundResponse("the push endpoint is disabled (set site.pushToken)");
    }
    String auth = ctx.header("Authorization");
    String given = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).strip() : "";
    if (!MessageDigest.isEqual(digest(given), digest(config.pushToken()))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new UnauthorizedResponse("a valid bearer token is required");
    }
    ArticleIntake.IntakeResult r = intake.accept(ctx.body());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("accepted", r.accepted());
    body.put("articleId", r.articleId());
    body.put("storyId", r.storyId());
    body.put("message", r.message());
    ctx.status(!r.accepted() ? 400 : r.created() ? 201 : 200);
    ctx.contentType("application/json; charset=utf-8").result(json.write(body));
  }

  private static byte[] digest(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static String resource(String path) {
    try (InputStream in = Api.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
