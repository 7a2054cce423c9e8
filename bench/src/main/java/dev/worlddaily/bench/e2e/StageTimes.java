package dev.worlddaily.bench.e2e;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Where the time goes: each component of the pipeline is wrapped in a proxy that adds the time
 * spent in its methods to its stage's total (nanoseconds, wall clock of the calling thread). The
 * components do not call each other, and the work a caller runs inside a call (a Supplier
 * argument) is left out of it, so the totals do not overlap.
 */
final class StageTimes {
  private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
  private final Map<String, LongAdder> nanos = new LinkedHashMap<>();
  private final Map<String, LongAdder> cpuNanos = new LinkedHashMap<>();

  synchronized LongAdder stage(String name) {
    return nanos.computeIfAbsent(name, k -> new LongAdder());
  }

  /** CPU time of the calling thread in a stage (the model's own worker threads are not in it). */
  synchronized LongAdder cpu(String name) {
    return cpuNanos.computeIfAbsent(name, k -> new LongAdder());
  }

  static long threadCpuNanos() {
    return THREADS.getCurrentThreadCpuTime();
  }

  /** Wraps {@code target}; {@code observer} (may be null) sees each call and its result after it returns. */
  @SuppressWarnings("unchecked")
  <T> T wrap(Class<T> type, T target, String stage, BiConsumer<java.lang.reflect.Method, Object[]> before, Observer observer) {
    LongAdder total = stage(stage);
    LongAdder cpu = cpu(stage);
    InvocationHandler h = (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return method.invoke(target, args);
      }
      if (before != null) {
        before.accept(method, args);
      }
      // A Supplier argument is the caller's work run inside the call (Store.writeTogether):
      // its time belongs to the stages it calls, not to this one.
      long[] inner = {0, 0};
      Object[] callArgs = args;
      if (args != null && args.length == 1 && args[0] instanceof Supplier<?> work) {
        callArgs = new Object[] {(Supplier<Object>) () -> {
          long i0 = System.nanoTime();
          long ic0 = threadCpuNanos();
          try {
            return work.get();
          } finally {
            inner[0] += System.nanoTime() - i0;
            inner[1] += threadCpuNanos() - ic0;
          }
        }};
      }
      long t0 = System.nanoTime();
      long c0 = threadCpuNanos();
      try {
        Object result = method.invoke(target, callArgs);
        if (observer != null) {
          observer.returned(method.getName(), args, result);
        }
        return result;
      } catch (InvocationTargetException e) {
        throw e.getCause();
      } finally {
        total.add(System.nanoTime() - t0 - inner[0]);
        cpu.add(threadCpuNanos() - c0 - inner[1]);
      }
    };
    return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, h);
  }

  /** Sees a method's arguments and result. */
  @FunctionalInterface
  interface Observer {
    void returned(String method, Object[] args, Object result);
  }

  /** Forgets the totals so far (a resumed run's restoring is not the run's work). */
  synchronized void reset() {
    nanos.values().forEach(LongAdder::reset);
    cpuNanos.values().forEach(LongAdder::reset);
  }

  synchronized Map<String, Long> snapshot() {
    Map<String, Long> out = new LinkedHashMap<>();
    nanos.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  synchronized Map<String, Long> cpuSnapshot() {
    Map<String, Long> out = new LinkedHashMap<>();
    cpuNanos.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }
}
