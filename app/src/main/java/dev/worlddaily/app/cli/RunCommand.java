package dev.worlddaily.app.cli;

import dev.worlddaily.web.WebApp;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code wdn run}: the main job. Polls the configured feeds on schedule, keeps stories current, serves the site. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "The main job: crawl the configured feeds on schedule, keep stories current, serve the site.")
final class RunCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Mixin ServeOptions serve;

  @Override
  public Integer call() {
    serve.validate();
    Console console = Console.system(common.quiet);
    Engine engine = Engine.open(common, console);
    if (engine.store().feeds().isEmpty()) {
      var starter = dev.worlddaily.ingest.StarterSources.load();
      starter.forEach(engine.store()::saveFeed);
      console.info("no sources configured: starting with the " + starter.size()
          + " starter sources (docs/SOURCES.md); manage them with wdn sources");
    }
    engine.pipeline();
    CrawlLoop loop = new CrawlLoop(engine);
    Thread crawl = new Thread(() -> {
      try {
        loop.run();
      } catch (RuntimeException e) {
        console.error("crawl stopped: " + e.getMessage());
      }
    }, "wdn-crawl");
    crawl.start();
    WebApp web = Serving.start(engine, serve.host, serve.port, new PushIntake(engine));
    Serving.awaitShutdown(() -> {
      // Graceful: polls in flight finish and what they read is stored; no new poll starts.
      console.info("stopping: finishing the polls in flight");
      loop.stop();
      try {
        crawl.join(TimeUnit.MINUTES.toMillis(2));
        if (crawl.isAlive()) {
          console.error("polls still running after 2 minutes; interrupting them (their items are fetched again next run)");
          crawl.interrupt();
          crawl.join(TimeUnit.SECONDS.toMillis(10));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      web.stop();
      engine.close();
    });
    return 0;
  }
}
