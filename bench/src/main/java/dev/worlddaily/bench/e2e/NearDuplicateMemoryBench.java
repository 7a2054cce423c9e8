package dev.worlddaily.bench.e2e;

import dev.worlddaily.ingest.NearDuplicateIndex;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Heap the near-duplicate index holds per remembered article: articles of 500 random words from
 * a 5,000-word vocabulary are added, and the heap after a full collection is compared with the
 * heap before (article ids included, as the pipeline holds them).
 */
@Command(name = "near-duplicates", mixinStandardHelpOptions = true, description = "Heap bytes per article of the near-duplicate index.")
public final class NearDuplicateMemoryBench implements Callable<Integer> {
  @Option(names = "--articles", defaultValue = "65536") int articles;
  @Option(names = "--max-entries", defaultValue = "" + NearDuplicateIndex.DEFAULT_MAX_ENTRIES) int maxEntries;

  @Override
  public Integer call() throws InterruptedException {
    Random r = new Random(1);
    String[] words = new String[5000];
    for (int i = 0; i < words.length; i++) {
      words[i] = Long.toString(r.nextLong() & 0xffffffffL, 36);
    }
    long before = usedAfterGc();
    NearDuplicateIndex index = new NearDuplicateIndex(0.6, maxEntries);
    for (int i = 0; i < articles; i++) {
      StringBuilder b = new StringBuilder();
      for (int w = 0; w < 500; w++) {
        b.append(words[r.nextInt(words.length)]).append(' ');
      }
      index.add("a" + i, "o" + (i % 40), b.toString());
    }
    long after = usedAfterGc();
    System.out.printf(Locale.ROOT, "%d articles added, %d remembered: %.0f MiB, %.0f bytes per article added%n",
        articles, index.size(), (after - before) / 1048576.0, (after - before) / (double) articles);
    return index.size() > 0 ? 0 : 1;
  }

  private static long usedAfterGc() throws InterruptedException {
    System.gc();
    Thread.sleep(300);
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}
