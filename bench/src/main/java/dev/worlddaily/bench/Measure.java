package dev.worlddaily.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** Samples heap use while a benchmark runs and reads the process's peak resident memory. */
public final class Measure implements AutoCloseable {
  private final AtomicLong peakHeap = new AtomicLong();
  private final Thread sampler;
  private volatile boolean running = true;

  public Measure() {
    sampler = new Thread(() -> {
      while (running) {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        peakHeap.accumulateAndGet(used, Math::max);
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  public long peakHeapBytes() {
    return peakHeap.get();
  }

  /** Peak resident set size of this process (VmHWM), or -1 where /proc is not available. */
  public static long peakResidentBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  public static String mib(long bytes) {
    return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MiB", bytes / 1048576.0);
  }

  /** One line describing where this ran. */
  public static String machine() {
    return Runtime.getRuntime().availableProcessors() + " cores, max heap " + mib(Runtime.getRuntime().maxMemory())
        + ", " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version");
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
