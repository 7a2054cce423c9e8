package dev.worlddaily.bench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.worlddaily.app.config.StoreConfig;
import dev.worlddaily.app.config.Stores;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.store.DataDirectory;
import dev.worlddaily.store.Store;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code e2e --resume}: a run stopped halfway and resumed stores the same articles as one run
 * straight through with the same seed, from the progress file and, for a directory without one,
 * from the store itself; a resume with other options, or with nothing left to do, is refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class E2eResumeTest {
  private static final List<String> FAST = List.of("--vectors", "hashed", "--calibrate", "0", "--batch", "16", "--seed", "7");
  private static final int TOTAL = 80;

  private Path tmp;
  private Set<String> straight;

  @BeforeAll
  void runStraightThrough(@TempDir Path tmp) {
    this.tmp = tmp;
    Path dir = tmp.resolve("straight");
    assertEquals(0, e2e(dir, "--articles", Integer.toString(TOTAL)).code());
    straight = articleIds(dir);
    assertEquals(TOTAL, straight.size(), "one stored article per generated one in this stream");
  }

  @Test
  void aStoppedRunResumedFromItsProgressFileStoresWhatARunStraightThroughStores() throws Exception {
    Path dir = tmp.resolve("halves");
    assertEquals(0, e2e(dir, "--articles", "40").code());
    assertTrue(Files.readString(dir.resolve(E2eProgress.FILE)).contains("generated=40"));
    Run resumed = e2e(dir, "--articles", Integer.toString(TOTAL), "--resume", "--progress-every", "20");
    assertEquals(0, resumed.code(), resumed.err());
    assertTrue(resumed.out().contains("resuming at article 40 of 80"), resumed.out());
    assertTrue(resumed.out().contains("found from the progress file"), resumed.out());
    assertTrue(resumed.out().contains("articles 41 to 80 of the run"), resumed.out());
    assertEquals(straight, articleIds(dir));
    assertEveryArticleHasAStory(dir);
    assertTrue(Files.readString(dir.resolve(E2eProgress.FILE)).contains("generated=80"));

    Run done = e2e(dir, "--articles", Integer.toString(TOTAL), "--resume");
    assertEquals(2, done.code());
    assertTrue(done.err().contains("nothing to resume in " + dir + ": its run took 80 articles, --articles asks 80"), done.err());
  }

  @Test
  void aDirectoryWithoutProgressFileResumesFromItsNewestStoredArticleAndRepairsItsLastBatch() throws Exception {
    Path dir = tmp.resolve("old");
    assertEquals(0, e2e(dir, "--articles", "40").code());
    // As a run written before the progress file, killed inside its last batch: the newest
    // articles stored, not yet clustered.
    Files.delete(dir.resolve(E2eProgress.FILE));
    List<String> newest = newestIds(dir, 5);
    try (Connection c = DriverManager.getConnection(DataDirectory.open(dir).jdbcUrl()); Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE articles SET story_id = NULL WHERE id IN ('" + String.join("','", newest) + "')");
    }
    Run resumed = e2e(dir, "--articles", Integer.toString(TOTAL), "--resume");
    assertEquals(0, resumed.code(), resumed.err());
    assertTrue(resumed.out().contains("found from the store (no e2e.progress): 40 stored articles"), resumed.out());
    assertTrue(resumed.out().contains("unfinished batch repaired"), resumed.out());
    assertEquals(straight, articleIds(dir));
    assertEveryArticleHasAStory(dir);
    assertFalse(Files.exists(dir.resolve(E2eBench.BATCH_JOURNAL)), "the repair finished its journal");

    Files.delete(dir.resolve(E2eProgress.FILE));
    Run otherSeed = e2e(dir, "--articles", "300", "--resume", "--seed", "8");
    assertEquals(2, otherSeed.code());
    assertTrue(otherSeed.err().startsWith("e2e: cannot resume " + dir + ": "), otherSeed.err());
    assertTrue(otherSeed.err().contains("--seed 8 --outlets 40 --per-day 100000"), otherSeed.err());
  }

  @Test
  void aResumeWithOtherOptionsThanTheStoredRunIsRefused() {
    Path dir = tmp.resolve("mismatch");
    assertEquals(0, e2e(dir, "--articles", "20").code());
    Run seed = e2e(dir, "--articles", "40", "--resume", "--seed", "8");
    assertEquals(2, seed.code());
    assertRefused("e2e: cannot resume " + dir + ": --seed 8 differs from the stored run's 7", seed);
    Run outlets = e2e(dir, "--articles", "40", "--resume", "--outlets", "30");
    assertRefused("e2e: cannot resume " + dir + ": --outlets 30 differs from the stored run's 40", outlets);
    Run perDay = e2e(dir, "--articles", "40", "--resume", "--per-day", "5000");
    assertRefused("e2e: cannot resume " + dir + ": --per-day 5000 differs from the stored run's 100000", perDay);
  }

  @Test
  void thereIsNothingToResumeWithoutDataOrStoredArticles() throws Exception {
    Run noData = run("e2e", "--resume", "--articles", "10");
    assertEquals(2, noData.code());
    assertRefused("e2e: --resume needs --data DIR, the directory of the run to continue", noData);
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Run nothing = e2e(empty, "--articles", "10", "--resume");
    assertEquals(2, nothing.code());
    assertRefused("e2e: nothing to resume in " + empty + ": it has no stored articles", nothing);
  }

  /** The run exited 2 with this line on its error output (beside any log lines). */
  private static void assertRefused(String line, Run run) {
    assertEquals(2, run.code(), run.out());
    assertTrue(run.err().lines().anyMatch(line::equals), run.err());
  }

  private static void assertEveryArticleHasAStory(Path dir) {
    try (Store store = open(dir)) {
      for (AnnotatedArticle a : store.annotatedArticlesSince(Instant.EPOCH)) {
        String storyId = store.storyIdOf(a.id()).orElseThrow(() -> new AssertionError("no story for " + a.id()));
        assertTrue(store.story(storyId).isPresent(), "story " + storyId + " of " + a.id() + " was never written");
      }
    }
  }

  private static Set<String> articleIds(Path dir) {
    try (Store store = open(dir)) {
      Set<String> ids = new TreeSet<>();
      store.annotatedArticlesSince(Instant.EPOCH).forEach(a -> ids.add(a.id()));
      assertEquals(store.articleCount(), ids.size());
      return ids;
    }
  }

  private static List<String> newestIds(Path dir, int n) {
    try (Store store = open(dir)) {
      List<AnnotatedArticle> all = store.annotatedArticlesSince(Instant.EPOCH);
      return all.subList(all.size() - n, all.size()).stream().map(AnnotatedArticle::id).toList();
    }
  }

  private static Store open(Path dir) {
    return Stores.open(StoreConfig.defaults(), DataDirectory.open(dir), Clock.systemUTC());
  }

  private static Run e2e(Path dir, String... args) {
    List<String> all = new ArrayList<>(List.of("e2e", "--data", dir.toString()));
    all.addAll(FAST);
    // A later option wins, so a test can give another seed.
    all.addAll(List.of(args));
    return run(all.toArray(String[]::new));
  }

  /** What a run printed and its exit code. */
  private record Run(int code, String out, String err) {}

  private static synchronized Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
      int code = new CommandLine(new dev.worlddaily.bench.BenchMain()).setOverwrittenOptionsAllowed(true).execute(Stream.of(args).toArray(String[]::new));
      return new Run(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }
}
