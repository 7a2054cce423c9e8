package dev.worlddaily.app.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs independent pieces of work on a small pool and hands back their outcomes in the order of
 * their inputs, so what the caller does with them does not depend on which finished first. The
 * threads are daemons that end when idle, so an owner needs no closing.
 */
final class InOrderPool {
  /** What one piece of work returned, or the unchecked exception it threw. */
  record Outcome<T>(T value, RuntimeException failure) {
    /** The value, or the failure thrown as it was. */
    T get() {
      if (failure != null) {
        throw failure;
      }
      return value;
    }
  }

  private final ThreadPoolExecutor pool;

  InOrderPool(int threads, String name) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
    AtomicInteger n = new AtomicInteger();
    // Unbounded queue: a caller submits one task per input and waits for them all.
    this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    pool.allowCoreThreadTimeOut(true);
  }

  /**
   * Applies {@code work} to every input, on the pool when there are several (a single one runs on
   * the calling thread), and waits for them all. An {@link Error} is rethrown once every piece
   * has ended.
   */
  <I, T> List<Outcome<T>> map(List<I> inputs, Function<I, T> work) {
    if (inputs.size() == 1) {
      return List.of(run(work, inputs.get(0)));
    }
    List<Future<Outcome<T>>> futures = new ArrayList<>(inputs.size());
    for (I input : inputs) {
      futures.add(pool.submit(() -> run(work, input)));
    }
    List<Outcome<T>> out = new ArrayList<>(inputs.size());
    Throwable error = null;
    boolean interrupted = false;
    for (Future<Outcome<T>> f : futures) {
      while (true) {
        try {
          out.add(f.get());
          break;
        } catch (InterruptedException e) {
          // The work reads what the caller holds locked: finish waiting, then say so.
          interrupted = true;
        } catch (ExecutionException e) {
          error = error == null ? e.getCause() : error;
          out.add(null);
          break;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (error instanceof Error err) {
      throw err;
    }
    if (error != null) {
      throw new IllegalStateException(error);
    }
    return out;
  }

  private static <I, T> Outcome<T> run(Function<I, T> work, I input) {
    try {
      return new Outcome<>(work.apply(input), null);
    } catch (RuntimeException e) {
      return new Outcome<>(null, e);
    }
  }
}
