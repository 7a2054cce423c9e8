package dev.worlddaily.app.cli;

import dev.worlddaily.web.WebApp;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code wdn run}: the main job. Polls the configured feeds on schedule, keeps stories current, serves the site. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "The main job: crawl the configured feeds on schedule, keep stories current, serve the site.")
final class RunCommand implements Callable<Integer> {
  /**
   * Pause between two crawl cycles. A cycle polls the feeds due when it starts and ends when all
   * of them are stored, so a feed falling due meanwhile waits for the next cycle: with a long
   * pause (it was 30 s) the articles of many feeds arrived together, (pause + cycle) x rate of
   * them, and the last of such a burst waited for the pipeline to work through the rest (the
   * crawl-latency bench, docs/BENCHMARKS.md). With a short one the cycles follow each other and
   * stay small while the pipeline keeps up; finding the due feeds reads each feed's health once.
   */
  static final long CYCLE_PAUSE_MILLIS = 1_000;

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
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "wdn-crawl"));
    scheduler.scheduleWithFixedDelay(() -> {
      try {
        loop.pollDue();
      } catch (RuntimeException e) {
        console.error("crawl cycle failed: " + e.getMessage());
      }
    }, 0, CYCLE_PAUSE_MILLIS, TimeUnit.MILLISECONDS);
    WebApp web = Serving.start(engine, serve.host, serve.port, new PushIntake(engine));
    Serving.awaitShutdown(() -> {
      // Graceful: polls in flight finish and what they read is stored; no new poll starts.
      console.info("stopping: finishing the polls in flight");
      loop.stop();
      scheduler.shutdown();
      try {
        if (!scheduler.awaitTermination(2, TimeUnit.MINUTES)) {
          console.error("polls still running after 2 minutes; interrupting them (their items are fetched again next run)");
          scheduler.shutdownNow();
          scheduler.awaitTermination(10, TimeUnit.SECONDS);
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
