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
import java.util.Iterator;
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

/**
 * The main job's polling. {@link #run()} polls every feed when its next poll is due, without
 * rounds: a feed is polled again only once its health from the last poll is saved, several feeds
 * at once ({@code pipeline.crawlPolls}; the fetcher keeps one request per host and at most {@code
 * ingest.globalConcurrency} in flight), and no new
 * poll starts while a batch's worth of articles is waiting for the pipeline (the crawl slows to
 * what the pipeline carries instead of piling articles up). Polls are conditional (ETag,
 * Last-Modified) and fetch only items the crawl memory does not know or that are due for a
 * revisit. Articles go through the pipeline as they are read, in batches of at most {@code
 * pipeline.batchArticles} that wait at most {@code pipeline.batchDelay} for company (each enriched
 * while the one before is committed, see {@link CommitQueue}), and a feed's health (validators,
 * next poll) is saved only after its articles are stored, so a process killed at any point loses
 * nothing: a restart resumes where it stopped, without fetching everything again. {@link #stop()}
 * lets the polls in flight finish (items not yet fetched wait for the next run) and stores what
 * they read. {@link #pollDue()} is one pass over the feeds due now.
 */
final class CrawlLoop {
  private static final long MIN_WAIT_NANOS = 10_000_000L;
  /** The longest the loop sleeps before looking at the schedule (and at {@link #stop()}) again. */
  private static final long MAX_IDLE_NANOS = 1_000_000_000L;
  /** How often the feeds are read again from the store (sources added, changed or removed meanwhile). */
  private static final long REFRESH_NANOS = 1_000_000_000L;
  private static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(30);
  /** How often the running crawl logs where it stands. */
  private static final long STATUS_NANOS = 60_000_000_000L;
  private static final Duration FORGET_AFTER = Duration.ofDays(30);

  private final Engine engine;
  private final int parallelFeeds;
  private final PipelineConfig config;
  private final CrawlSchedule schedule = new CrawlSchedule();
  private volatile boolean stopping;
  private long lastRefreshNanos;
  private Instant lastForget = Instant.EPOCH;

  CrawlLoop(Engine engine) {
    this.engine = engine;
    this.parallelFeeds = engine.pipelineConfig().crawlPolls();
    this.config = engine.pipelineConfig();
    this.lastRefreshNanos = System.nanoTime() - REFRESH_NANOS;
  }

  /** Asks the loop to stop: polls in flight finish and are stored; no new poll starts. */
  void stop() {
    stopping = true;
  }

  /** One polled feed, waiting for its health to be saved once its articles are stored. */
  private record Polled(Feed feed, FeedHealth health, PollResult result, String firstItemError, Instant at) {}

  /** An article read by a poll, with when it was read, waiting for the pipeline. */
  private record Ready(Article article, long readNanos) {}

  /**
   * Polls until {@link #stop()}: each feed when it falls due. A failure of the pipeline or the
   * store is reported and the crawl starts again after a pause; what it had not stored is fetched
   * again (a feed's health is saved only after its articles).
   */
  void run() {
    while (!stopping) {
      try {
        crawl();
      } catch (RuntimeException e) {
        if (stopping || Thread.currentThread().isInterrupted()) {
          return;
        }
        engine.console().error("crawl failed: " + e.getMessage() + "; polling again in " + RETRY_AFTER_FAILURE.toSeconds()
            + " s (what was not stored is fetched again)");
        schedule.releaseAll();
        pause(RETRY_AFTER_FAILURE);
      }
    }
  }

  private void crawl() {
    try (Session s = new Session()) {
      long lastStatus = System.nanoTime();
      int lastPolls = 0;
      int lastRead = 0;
      while (!stopping || s.inFlight > 0) {
        long wait = MAX_IDLE_NANOS;
        if (!stopping) {
          Instant now = engine.clock().instant();
          if (System.nanoTime() - lastRefreshNanos >= REFRESH_NANOS) {
            lastRefreshNanos = System.nanoTime();
            schedule.refresh(engine.store(), false);
          }
          List<Feed> due = new ArrayList<>();
          wait = Math.min(wait, nanosUntil(now, schedule.due(now, due)));
          int waiting = due.size();
          for (Feed feed : due) {
            if (!s.canStart()) {
              break;
            }
            s.start(feed);
            waiting--;
          }
          forgetOldUrls(now);
          if (System.nanoTime() - lastStatus >= STATUS_NANOS) {
            engine.console().info(String.format(Locale.ROOT,
                "crawl: %d feeds; last minute %d polls, %d articles read; now %d polls in flight, %d feeds due and waiting, %d articles waiting for the pipeline",
                schedule.size(), s.started - lastPolls, s.read - lastRead, s.inFlight, waiting, s.waitingArticles()));
            lastStatus = System.nanoTime();
            lastPolls = s.started;
            lastRead = s.read;
          }
        }
        s.step(wait);
      }
    }
  }

  /**
   * Polls every feed due now once, and returns when their articles and health are stored; returns
   * how many polls ran.
   */
  int pollDue() {
    schedule.refresh(engine.store(), true);
    Instant now = engine.clock().instant();
    List<Feed> due = new ArrayList<>();
    schedule.due(now, due);
    if (due.isEmpty() || stopping) {
      return 0;
    }
    int started;
    try (Session s = new Session()) {
      Iterator<Feed> next = due.iterator();
      while (next.hasNext() || s.inFlight > 0) {
        while (next.hasNext() && s.canStart()) {
          s.start(next.next());
        }
        if (stopping && s.inFlight == 0) {
          break;
        }
        s.step(MAX_IDLE_NANOS);
      }
      started = s.started;
    }
    forgetOldUrls(now);
    return started;
  }

  /** How long to sleep until {@code next} (null: nothing scheduled), within the loop's bounds. */
  private static long nanosUntil(Instant now, Instant next) {
    return next == null ? MAX_IDLE_NANOS : Math.max(MIN_WAIT_NANOS, Math.min(MAX_IDLE_NANOS, Duration.between(now, next).toNanos()));
  }

  private void pause(Duration d) {
    long end = System.nanoTime() + d.toNanos();
    while (!stopping && System.nanoTime() < end) {
      try {
        Thread.sleep(Math.min(TimeUnit.NANOSECONDS.toMillis(MAX_IDLE_NANOS), Math.max(1, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime()))));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /**
   * The polls of one crawl: the threads that poll, the articles they read, the batch being
   * filled, the finished polls waiting for their articles to be stored, and the pipeline.
   */
  private final class Session implements AutoCloseable {
    private final ExecutorService pool = Executors.newFixedThreadPool(parallelFeeds, r -> new Thread(r, "wdn-poll"));
    private final CompletionService<Polled> polls = new ExecutorCompletionService<>(pool);
    private final BlockingQueue<Ready> ready = new LinkedBlockingQueue<>();
    private final List<Ready> batch = new ArrayList<>();
    private final List<Polled> done = new ArrayList<>();
    // A batch is enriched while the one before it is committed.
    private final CommitQueue commits = new CommitQueue(engine.pipeline(), true);
    private final CrawlMemory memory;
    int inFlight;
    int started;
    /** Articles sent to the pipeline. */
    int read;

    Session() {
      Store store = engine.store();
      memory = url -> store.crawledUrl(url).map(c -> new CrawlMemory.Seen(c.firstFetched(), c.lastFetched(), c.itemTime()));
    }

    /** A poll may start: not stopping, a thread free, and the pipeline not a batch behind. */
    boolean canStart() {
      return !stopping && inFlight < parallelFeeds && waitingArticles() < config.batchArticles();
    }

    /** Articles read and not yet sent to the pipeline. */
    int waitingArticles() {
      return ready.size() + batch.size();
    }

    void start(Feed feed) {
      schedule.claim(feed.id());
      inFlight++;
      started++;
      polls.submit(() -> poll(feed, memory, ready));
    }

    /**
     * Waits up to {@code maxWaitNanos}, and no longer than the oldest waiting article may wait,
     * for a poll to finish; then sends the waiting articles on if they fill a batch or the oldest
     * has waited long enough, and saves the health of finished polls whose articles are stored.
     */
    void step(long maxWaitNanos) {
      Future<Polled> finished = next(polls, Math.min(maxWaitNanos, waitNanos(batch)));
      if (finished != null) {
        inFlight--;
        done.add(result(finished));
      }
      // Articles go to the pipeline as they are read, in batches closed by size or by the age of
      // their oldest article, so a story is updated soon after its article is fetched even while
      // slow feeds are still being read. A feed's health waits until all its articles are stored.
      ready.drainTo(batch);
      boolean full = batch.size() >= config.batchArticles();
      boolean old = !batch.isEmpty() && System.nanoTime() - batch.get(0).readNanos() >= config.batchDelay().toNanos();
      if (full || old || batch.isEmpty() && !done.isEmpty()) {
        send();
      }
    }

    private void send() {
      read += batch.size();
      store(commits, batch, done);
    }

    /** Stores what was read, then stops the pipeline's commit thread and the poll threads. */
    @Override
    public void close() {
      try {
        ready.drainTo(batch);
        send();
      } finally {
        try {
          commits.close();
        } finally {
          pool.shutdown();
        }
      }
    }
  }

  /** How long to wait for the next finished poll: until the oldest waiting article is due. */
  private long waitNanos(List<Ready> batch) {
    long delay = Math.max(config.batchDelay().toNanos(), MIN_WAIT_NANOS);
    if (batch.isEmpty()) {
      return Math.max(delay / 4, MIN_WAIT_NANOS);
    }
    return Math.max(delay - (System.nanoTime() - batch.get(0).readNanos()), MIN_WAIT_NANOS);
  }

  private Polled poll(Feed feed, CrawlMemory memory, BlockingQueue<Ready> ready) {
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

  /** What a finished poll read. */
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
      FeedHealth health = PollSchedule.next(p.feed(), p.health(), p.result(), p.firstItemError(), p.at(), ThreadLocalRandom.current().nextDouble());
      store.saveFeedHealth(health);
      if (p.result().discoveredFeed() != null) {
        adoptDiscovered(p.feed(), p.result().discoveredFeed());
      }
      schedule.release(p.feed().id(), health.nextPoll());
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
}
