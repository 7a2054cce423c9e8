package dev.worlddaily.app.cli;

import dev.worlddaily.app.pipeline.CommitQueue;
import dev.worlddaily.app.pipeline.PipelineConfig;
import dev.worlddaily.ingest.CrawlMemory;
import dev.worlddaily.ingest.CrawledItem;
import dev.worlddaily.ingest.PollResult;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.Feed;
import dev.worlddaily.model.FeedHealth;
import dev.worlddaily.model.Outcome;
import dev.worlddaily.store.CrawledUrl;
import dev.worlddaily.store.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The main job's polling. Every feed is polled when its next poll is due, several at once (the
 * fetcher keeps one request per host and a global limit), conditionally (ETag, Last-Modified),
 * fetching only items the crawl memory does not know or that are due for a revisit. Articles go
 * through the pipeline as they are read, in batches of at most {@code pipeline.batchArticles}
 * that wait at most {@code pipeline.batchDelay} for company (each enriched while the one before
 * is committed, see {@link CommitQueue}), and a feed's health (validators, next poll) is saved only
 * after its articles are stored, so a process killed at any point loses nothing: a restart
 * resumes where it stopped, without fetching everything again. {@link #stop()} lets the polls in
 * flight finish (items not yet fetched wait for the next run) and stores what they read.
 */
final class CrawlLoop {
  private static final long MIN_WAIT_NANOS = 10_000_000L;
  private static final Duration FORGET_AFTER = Duration.ofDays(30);

  private final Engine engine;
  private final int parallelFeeds;
  private final PipelineConfig config;
  private volatile boolean stopping;
  private Instant lastForget = Instant.EPOCH;

  CrawlLoop(Engine engine) {
    this.engine = engine;
    this.parallelFeeds = engine.stages().ingestConfig().globalConcurrency();
    this.config = engine.pipelineConfig();
  }

  /** Asks the loop to stop: polls in flight finish and are stored; no new poll starts. */
  void stop() {
    stopping = true;
  }

  /** One polled feed, waiting for its health to be saved once its articles are stored. */
  private record Polled(Feed feed, FeedHealth health, PollResult result, String firstItemError, Instant at) {}

  /** An article read by a poll, with when it was read, waiting for the pipeline. */
  private record Ready(Article article, long readNanos) {}

  /** Polls every due feed once; returns how many were polled. */
  int pollDue() {
    Store store = engine.store();
    Instant now = engine.clock().instant();
    List<Feed> due = new ArrayList<>();
    for (Feed feed : store.feeds()) {
      FeedHealth health = store.feedHealth(feed.id()).orElse(FeedHealth.initial(feed.id()));
      if (feed.enabled() && (health.nextPoll() == null || !health.nextPoll().isAfter(now))) {
        due.add(feed);
      }
    }
    if (due.isEmpty() || stopping) {
      return 0;
    }
    CrawlMemory memory = url -> store.crawledUrl(url).map(c -> new CrawlMemory.Seen(c.firstFetched(), c.lastFetched(), c.itemTime()));
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelFeeds, due.size()), r -> new Thread(r, "wdn-poll"));
    CompletionService<Polled> polls = new ExecutorCompletionService<>(pool);
    AtomicInteger started = new AtomicInteger();
    BlockingQueue<Ready> ready = new LinkedBlockingQueue<>();
    for (Feed feed : due) {
      polls.submit(() -> stopping ? null : poll(feed, memory, started, ready));
    }
    pool.shutdown();
    // Articles go to the pipeline as they are read, in batches closed by size or by the age of
    // their oldest article, so a story is updated soon after its article is fetched even while
    // slow feeds are still being read. A feed's health waits until all its articles are stored.
    List<Ready> batch = new ArrayList<>();
    List<Polled> done = new ArrayList<>();
    int remaining = due.size();
    // A batch is enriched while the one before it is committed.
    CommitQueue commits = new CommitQueue(engine.pipeline(), true);
    try {
      while (remaining > 0) {
        Future<Polled> finished = next(polls, waitNanos(batch));
        if (finished != null) {
          remaining--;
          Polled p = result(finished);
          if (p != null) {
            done.add(p);
          }
        }
        ready.drainTo(batch);
        boolean full = batch.size() >= config.batchArticles();
        boolean old = !batch.isEmpty() && System.nanoTime() - batch.get(0).readNanos() >= config.batchDelay().toNanos();
        if (full || old || batch.isEmpty() && !done.isEmpty()) {
          store(commits, batch, done);
        }
      }
    } finally {
      ready.drainTo(batch);
      try {
        store(commits, batch, done);
      } finally {
        commits.close();
      }
    }
    forgetOldUrls(now);
    return started.get();
  }

  /** How long to wait for the next finished poll: until the oldest waiting article is due. */
  private long waitNanos(List<Ready> batch) {
    long delay = Math.max(config.batchDelay().toNanos(), MIN_WAIT_NANOS);
    if (batch.isEmpty()) {
      return Math.max(delay / 4, MIN_WAIT_NANOS);
    }
    return Math.max(delay - (System.nanoTime() - batch.get(0).readNanos()), MIN_WAIT_NANOS);
  }

  private Polled poll(Feed feed, CrawlMemory memory, AtomicInteger started, BlockingQueue<Ready> ready) {
    started.incrementAndGet();
    FeedHealth health = engine.store().feedHealth(feed.id()).orElse(FeedHealth.initial(feed.id()));
    String[] firstError = {null};
    PollResult r = engine.stages().ingestor().poll(feed, health.etag(), health.lastModified(), memory, () -> stopping, (Outcome<Article> o) -> {
      if (o.isOk()) {
        ready.add(new Ready(o.value(), System.nanoTime()));
      } else if (o.status() == Outcome.Status.FAILED && firstError[0] == null) {
        firstError[0] = o.describe();
      }
    });
    return new Polled(feed, health, r, firstError[0], engine.clock().instant());
  }

  /** The next finished poll, or null when none finished within {@code waitNanos}. */
  private static Future<Polled> next(CompletionService<Polled> polls, long waitNanos) {
    try {
      return polls.poll(waitNanos, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while polling feeds", e);
    }
  }

  /** What a finished poll read (null when it was skipped because the loop is stopping). */
  private static Polled result(Future<Polled> finished) {
    try {
      return finished.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while polling feeds", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a feed poll failed unexpectedly: " + e.getCause(), e.getCause());
    }
  }

  /**
   * Sends the waiting articles to the pipeline, then remembers the items of the finished polls
   * and saves their health once those articles are committed (every article of a finished poll is
   * in {@code batch} or an earlier batch: its poll queued them before it finished). Clears both
   * lists.
   */
  private void store(CommitQueue commits, List<Ready> batch, List<Polled> polled) {
    List<Polled> finished = List.copyOf(polled);
    polled.clear();
    if (batch.isEmpty()) {
      if (!finished.isEmpty()) {
        commits.drain();
        saveHealth(finished);
      }
      return;
    }
    List<Article> articles = new ArrayList<>(batch.size());
    batch.forEach(r -> articles.add(r.article()));
    long[] read = batch.stream().mapToLong(Ready::readNanos).toArray();
    batch.clear();
    commits.submit(articles, report -> {
      long end = System.nanoTime();
      long[] waited = Arrays.stream(read).map(r -> end - r).sorted().toArray();
      engine.console().info(String.format(Locale.ROOT, "crawl: %s; read to story: median %.2f s, slowest %.2f s", report.summary(),
          waited[waited.length / 2] / 1e9, waited[waited.length - 1] / 1e9));
      saveHealth(finished);
    });
  }

  private void saveHealth(List<Polled> polled) {
    Store store = engine.store();
    for (Polled p : polled) {
      List<CrawledUrl> remembered = new ArrayList<>();
      for (CrawledItem c : p.result().crawled()) {
        remembered.add(new CrawledUrl(c.url(), c.articleId(), c.fetched(), c.fetched(), c.itemTime()));
      }
      store.saveCrawled(remembered);
      store.saveFeedHealth(next(p.feed(), p.health(), p.result(), p.firstItemError(), p.at(), ThreadLocalRandom.current().nextDouble()));
      if (p.result().discoveredFeed() != null) {
        adoptDiscovered(p.feed(), p.result().discoveredFeed());
      }
    }
  }

  /** A configured page that led to its feed is replaced by the feed (or dropped if it is configured already). */
  private void adoptDiscovered(Feed page, String feedUrl) {
    Store store = engine.store();
    boolean known = store.feeds().stream().anyMatch(f -> f.url().equals(feedUrl));
    if (known) {
      store.removeFeed(page.id());
      engine.console().info("source " + page.id() + " (" + page.url() + ") advertises " + feedUrl + ", which is configured already: removed");
    } else {
      store.saveFeed(new Feed(page.id(), feedUrl, page.title(), page.outlet(), page.kind(), page.pollInterval(), page.enabled()));
      engine.console().info("source " + page.id() + ": " + page.url() + " advertises its feed " + feedUrl + "; polling that from now on");
    }
  }

  private void forgetOldUrls(Instant now) {
    if (Duration.between(lastForget, now).toHours() >= 1) {
      lastForget = now;
      engine.store().forgetCrawledBefore(now.minus(FORGET_AFTER));
    }
  }

  /** The feed's health after a poll: failures back off, successes adapt the interval. */
  static FeedHealth next(Feed feed, FeedHealth h, PollResult r, String firstItemError, Instant now, double random) {
    if (!r.ok()) {
      return PollSchedule.afterFailure(h, r, now, random);
    }
    double perDay = PollSchedule.itemsPerDay(h, r, now);
    Instant lastError = h.lastError();
    String lastErrorMessage = h.lastErrorMessage();
    if (r.failedItems() > 0) {
      lastError = now;
      lastErrorMessage = String.format(Locale.ROOT, "%d of %d items failed, e.g. %s", r.failedItems(),
          r.failedItems() + r.items() + r.unchanged(), firstItemError == null ? "?" : firstItemError);
    }
    boolean complete = r.complete();
    return new FeedHealth(h.feedId(), now, now, lastError, lastErrorMessage, 0, perDay,
        complete ? r.etag() : h.etag(), complete ? r.lastModified() : h.lastModified(),
        complete ? now.plus(PollSchedule.interval(feed, perDay, random)) : now);
  }
}
