package dev.worlddaily.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.TooManyRequestsResponse;
import io.javalin.plugin.bundled.RateLimitPlugin;
import java.util.concurrent.TimeUnit;

/**
 * Per-client limit on {@code /api/} requests (reading, pushing and admin calls alike, so a
 * token cannot be guessed at line speed either), with Javalin's rate-limit plugin: a fixed
 * one-minute window per client address. Over the limit a client gets 429 with
 * {@code Retry-After} until the window turns. Pages, feeds and static files are not limited.
 */
final class ApiRateLimit {
  private final SiteConfig config;

  ApiRateLimit(SiteConfig config) {
    this.config = config;
  }

  void install(JavalinConfig cfg) {
    if (config.apiRequestsPerMinute() == 0) {
      return;
    }
    cfg.registerPlugin(new RateLimitPlugin(rl -> rl.setKeyFunction(this::client)));
    cfg.routes.before("/api/*", ctx -> {
      ctx.header("RateLimit-Policy", config.apiRequestsPerMinute() + ";w=60");
      try {
        ctx.with(RateLimitPlugin.class).requestPerTimeUnit(config.apiRequestsPerMinute(), TimeUnit.MINUTES);
      } catch (HttpResponseException e) {
        if (e.getStatus() != 429) {
          throw e;
        }
        throw new TooManyRequestsResponse(
            "too many requests: at most " + config.apiRequestsPerMinute() + " API requests per minute from one client");
      }
    });
  }

  /** Who a client is: the peer address, or the last entry of the configured proxy header. */
  String client(Context ctx) {
    if (!config.clientAddressHeader().isEmpty()) {
      String forwarded = ctx.header(config.clientAddressHeader());
      if (forwarded != null && !forwarded.isBlank()) {
        String[] hops = forwarded.split(",");
        return hops[hops.length - 1].strip();
      }
    }
    return ctx.req().getRemoteAddr();
  }
}
