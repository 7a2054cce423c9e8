package dev.worlddaily.enrich;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * CPU time spent in each text stage of {@link CompositeEnricher}, summed over the threads that
 * ran it, for the benchmark's per-stage costs. Reading a thread's CPU clock costs well under a
 * microsecond, so it is always on. The embedding model runs on the embedder's own threads and is
 * measured there (see {@link Embedder#cpuNanos()}).
 */
public final class StageTimes {
  /** The stages, in the order they run. */
  public enum Stage { LANGUAGE, SENTENCES, ENTITIES, FIGURES, QUOTES, DATES, CATEGORY }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private final LongAdder[] nanos = new LongAdder[Stage.values().length];

  StageTimes() {
    for (int i = 0; i < nanos.length; i++) {
      nanos[i] = new LongAdder();
    }
  }

  /** The calling thread's CPU time in nanoseconds (wall time where the JVM cannot tell). */
  static long now() {
    long t = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    return t >= 0 ? t : System.nanoTime();
  }

  /** Adds the time since {@code since} (a {@link #now()} value) to a stage and returns the new now. */
  long add(Stage stage, long since) {
    long t = now();
    nanos[stage.ordinal()].add(t - since);
    return t;
  }

  /** CPU nanoseconds per stage so far, in stage order. */
  public Map<Stage, Long> snapshot() {
    Map<Stage, Long> out = new LinkedHashMap<>();
    for (Stage s : Stage.values()) {
      out.put(s, nanos[s.ordinal()].sum());
    }
    return out;
  }
}
