package dev.worlddaily.eval.extraction;

import dev.worlddaily.eval.EvalArea;
import dev.worlddaily.eval.extraction.EvalSets.Page;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code wdn eval extraction}: worlddaily, Readability4J and boilerpipe on the same pages of both
 * sets in one run, with the sets' own metrics (shared/eval/README.md, {@link SetScores},
 * {@link MetadataMatch}) and pages per second.
 */
public final class ExtractionEval implements EvalArea {
  private static final String ROW = "%-14s %-12s %6s %6s %6s %6s %7s %6s %6s %6s %6s %6s %8s%n";

  @Override
  public String name() {
    return "extraction";
  }

  @Override
  public String dataDirectory() {
    return "extraction";
  }

  @Override
  public Map<String, Double> run(Path data, PrintStream out) throws IOException {
    List<List<Page>> sets = EvalSets.load(data);
    List<Page> scrapinghub = sets.get(0);
    List<Page> wcxb = sets.get(1);
    Map<String, Double> ours = new LinkedHashMap<>();
    Map<String, Double> pagesPerSecond = new LinkedHashMap<>();
    out.printf(Locale.ROOT, ROW, "system", "set", "P", "R", "F1", "with", "without", "title", "title~", "author", "date", "date-p", "pages/s");
    String only = System.getProperty("wdn.eval.only", "");
    for (Extractor system : Systems.all()) {
      if (!only.isEmpty() && !system.name().equals(only)) {
        continue;
      }
      boolean isOurs = system instanceof Systems.Ours;
      warmUp(system, scrapinghub, wcxb);
      // Timing: CPU time of this thread, which other work on a shared machine disturbs far less
      // than wall time; the faster of two passes over both sets, so a collection or a JIT pause
      // in one pass does not decide the comparison; scores come from the first pass.
      long second = timeAll(system, scrapinghub, wcxb);
      long nanos = 0;
      if (!scrapinghub.isEmpty()) {
        long t0 = cpuNanos();
        List<Extractor.Result> results = extractAll(system, scrapinghub);
        nanos += cpuNanos() - t0;
        double[] prf = SetScores.scrapinghub(scrapinghub, results);
        out.printf(Locale.ROOT, ROW, system.name(), "scrapinghub", f(prf[0]), f(prf[1]), f(prf[2]), "", "", "", "", "", "", "", "");
        if (isOurs) {
          Diagnostics.report("scrapinghub", scrapinghub, results, out);
          ours.put("scrapinghub.f1", prf[2]);
        }
      }
      if (!wcxb.isEmpty()) {
        long t0 = cpuNanos();
        List<Extractor.Result> results = extractAll(system, wcxb);
        nanos += cpuNanos() - t0;
        Map<String, Double> s = SetScores.wcxb(wcxb, results);
        out.printf(Locale.ROOT, ROW, system.name(), "wcxb-dev", f(s.get("p")), f(s.get("r")), f(s.get("f1")), f(s.get("with")),
            f(s.get("without")), f(s.get("title")), f(s.get("titleClose")), f(s.get("author")), f(s.get("date")), f(s.get("datePublished")), "");
        if (isOurs) {
          Diagnostics.report("wcxb", wcxb, results, out);
          s.forEach((k, v) -> ours.put("wcxb." + k, v));
        }
      }
      double pps = (scrapinghub.size() + wcxb.size()) / (Math.min(nanos, second) / 1e9);
      pagesPerSecond.put(system.name(), pps);
      out.printf(Locale.ROOT, ROW, system.name(), "both", "", "", "", "", "", "", "", "", "", "", String.format(Locale.ROOT, "%.1f", pps));
    }
    if (pagesPerSecond.containsKey("Readability4J") && pagesPerSecond.containsKey("worlddaily")) {
      ours.put("speedVsReadability", pagesPerSecond.get("worlddaily") / pagesPerSecond.get("Readability4J"));
      out.printf(Locale.ROOT, "worlddaily is %.1fx Readability4J's speed%n", ours.get("speedVsReadability"));
    }
    out.println("title: same words in order; title~: word F1 >= 0.8; date: day of publication or update; date-p: publication only;"
        + " pages/s: per second of CPU time (rules: MetadataMatch, docs/BENCHMARKS.md)");
    return ours;
  }

  private static String f(Double d) {
    return d == null || d.isNaN() ? "-" : String.format(Locale.ROOT, "%.3f", d);
  }

  private static long timeAll(Extractor system, List<Page> a, List<Page> b) {
    long t0 = cpuNanos();
    extractAll(system, a);
    extractAll(system, b);
    return cpuNanos() - t0;
  }

  /** This thread's CPU time; wall time where the JVM cannot measure it. */
  private static long cpuNanos() {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    return mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : System.nanoTime();
  }

  /** One untimed pass over both sets, so that every system is timed compiled, in its steady state. */
  private static void warmUp(Extractor system, List<Page> a, List<Page> b) {
    extractAll(system, a);
    extractAll(system, b);
  }

  private static List<Extractor.Result> extractAll(Extractor system, List<Page> pages) {
    List<Extractor.Result> out = new ArrayList<>(pages.size());
    for (Page p : pages) {
      out.add(system.extract(p.url(), p.html()));
    }
    return out;
  }
}
