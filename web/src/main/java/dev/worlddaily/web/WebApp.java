package dev.worlddaily.web;

import dev.worlddaily.store.SearchIndex;
import dev.worlddaily.store.Store;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The World Daily News site, JSON API and feeds, built in its constructor from the store, the
 * search index and the site settings; each part declares its own routes.
 */
public final class WebApp {
  private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);
  private static final String CSP = "default-src 'self'; img-src 'self' http: https: data:; style-src 'self'; script-src 'self'; "
      + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private final Javalin app;
  private final SiteConfig config;

  /**
   * @param intake the push endpoint's receiver, or null when pushing is not offered
   */
  public WebApp(Store store, SearchIndex index, SiteConfig config, ArticleIntake intake, Clock clock) {
    this.config = config;
    Templates templates = new Templates();
    Pages pages = new Pages(store, index, config, templates, clock);
    Api api = new Api(store, index, config, intake);
    Feeds feeds = new Feeds(store, config);
    Trends trends = new Trends(store);
    this.app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.http.maxRequestSize = config.maxRequestBytes();
      cfg.staticFiles.add(sf -> {
        sf.hostedPath = "/static";
        sf.directory = "/static";
        sf.location = Location.CLASSPATH;
      });
      cfg.routes.before(ctx -> securityHeaders(ctx, config));
      pages.routes(cfg);
      api.routes(cfg);
      feeds.routes(cfg);
      cfg.routes.get("/trends", ctx -> pages.html(ctx, "trends.jte", Map.of("chrome", pages.chrome("Trends", "trends", ""), "trends", trends.compute(24))));
      cfg.routes.get("/healthz", ctx -> ctx.contentType("text/plain").result("ok"));
      cfg.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, pages, e.getStatus(),
          e.getStatus() == 404 && e.getMessage() != null && e.getMessage().startsWith("Endpoint ") ? "There is no page at this address." : e.getMessage()));
      cfg.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("request {} failed", ctx.path(), e);
        error(ctx, pages, 500, "Something went wrong on our side.");
      });
      cfg.routes.error(404, ctx -> {
        if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().equals("Endpoint GET " + ctx.path() + " not found")) {
          error(ctx, pages, 404, "There is no page at this address.");
        }
      });
    });
  }

  private static void securityHeaders(Context ctx, SiteConfig config) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
    ctx.header("X-Frame-Options", "DENY");
    if (ctx.path().startsWith("/api/") && !config.corsOrigins().isEmpty()) {
      String origin = ctx.header("Origin");
      if (config.corsOrigins().contains("*")) {
        ctx.header("Access-Control-Allow-Origin", "*");
      } else if (origin != null && config.corsOrigins().contains(origin)) {
        ctx.header("Access-Control-Allow-Origin", origin);
        ctx.header("Vary", "Origin");
      }
    }
  }

  private static void error(Context ctx, Pages pages, int status, String message) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      ctx.contentType("application/json").result("{\"error\":" + quote(message) + ",\"status\":" + status + "}");
    } else {
      pages.html(ctx, "message.jte", Map.of("chrome", pages.chrome("Not found", "", ""), "heading",
          status == 404 ? "Not found" : status >= 500 ? "Server error" : "Bad request", "message", message == null ? "" : message));
    }
  }

  private static String quote(String s) {
    return "\"" + (s == null ? "" : s.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\x00-\\x1f]", " ")) + "\"";
  }

  /** Starts serving on {@code host}:{@code port} (0 = any free port); returns the bound port. */
  public int start(String host, int port) {
    app.start(host, port);
    return app.port();
  }

  /** The bound port, after {@link #start}. */
  public int port() {
    return app.port();
  }

  public void stop() {
    app.stop();
  }

  public SiteConfig config() {
    return config;
  }
}
