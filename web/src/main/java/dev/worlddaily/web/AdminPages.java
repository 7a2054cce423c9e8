package dev.worlddaily.web;

import dev.worlddaily.model.Feed;
import dev.worlddaily.model.story.Story;
import io.javalin.config.JavalinConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UnauthorizedResponse;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The admin pages ({@code /admin}) and admin API ({@code /api/v1/admin}): sources with their
 * health, adding and removing feeds, re-synthesizing a story. Absent (404) unless an admin token
 * is configured; the pages take the token once on a login form, the API as a bearer header.
 */
final class AdminPages {
  private final AdminAuth auth;
  private final SiteReads reads;
  private final SourceEdits edits;
  private final StoryMaintenance maintenance;
  private final Renderer renderer;
  private final JsonResponses json;
  private final Clock clock;

  AdminPages(AdminAuth auth, SiteReads reads, StoryMaintenance maintenance, Renderer renderer, JsonResponses json, Clock clock) {
    this.auth = auth;
    this.reads = reads;
    this.edits = new SourceEdits(reads.store());
    this.maintenance = maintenance;
    this.renderer = renderer;
    this.json = json;
    this.clock = clock;
  }

  void routes(JavalinConfig cfg) {
    cfg.routes.before("/admin", ctx -> guard(ctx, false));
    cfg.routes.before("/admin/*", ctx -> guard(ctx, false));
    cfg.routes.before("/api/v1/admin/*", ctx -> guard(ctx, true));
    cfg.routes.get("/admin", this::dashboard);
    cfg.routes.post("/admin/login", this::login);
    cfg.routes.post("/admin/logout", ctx -> {
      auth.endSession(ctx);
      ctx.redirect("/admin", HttpStatus.SEE_OTHER);
    });
    cfg.routes.post("/admin/feeds", ctx -> form(ctx, () -> {
      Feed f = edits.add(ctx.formParam("url"), ctx.formParam("outlet"), ctx.formParam("country"));
      return "/admin?added=" + Format.encode(f.id());
    }));
    cfg.routes.post("/admin/feeds/{id}/remove", ctx -> form(ctx, () -> {
      if (!edits.remove(ctx.pathParam("id"))) {
        throw new IllegalArgumentException("no source with id " + ctx.pathParam("id"));
      }
      return "/admin?removed=" + Format.encode(ctx.pathParam("id"));
    }));
    cfg.routes.post("/admin/stories/resynthesize", ctx -> form(ctx, () -> {
      Story s = resynthesize(ctx.formParam("story"));
      return "/admin?resynthesized=" + Format.encode(s.id()) + "&version=" + s.version();
    }));
    cfg.routes.get("/api/v1/admin/sources", ctx -> json.send(ctx, Map.of("sources", reads.sources().stream().map(SourceStatus::toJson).toList())));
    cfg.routes.post("/api/v1/admin/sources", this::apiAdd);
    cfg.routes.delete("/api/v1/admin/sources/{id}", ctx -> {
      if (!edits.remove(ctx.pathParam("id"))) {
        throw new NotFoundResponse("no source with id " + ctx.pathParam("id"));
      }
      ctx.status(204);
    });
    cfg.routes.post("/api/v1/admin/stories/{id}/resynthesize", ctx -> {
      try {
        Story s = resynthesize(ctx.pathParam("id"));
        json.send(ctx, Map.of("id", s.id(), "version", s.version(), "updated", Format.iso(s.updated())));
      } catch (IllegalArgumentException e) {
        throw new NotFoundResponse(e.getMessage());
      }
    });
  }

  /** Admin routes do not exist without a token; the API needs it on every call, the pages a session (except the login itself). */
  private void guard(Context ctx, boolean api) {
    ctx.header("Cache-Control", "no-store");
    if (!auth.enabled()) {
      throw new NotFoundResponse("the admin pages are disabled (set site.adminToken)");
    }
    if (api && !auth.isAdmin(ctx)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new UnauthorizedResponse("a valid bearer token is required");
    }
    boolean open = ctx.path().equals("/admin") || ctx.path().equals("/admin/login");
    if (!api && !open && !auth.isAdmin(ctx)) {
      throw new UnauthorizedResponse("sign in at /admin first");
    }
  }

  private void dashboard(Context ctx) {
    if (!auth.isAdmin(ctx)) {
      loginPage(ctx, "");
      return;
    }
    renderer.html(ctx, "admin.jte", dashboardParams(notice(ctx)));
  }

  private Map<String, Object> dashboardParams(String notice) {
    Map<String, Object> p = new HashMap<>();
    p.put("chrome", renderer.chrome("Admin", "admin", ""));
    p.put("sources", reads.sources());
    p.put("now", clock.instant());
    p.put("csrf", auth.csrf());
    p.put("canResynthesize", maintenance != null);
    p.put("notice", notice);
    return p;
  }

  private void loginPage(Context ctx, String message) {
    renderer.html(ctx, "admin-login.jte", Map.of("chrome", renderer.chrome("Admin sign-in", "admin", ""), "message", message));
  }

  private void login(Context ctx) {
    if (auth.tokenMatches(ctx.formParam("token"))) {
      auth.startSession(ctx);
      ctx.redirect("/admin", HttpStatus.SEE_OTHER);
      return;
    }
    ctx.status(401);
    loginPage(ctx, "That is not the admin token.");
  }

  /** What the last action did, from the fixed parameters the actions redirect with. */
  private static String notice(Context ctx) {
    if (ctx.queryParam("added") != null) {
      return "Added source " + ctx.queryParam("added") + ".";
    }
    if (ctx.queryParam("removed") != null) {
      return "Removed source " + ctx.queryParam("removed") + ".";
    }
    if (ctx.queryParam("resynthesized") != null) {
      return "Re-synthesized story " + ctx.queryParam("resynthesized") + (ctx.queryParam("version") == null ? "" : ", now version " + ctx.queryParam("version")) + ".";
    }
    return "";
  }

  /** An admin form action: CSRF-checked, then redirected (303) to where the action says, or the page again with its reason. */
  private void form(Context ctx, java.util.function.Supplier<String> action) {
    if (!auth.formAllowed(ctx)) {
      throw new ForbiddenResponse("the form is stale: reload the admin page and try again");
    }
    try {
      ctx.redirect(action.get(), HttpStatus.SEE_OTHER);
    } catch (IllegalArgumentException e) {
      ctx.status(400);
      renderer.html(ctx, "admin.jte", dashboardParams("Not done: " + e.getMessage()));
    }
  }

  private Story resynthesize(String storyId) {
    if (maintenance == null) {
      throw new IllegalArgumentException("re-synthesis is not offered by this server");
    }
    if (storyId == null || storyId.isBlank()) {
      throw new IllegalArgumentException("name a story id");
    }
    String id = reads.store().story(storyId.strip()).map(Story::id)
        .orElseThrow(() -> new IllegalArgumentException("no story with id " + storyId.strip()));
    return maintenance.resynthesize(id);
  }

  private void apiAdd(Context ctx) {
    Map<String, String> body = json.readStrings(ctx.body());
    try {
      Feed f = edits.add(body.get("url"), body.get("outlet"), body.get("country"));
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", f.id());
      out.put("url", f.url());
      out.put("outlet", f.outlet() == null ? null : f.outlet().domain());
      ctx.status(201);
      json.send(ctx, out);
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
  }
}
