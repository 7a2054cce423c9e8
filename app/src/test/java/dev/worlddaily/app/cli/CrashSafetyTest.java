package dev.worlddaily.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.story.Source;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.store.DataDirectory;
import dev.worlddaily.store.JdbcStore;
import dev.worlddaily.store.LuceneSearchIndex;
import dev.worlddaily.store.SearchHit;
import dev.worlddaily.store.SearchQuery;
import dev.worlddaily.store.StoryQuery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety of ingestion: the real {@code wdn ingest}, in a child JVM, reads a large local
 * corpus from 127.0.0.1 and is killed with SIGKILL twice while it writes (a quarter and then
 * two thirds of the way through), then run to the end. Afterwards every article is stored once,
 * belongs to exactly one story, every story cites exactly its stored articles, and the search
 * index agrees with the database; and the stories are the same as those of a run never killed.
 */
class CrashSafetyTest {
  @TempDir Path killed;
  @TempDir Path uninterrupted;
  @TempDir Path logs;

  @Test
  void sigkillDuringIngestionLosesNothingAndDuplicatesNothing() throws Exception {
    try (CrashCorpus corpus = new CrashCorpus(40, 6)) {
      int n = corpus.articles;
      assertThat(n).as("a large corpus").isGreaterThan(200);

      Process first = wdn(killed, corpus, "first");
      long atKill = waitForArticles(killed, n / 4, first);
      assertThat(first.isAlive()).as("still running when killed: " + log("first")).isTrue();
      assertThat(killAndWait(first)).as("killed by SIGKILL, not stopped").isEqualTo(137);
      assertThat(atKill).as("killed mid-ingestion").isLessThan(n);

      Process second = wdn(killed, corpus, "second");
      long atSecondKill = waitForArticles(killed, (2L * n) / 3, second);
      int secondExit = killAndWait(second);
      if (atSecondKill < n) {
        assertThat(secondExit).isEqualTo(137);
      }

      Process third = wdn(killed, corpus, "third");
      assertThat(third.waitFor(10, TimeUnit.MINUTES)).as("the last run finishes").isTrue();
      assertThat(third.exitValue()).as(log("third")).isZero();
      if (atSecondKill < n) {
        assertThat(log("third")).as("the second run was killed inside its batch").contains("the last run stopped inside a batch");
      }

      Map<String, Set<String>> afterCrashes = checkConsistent(killed, n);

      Process control = wdn(uninterrupted, corpus, "control");
      assertThat(control.waitFor(10, TimeUnit.MINUTES)).isTrue();
      assertThat(control.exitValue()).as(log("control")).isZero();
      Map<String, Set<String>> clean = checkConsistent(uninterrupted, n);
      assertThat(new HashSet<>(afterCrashes.values())).as("the same stories as a run never killed").isEqualTo(new HashSet<>(clean.values()));
      System.out.printf(java.util.Locale.ROOT, "crash safety: %d articles; killed at %d and %d stored; %d stories, as in the run never killed%n",
          n, atKill, atSecondKill, afterCrashes.size());
    }
  }

  /** Starts {@code wdn ingest} on every feed of the corpus in a child JVM, its output in a log. */
  Process wdn(Path data, CrashCorpus corpus, String name) throws IOException {
    List<String> command = new ArrayList<>(List.of(javaBinary(), "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector",
        "-Xmx1g", "-cp", classPath(), "dev.worlddaily.app.Main", "ingest", "--data", data.toString(), "--allow-private-addresses",
        "--set", "ingest.minDelay=0s"));
    command.addAll(corpus.feedUrls());
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logs.resolve(name + ".log").toFile()).start();
  }

  String log(String name) throws IOException {
    return Files.readString(logs.resolve(name + ".log"));
  }

  static String javaBinary() {
    return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  /**
   * The test class path, so the child runs the code under test, as one manifest-only jar (as
   * the launcher's {@code -jar wdn.jar} does): started with the same entries as a long
   * {@code -cp}, the JVM crashed with SIGSEGV here while the embedding model loaded, before any
   * kill.
   */
  String classPath() throws IOException {
    String[] entries = System.getProperty("java.class.path").split(java.io.File.pathSeparator);
    if (entries.length == 1) {
      return entries[0]; // Surefire's own manifest-only jar
    }
    StringBuilder urls = new StringBuilder();
    for (String e : entries) {
      urls.append(' ').append(Path.of(e).toUri());
    }
    java.util.jar.Manifest m = new java.util.jar.Manifest();
    m.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
    m.getMainAttributes().put(java.util.jar.Attributes.Name.CLASS_PATH, urls.toString().strip());
    Path jar = logs.resolve("classpath.jar");
    try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar), m)) {
      // the manifest is all
    }
    return jar.toString();
  }

  /** Waits until the child has stored {@code count} articles (or exited); returns how many it had. */
  static long waitForArticles(Path data, long count, Process p) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    long stored = 0;
    while (System.nanoTime() < deadline && p.isAlive()) {
      stored = storedArticles(data);
      if (stored >= count) {
        return stored;
      }
      Thread.sleep(50);
    }
    return storedArticles(data);
  }

  static long storedArticles(Path data) {
    Path db = data.resolve("wdn.db");
    if (!Files.exists(db)) {
      return 0;
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + db + "?mode=ro");
        ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM articles")) {
      return r.next() ? r.getLong(1) : 0;
    } catch (SQLException e) {
      return 0; // not created yet, or being migrated
    }
  }

  /** SIGKILL (destroyForcibly on Unix): no shutdown hook, no flush, no close. */
  static int killAndWait(Process p) throws InterruptedException {
    p.toHandle().destroyForcibly();
    return p.waitFor();
  }

  /** Checks the data directory and returns its stories as story id -> article ids. */
  static Map<String, Set<String>> checkConsistent(Path dir, int expectedArticles) {
    DataDirectory data = DataDirectory.open(dir);
    assertThat(data.root().resolve(Engine.BATCH_JOURNAL)).as("no unfinished batch left").doesNotExist();
    try (JdbcStore store = JdbcStore.openSqlite(data, Clock.systemUTC()); LuceneSearchIndex index = LuceneSearchIndex.open(data.index())) {
      List<AnnotatedArticle> all = store.annotatedArticlesSince(Instant.EPOCH);
      assertThat(store.articleCount()).as("no article lost or duplicated").isEqualTo(expectedArticles);
      assertThat(all).hasSize(expectedArticles);
      assertThat(all.stream().map(a -> a.article().canonicalUrl()).distinct().count()).as("distinct URLs").isEqualTo(expectedArticles);
      assertThat(all.stream().map(a -> a.article().contentHash()).distinct().count()).as("distinct texts").isEqualTo(expectedArticles);

      Map<String, Set<String>> stories = new HashMap<>();
      List<Story> listed = store.stories(new StoryQuery(true, null, null, null, null, null, 0, 10_000));
      assertThat(listed).hasSize((int) store.storyCount(true));
      for (Story s : listed) {
        Set<String> members = new TreeSet<>(store.articleIdsOf(s.id()));
        Set<String> cited = new TreeSet<>(s.sources().stream().map(Source::articleId).toList());
        assertThat(cited).as("story %s lists exactly its stored articles as sources", s.id()).isEqualTo(members);
        assertThat(members).as("story %s has articles", s.id()).isNotEmpty();
        stories.put(s.id(), members);
      }
      Set<String> assigned = new HashSet<>();
      stories.values().forEach(m -> m.forEach(id -> assertThat(assigned.add(id)).as("article %s in one story only", id).isTrue()));
      for (AnnotatedArticle a : all) {
        assertThat(store.storyIdOf(a.id())).as("article %s has a story", a.id()).isPresent();
        assertThat(assigned).as("article %s is in a listed story", a.id()).contains(a.id());
      }

      assertThat(index.isBehind(store)).as("search index agrees with the database").isFalse();
      assertThat(index.storyCount()).isEqualTo(store.storyCount(true));
      assertThat(index.articleCount()).isEqualTo(store.articleCount());
      for (Story s : listed) {
        List<SearchHit> hits = index.search(new SearchQuery(s.headline(), null, null, null, null, null, true, 0, 50)).hits();
        assertThat(hits).as("story %s found by its headline with the stored version's text", s.id())
            .anySatisfy(h -> {
              assertThat(h.storyId()).isEqualTo(s.id());
              assertThat(h.headline()).isEqualTo(s.headline());
            });
      }
      return stories;
    }
  }
}
