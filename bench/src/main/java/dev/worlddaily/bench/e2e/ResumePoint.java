package dev.worlddaily.bench.e2e;

import dev.worlddaily.app.pipeline.StoryPipeline;
import dev.worlddaily.extract.DocumentExtractor;
import dev.worlddaily.extract.ExtractConfig;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.Outcome;
import dev.worlddaily.model.Progress;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.store.SearchIndex;
import dev.worlddaily.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a resumed e2e run ({@code --resume}) continues the synthetic stream of the run that
 * filled its data directory: from the directory's progress file ({@link E2eProgress}) when there
 * is one, else derived from the store itself, for directories written before there was one.
 *
 * <p>The derivation rests on how the run stores: the stream comes in order of publication time;
 * one feeder puts its articles in one queue in that order; batches are committed one at a time in
 * the order taken, and each commits its articles sorted by time. So when a process dies, every
 * article published before the newest stored one (at the store's one-second resolution, {@code
 * time_key}) is stored, or was dropped as a duplicate or failed extraction, and none after it is.
 * The run continues at the first article of the stream in the newest stored second; the ones of
 * that second already stored come again and are dropped as unchanged by the pipeline's dedup.
 * The newest stored second must hold an article of the stream, and the articles just before it
 * must be stored: otherwise the directory was made with other options, and resuming is refused.
 *
 * @param generated articles of the stream to skip (already through the pipeline)
 * @param lastPublished the simulated clock where the run stopped
 * @param source how the position was found, for the run's output
 * @param repairIds for a derived position, the stored articles of the last batches, to be
 *     repaired as the batch journal's would be (the older runs kept no journal); else empty
 */
record ResumePoint(long generated, Instant lastPublished, String source, List<String> repairIds) {
  /** Articles just before the resumed position whose ids are looked up in the store. */
  private static final int CHECKED = 16;

  /** Why a run cannot be resumed, in one line. */
  static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message);
    }
  }

  /**
   * @param wanted the options of the resumed run (its {@code generated} is ignored)
   * @param articles the run's total, which the stored part must not have reached
   * @param batch the most articles of one batch (how far back a killed batch can reach)
   */
  static ResumePoint find(Path dir, Store store, E2eProgress wanted, long articles, int batch, Instant start) {
    long stored = store.articleCount();
    Optional<Instant> newest = store.newestArticleTime();
    if (stored == 0 || newest.isEmpty()) {
      throw new Refused("nothing to resume in " + dir + ": it has no stored articles");
    }
    Optional<E2eProgress> file = E2eProgress.read(dir);
    if (file.isPresent()) {
      String mismatch = file.get().mismatch(wanted);
      if (mismatch != null) {
        throw new Refused("cannot resume " + dir + ": " + mismatch);
      }
      if (file.get().generated() >= articles) {
        throw new Refused("nothing to resume in " + dir + ": its run took " + file.get().generated() + " articles, --articles asks " + articles);
      }
      return new ResumePoint(file.get().generated(), file.get().lastPublished(), "the progress file " + E2eProgress.FILE, List.of());
    }
    return derive(dir, store, wanted, articles, batch, start, newest.get());
  }

  private static ResumePoint derive(Path dir, Store store, E2eProgress wanted, long articles, int batch, Instant start, Instant newest) {
    long second = newest.getEpochSecond();
    SyntheticNewsStream stream = new SyntheticNewsStream(wanted.seed(), wanted.outlets(), articles, wanted.perDay(), start);
    int keep = Math.max(CHECKED, 2 * batch);
    ArrayDeque<SyntheticNewsStream.Due> recent = new ArrayDeque<>(keep + 1);
    while (stream.hasNext() && stream.peekTime().getEpochSecond() < second) {
      recent.addLast(stream.skip());
      if (recent.size() > keep) {
        recent.removeFirst();
      }
    }
    String options = "--seed " + wanted.seed() + " --outlets " + wanted.outlets() + " --per-day " + wanted.perDay();
    if (!stream.hasNext()) {
      throw new Refused("nothing to resume in " + dir + ": its newest article (" + newest + ") comes after the first " + articles
          + " articles of the stream of " + options);
    }
    if (stream.peekTime().getEpochSecond() != second) {
      throw new Refused("cannot resume " + dir + ": its newest article (" + newest + ") is not one of the stream of " + options
          + "; give the options of the run that made it");
    }
    checkStored(dir, store, stream, recent, options);
    List<String> repair = new ArrayList<>();
    // The batch a killed process left half written began at most `batch` articles back.
    Instant since = recent.isEmpty() ? newest : Instant.ofEpochSecond(recent.peekFirst().at().getEpochSecond());
    for (AnnotatedArticle a : store.annotatedArticlesSince(since)) {
      repair.add(a.id());
    }
    return new ResumePoint(stream.emitted(), newest, "the store (no " + E2eProgress.FILE + "): " + store.articleCount()
        + " stored articles, the newest published " + newest + "; " + repair.size() + " articles of the last batches repaired as a journal's; --vectors " + wanted.vectors()
        + " taken as given (not recorded there)", repair);
  }

  /** The last articles before the position must be stored, or this is another stream. */
  private static void checkStored(Path dir, Store store, SyntheticNewsStream stream, ArrayDeque<SyntheticNewsStream.Due> recent, String options) {
    DocumentExtractor extractor = new DocumentExtractor(ExtractConfig.defaults());
    List<SyntheticNewsStream.Due> last = new ArrayList<>(recent).subList(Math.max(0, recent.size() - CHECKED), recent.size());
    int found = 0;
    for (SyntheticNewsStream.Due d : last) {
      Outcome<Article> o = E2eBench.extract(extractor, stream.page(d));
      if (o.isOk() && store.article(o.value().id()).isPresent()) {
        found++;
      }
    }
    // Dedup may drop the odd one; a stream of other options matches none.
    if (found * 2 < last.size()) {
      throw new Refused("cannot resume " + dir + ": only " + found + " of the " + last.size() + " articles before its newest one in the stream of "
          + options + " are stored; give the options of the run that made it");
    }
  }

  /**
   * Brings the pipeline to where {@code wdn run} has it after a restart: the clusterer's open
   * stories and the copy index replayed from the store ({@link StoryPipeline#restore()}), the
   * batch a killed process left unfinished repaired ({@link StoryPipeline#recover()}: from the
   * journal the run kept, or for a derived position from the articles of its last batches), and
   * the search index rebuilt if it is behind the database. Returns what was done, in one line.
   */
  String restore(StoryPipeline pipeline, Store store, SearchIndex index, Path journal) {
    long t0 = System.nanoTime();
    if (!repairIds.isEmpty() && !Files.exists(journal)) {
      // BatchJournal's format: the ids of the unfinished batch, one a line.
      try {
        Files.write(journal, (String.join("\n", repairIds) + "\n").getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + journal, e);
      }
    }
    int restored = pipeline.restore();
    long t1 = System.nanoTime();
    int rewritten = pipeline.recover();
    boolean rebuilt = rewritten >= 0;
    if (!rebuilt && index.isBehind(store)) {
      index.rebuild(store, Progress.NONE);
      rebuilt = true;
    }
    return String.format(Locale.ROOT, "clustering state restored from %d stored articles in %.1f s; %s; %.1f s in all", restored, (t1 - t0) / 1e9,
        rewritten >= 0 ? "unfinished batch repaired (" + rewritten + " stories rewritten, search index rebuilt)"
            : rebuilt ? "no unfinished batch, search index rebuilt (it was behind the database)" : "no unfinished batch, search index up to date",
        (System.nanoTime() - t0) / 1e9);
  }
}
