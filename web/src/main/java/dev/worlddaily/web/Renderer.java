package dev.worlddaily.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Renders the precompiled jte templates (HTML-escaped by default; no template uses unescaped
 * output) inside the site's frame.
 */
final class Renderer {
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
  private final SiteConfig config;
  private final Clock clock;

  Renderer(SiteConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  Chrome chrome(String title, String active, String query) {
    return new Chrome(config.name(), title, active, query == null ? "" : query, LocalDate.now(clock.withZone(ZoneOffset.UTC)), "");
  }

  String render(String name, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    engine.render(name, params, out);
    return out.toString();
  }

  void html(Context ctx, String template, Map<String, Object> params) {
    ctx.contentType("text/html; charset=utf-8").result(render(template, params));
  }
}
