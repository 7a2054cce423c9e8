package dev.worlddaily.web;

import dev.worlddaily.store.SearchIndex;
import dev.worlddaily.store.Store;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The World Daily News site, JSON API and feeds, built in its constructor from the store, the
 * search index and the site settings; each part declares its own routes. Every response says
 * how long the server worked on it in a {@code Server-Timing} header.
 */
public final class WebApp {
  private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);
  private static final String CSP = "default-src 'self'; img-src 'self' http: https: data:; style-src 'self'; script-src 'self'; "
      + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
  private static final String STARTED = "wdn.started";

  private final Javalin app;
  private final SiteConfig config;
  private final TrendsCache trends;

  /** A site without admin re-synthesis. */
  public WebApp(Store store, SearchIndex index, SiteConfig config, ArticleIntake intake, Clock clock) {
    this(store, index, config, intake, null, clock);
  }

  /**
   * @param intake the push endpoint's receiver, or null when pushing is not offered
   * @param maintenance re-synthesis for the admin pages, or null when not offered
   */
  public WebApp(Store store, SearchIndex index, SiteConfig config, ArticleIntake intake, StoryMaintenance maintenance, Clock clock) {
    this.config = config;
    this.trends = new TrendsCache(new Trends(store, clock), clock, config.trendsRefresh());
    Renderer renderer = new Renderer(config, clock);
    SiteReads reads = new SiteReads(store, index, trends);
    AdminAuth auth = new AdminAuth(config, clock);
    JsonResponses json = new JsonResponses();
    Pages pages = new Pages(reads, config, renderer, auth, maintenance != null, clock);
    FinderPages finder = new FinderPages(reads, config, renderer, pages, clock);
    Api api = new Api(reads, config, intake, json);
    Feeds feeds = new Feeds(store, config);
    AdminPages admin = new AdminPages(auth, reads, maintenance, renderer, json, clock);
    this.app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.http.maxRequestSize = config.maxRequestBytes();
      cfg.staticFiles.add(sf -> {
        sf.hostedPath = "/static";
        sf.directory = "/static";
        sf.location = Location.CLASSPATH;
        sf.headers = Map.of("Cache-Control", "public, max-age=3600");
      });
      if (!config.corsOrigins().isEmpty()) {
        cfg.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
          rule.path = "/api/*";
          if (config.corsOrigins().contains("*")) {
            rule.anyHost();
          } else {
            rule.allowHost(config.corsOrigins().get(0), config.corsOrigins().subList(1, config.corsOrigins().size()).toArray(String[]::new));
          }
          rule.exposeHeader("ETag");
          rule.exposeHeader("Link");
          rule.maxAge = 600;
        }));
      }
      cfg.routes.before(ctx -> {
        ctx.attribute(STARTED, System.nanoTime());
        securityHeaders(ctx);
      });
      cfg.routes.after(WebApp::serverTiming);
      new ApiRateLimit(config).install(cfg);
      pages.routes(cfg);
      finder.routes(cfg);
      api.routes(cfg);
      feeds.routes(cfg);
      admin.routes(cfg);
      cfg.routes.get("/healthz", ctx -> ctx.contentType("text/plain").result("ok"));
      cfg.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, renderer, e.getStatus(),
          e.getStatus() == 404 && e.getMessage() != null && e.getMessage().startsWith("Endpoint ") ? "There is no page at this address." : e.getMessage()));
      cfg.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("request {} failed", ctx.path(), e);
        error(ctx, renderer, 500, "Something went wrong on our side.");
      });
      cfg.routes.error(404, ctx -> {
        if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint ")) {
          error(ctx, renderer, 404, "There is no page at this address.");
        }
      });
    });
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
    ctx.header("X-Frame-Options", "DENY");
  }

  private static void serverTiming(Context ctx) {
    Long started = ctx.attribute(STARTED);
    if (started != null) {
      ctx.header("Server-Timing", String.format(Locale.ROOT, "app;dur=%.2f", (System.nanoTime() - started) / 1e6));
    }
  }

  private static void error(Context ctx, Renderer renderer, int status, String message) {
    ctx.status(status);
    if (status == 429) {
      // The rate limit's counts are cleared once a minute: a minute is the most a client waits.
      ctx.header("Retry-After", "60");
    }
    if (ctx.path().startsWith("/api/")) {
      ctx.contentType("application/json; charset=utf-8").result("{\"error\":" + quote(message) + ",\"status\":" + status + "}");
    } else {
      String heading = switch (status) {
        case 404 -> "Not found";
        case 401 -> "Sign-in needed";
        case 403 -> "Not allowed";
        default -> status >= 500 ? "Server error" : "Bad request";
      };
      renderer.html(ctx, "message.jte", Map.of("chrome", renderer.chrome(heading, "", ""), "heading", heading, "message", message == null ? "" : message));
    }
  }

  /** A JSON string; markup characters as \\u escapes, like every API response. */
  private static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : (s == null ? "" : s).toCharArray()) {
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\'') {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  /** Starts serving on {@code host}:{@code port} (0 = any free port); returns the bound port. */
  public int start(String host, int port) {
    app.start(host, port);
    trends.warm();
    return app.port();
  }

  /** The bound port, after {@link #start}. */
  public int port() {
    return app.port();
  }

  public void stop() {
    app.stop();
    trends.close();
  }

  public SiteConfig config() {
    return config;
  }

  /** Every registered route as "METHOD path", e.g. "GET /stories/{id}" (for tests that visit them all). */
  List<String> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(e -> e.endpoint.method.name() + " " + e.endpoint.path)
        .toList();
  }
}
