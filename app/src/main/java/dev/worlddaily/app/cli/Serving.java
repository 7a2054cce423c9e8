package dev.worlddaily.app.cli;

import dev.worlddaily.app.pipeline.BatchReport;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.web.ArticleIntake;
import dev.worlddaily.web.SiteConfig;
import dev.worlddaily.web.StoryMaintenance;
import dev.worlddaily.web.WebApp;
import java.util.concurrent.CountDownLatch;

/** Starts the site for {@code demo}, {@code run} and {@code serve} and keeps it up until Ctrl-C. */
final class Serving {
  private Serving() {}

  static WebApp start(Engine engine, String host, int port, ArticleIntake intake) {
    SiteConfig site = engine.settings().bind(SiteConfig.defaults(), "site");
    String shownHost = host.equals("0.0.0.0") ? "localhost" : host;
    if (site.baseUrl().equals(SiteConfig.defaults().baseUrl())) {
      site = site.withBaseUrl("http://" + shownHost + ":" + port);
    }
    WebApp web = new WebApp(engine.store(), engine.index(), site, intake, maintenance(engine), engine.clock());
    int bound = web.start(host, port);
    engine.console().info(site.name() + " is up at http://" + shownHost + ":" + bound + "/  (Ctrl-C to stop)"
        + (site.adminToken() == null ? "" : "; admin pages at /admin"));
    return web;
  }

  /** Re-synthesis for the admin pages: the pipeline writes the story afresh, the index makes it searchable. */
  static StoryMaintenance maintenance(Engine engine) {
    return storyId -> {
      Story story = engine.pipeline().resynthesize(storyId, new BatchReport());
      engine.index().commit();
      engine.console().info("re-synthesized story " + story.id() + " (version " + story.version() + ") from the admin pages");
      return story;
    };
  }

  /** Blocks until the process is asked to stop, then runs {@code onStop}. */
  static void awaitShutdown(Runnable onStop) {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      onStop.run();
      stopped.countDown();
    }, "wdn-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
