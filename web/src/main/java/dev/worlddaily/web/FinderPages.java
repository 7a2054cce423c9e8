package dev.worlddaily.web;

import dev.worlddaily.model.Category;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.store.SearchQuery;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The pages that find stories: search with filters, Trends, entities, outlets and the archive by date. */
final class FinderPages {
  /** Days the archive index lists, back from the newest story. */
  static final int ARCHIVE_DAYS = 60;

  private final SiteReads reads;
  private final SiteConfig config;
  private final Renderer renderer;
  private final Pages pages;
  private final java.time.Clock clock;

  FinderPages(SiteReads reads, SiteConfig config, Renderer renderer, Pages pages, java.time.Clock clock) {
    this.clock = clock;
    this.reads = reads;
    this.config = config;
    this.renderer = renderer;
    this.pages = pages;
  }

  void routes(JavalinConfig cfg) {
    cfg.routes.get("/search", this::search);
    cfg.routes.get("/trends", this::trends);
    cfg.routes.get("/entities/{name}", this::entity);
    cfg.routes.get("/outlets", this::outlets);
    cfg.routes.get("/outlets/{domain}", this::outlet);
    cfg.routes.get("/archive", this::archiveIndex);
    cfg.routes.get("/archive/{date}", this::archiveDay);
  }

  private void search(Context ctx) {
    SearchFilters f = SearchFilters.of(ctx);
    Listing<Story> found = reads.search(f, Paging.pageOffset(ctx, config.pageSize()), config.pageSize());
    Map<String, Object> p = new HashMap<>();
    p.put("chrome", renderer.chrome("Search", "search", f.text()));
    p.put("filters", f);
    p.put("listing", found);
    p.put("cards", pages.cards(found.items(), false));
    p.put("categories", List.of(Category.values()));
    p.put("outlets", reads.outlets());
    renderer.html(ctx, "search.jte", p);
  }

  private void trends(Context ctx) {
    renderer.html(ctx, "trends.jte", Map.of("chrome", renderer.chrome("Trends", "trends", ""), "report", reads.trends()));
  }

  private void entity(Context ctx) {
    String name = ctx.pathParam("name");
    EntityProfile e = reads.entity(name, Paging.pageOffset(ctx, config.pageSize()), config.pageSize())
        .orElseThrow(() -> new NotFoundResponse("No story names “" + name + "”."));
    Map<String, Object> p = new HashMap<>();
    p.put("chrome", renderer.chrome(e.name(), "", ""));
    p.put("entity", e);
    p.put("cards", pages.cards(e.stories().items(), true));
    p.put("pageHref", Format.entityHref(e.name()) + "?page=");
    renderer.html(ctx, "entity.jte", p);
  }

  private void outlets(Context ctx) {
    renderer.html(ctx, "outlets.jte", Map.of("chrome", renderer.chrome("Outlets", "outlets", ""), "outlets", reads.outlets()));
  }

  private void outlet(Context ctx) {
    String domain = ctx.pathParam("domain");
    OutletProfile o = reads.outlet(domain, Paging.pageOffset(ctx, config.pageSize()), config.pageSize())
        .orElseThrow(() -> new NotFoundResponse("No outlet is known at “" + domain + "”."));
    Map<String, Object> p = new HashMap<>();
    p.put("chrome", renderer.chrome(o.outlet().name(), "outlets", ""));
    p.put("profile", o);
    p.put("cards", pages.cards(o.stories().items(), true));
    p.put("pageHref", Format.outletHref(o.outlet().domain()) + "?page=");
    p.put("now", clock.instant());
    renderer.html(ctx, "outlet.jte", p);
  }

  List<ArchiveDay> archiveDays() {
    LocalDate newest = reads.newestDay().orElse(null);
    List<ArchiveDay> days = new ArrayList<>();
    if (newest == null) {
      return days;
    }
    for (int i = 0; i < ARCHIVE_DAYS; i++) {
      LocalDate d = newest.minusDays(i);
      long n = reads.listingTotal(new SearchQuery("", null, d.atStartOfDay(ZoneOffset.UTC).toInstant(),
          d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), null, null, false, 0, 1));
      if (n > 0) {
        days.add(new ArchiveDay(d, n));
      }
    }
    return days;
  }

  private void archiveIndex(Context ctx) {
    String date = ctx.queryParam("date");
    if (date != null && !date.isBlank()) {
      ctx.redirect("/archive/" + Format.encode(date.strip()));
      return;
    }
    renderer.html(ctx, "archive.jte", Map.of("chrome", renderer.chrome("Archive", "archive", ""), "days", archiveDays()));
  }

  static LocalDate day(Context ctx) {
    try {
      return LocalDate.parse(ctx.pathParam("date"));
    } catch (DateTimeParseException e) {
      throw new NotFoundResponse("The archive is by date, like /archive/2026-11-30.");
    }
  }

  private void archiveDay(Context ctx) {
    LocalDate d = day(ctx);
    Listing<Story> stories = reads.archive(d, Paging.pageOffset(ctx, config.pageSize()), config.pageSize());
    Map<String, Object> p = new HashMap<>();
    p.put("chrome", renderer.chrome(Format.day(d), "archive", ""));
    p.put("heading", Format.day(d));
    p.put("intro", "Stories as last updated on this day (UTC). ");
    p.put("listing", stories);
    p.put("cards", pages.cards(stories.items(), true));
    p.put("pageHref", "/archive/" + d + "?page=");
    p.put("emptyMessage", "No story was updated on this day.");
    p.put("previous", "/archive/" + d.minusDays(1));
    p.put("next", "/archive/" + d.plusDays(1));
    renderer.html(ctx, "listing.jte", p);
  }
}
