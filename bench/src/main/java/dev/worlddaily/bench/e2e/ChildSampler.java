package dev.worlddaily.bench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time and resident memory of another process, read from {@code /proc} (Linux): user plus
 * system time in clock ticks of 1/100 s (the kernel's USER_HZ on every Linux architecture we
 * run on), and the resident set (VmRSS) and its peak (VmHWM).
 */
final class ChildSampler {
  private static final double TICKS_PER_SECOND = 100.0;

  /** One reading. */
  record Sample(long atMillis, double cpuSeconds, long residentBytes) {}

  private final long pid;
  private Sample last = new Sample(System.currentTimeMillis(), 0, 0);
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
      last = new Sample(System.currentTimeMillis(), cpu, rss);
    } catch (IOException | RuntimeException e) {
      // the process has exited: the last reading stands
    }
    return last;
  }

  Sample last() {
    return last;
  }

  long peakResidentBytes() {
    return peakResident;
  }
}
