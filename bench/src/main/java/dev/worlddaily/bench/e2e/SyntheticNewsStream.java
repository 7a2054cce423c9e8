package dev.worlddaily.bench.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * Synthetic news in publication order: events break at a steady rate ({@code articlesPerDay}
 * articles a day in all), and each event's articles follow over the next hours and days from
 * different outlets; about one article in twenty is a wire copy that another outlet reprints
 * word for word. Pages are written when they are taken, so a million of them never sit in
 * memory at once: only the articles already scheduled (about two days' worth of small records).
 * Articles come in order of publication time (never earlier than the one before), which is what
 * lets a resumed run find its place from the newest stored article ({@link ResumePoint}).
 */
final class SyntheticNewsStream implements Iterator<SyntheticArticleWriter.Page> {
  /** An article due to be published; {@link #page} writes it. */
  record Due(Instant at, SyntheticWorld.Event event, int version, SyntheticWorld.Outlet outlet, SyntheticWorld.Outlet author) {}

  private final SyntheticWorld world;
  private final SyntheticArticleWriter writer = new SyntheticArticleWriter();
  private final PriorityQueue<Due> due = new PriorityQueue<>((a, b) -> a.at().compareTo(b.at()));
  private final Random random;
  private final long total;
  private final double secondsPerArticle;
  private Instant nextEventAt;
  private long emitted;

  SyntheticNewsStream(long seed, int outlets, long total, int articlesPerDay, Instant start) {
    this.world = new SyntheticWorld(seed, outlets);
    this.random = new Random(seed ^ 0x5DEECE66DL);
    this.total = total;
    this.secondsPerArticle = 86_400.0 / articlesPerDay;
    this.nextEventAt = start;
  }

  @Override
  public boolean hasNext() {
    return emitted < total;
  }

  @Override
  public SyntheticArticleWriter.Page next() {
    return page(skip());
  }

  /**
   * Takes the next article without writing its page: the stream goes on exactly as after {@link
   * #next()} (a page's text comes from its own seeded random, never from the stream's), so a
   * resumed run fast-forwards to where it stopped at the cost of scheduling alone.
   */
  Due skip() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    scheduleAhead();
    emitted++;
    return due.poll();
  }

  /** The publication time of the next article, without taking it. */
  Instant peekTime() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    scheduleAhead();
    return due.peek().at();
  }

  /** Articles taken so far. */
  long emitted() {
    return emitted;
  }

  /** The page of an article taken by {@link #skip()}. */
  SyntheticArticleWriter.Page page(Due d) {
    return writer.write(d.event(), d.outlet(), d.version(), d.at(), d.author());
  }

  private void scheduleAhead() {
    // Keep breaking events until the earliest scheduled article comes before the next event.
    while (due.isEmpty() || !due.peek().at().isBefore(nextEventAt)) {
      schedule(world.nextEvent(nextEventAt));
    }
  }

  private void schedule(SyntheticWorld.Event e) {
    List<SyntheticWorld.Outlet> outlets = new ArrayList<>(world.outlets());
    java.util.Collections.shuffle(outlets, random);
    List<Due> scheduled = new ArrayList<>();
    for (int i = 0; i < e.articles(); i++) {
      SyntheticWorld.Outlet outlet = outlets.get(i % outlets.size());
      // Most coverage comes within hours, some a day or two later.
      long delay = i == 0 ? 0 : (long) Math.min(3 * 86_400, Math.exp(random.nextGaussian() * 1.2 + 8.5));
      Instant at = e.at().plusSeconds(delay);
      boolean wireCopy = i > 0 && random.nextInt(20) == 0;
      SyntheticWorld.Outlet author = wireCopy ? scheduled.get(0).outlet() : outlet;
      scheduled.add(new Due(wireCopy ? at.plusSeconds(60) : at, e, wireCopy ? 0 : i, outlet, author));
    }
    due.addAll(scheduled);
    // The next event breaks after as much time as this one's articles take of the daily volume.
    nextEventAt = nextEventAt.plus(Duration.ofMillis((long) (e.articles() * secondsPerArticle * 1000)));
  }
}
