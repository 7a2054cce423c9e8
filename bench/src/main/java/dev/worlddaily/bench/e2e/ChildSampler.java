package dev.worlddaily.bench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time and resident memory of another process, read from {@code /proc} (Linux): user plus
 * system time in clock ticks of 1/100 s (the kernel's USER_HZ on every Linux architecture we
 * run on), the resident set (VmRSS) and its peak (VmHWM), and the time its threads spent
 * runnable but waiting for a CPU (the scheduler's run-queue delay, summed over the threads alive
 * at the reading): on a shared machine that says how much of a latency is waiting for the cores.
 */
final class ChildSampler {
  private static final double TICKS_PER_SECOND = 100.0;

  /** One reading. */
  record Sample(long atMillis, double cpuSeconds, long residentBytes, double runQueueSeconds) {}

  private final long pid;
  private Sample last = new Sample(System.currentTimeMillis(), 0, 0, 0);
  private long peakResident;

  ChildSampler(long pid) {
    this.pid = pid;
  }

  /** Reads the process's figures now; keeps the last ones when it is gone. */
  Sample sample() {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      // Fields after the command name (which may hold spaces), from field 3 (state) on.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      double cpu = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
      long rss = 0;
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          rss = Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        } else if (line.startsWith("VmHWM:")) {
          peakResident = Math.max(peakResident, Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024);
        }
      }
      last = new Sample(System.currentTimeMillis(), cpu, rss, runQueueSeconds());
    } catch (IOException | RuntimeException e) {
      // the process has exited: the last reading stands
    }
    return last;
  }

  private double runQueueSeconds() throws IOException {
    long waited = 0;
    try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
      for (Path task : tasks.toList()) {
        try {
          // schedstat: time on a CPU, time waiting on a run queue (both ns), time slices
          waited += Long.parseLong(Files.readString(task.resolve("schedstat")).trim().split(" ")[1]);
        } catch (IOException | RuntimeException e) {
          // the thread ended between the listing and the reading
        }
      }
    }
    return waited / 1e9;
  }

  Sample last() {
    return last;
  }

  long peakResidentBytes() {
    return peakResident;
  }
}
