package dev.worlddaily.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the measurement commands: {@code java -jar bench/target/wdn-bench.jar AREA ...}.
 * Each area is one subcommand that prints its figures and the machine it ran on.
 */
@Command(
    name = "wdn-bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks of worlddaily; see docs/BENCHMARKS.md for the recorded figures.",
    subcommands = {
      dev.worlddaily.bench.ingestion.IngestionBench.class,
      dev.worlddaily.bench.web.SiteBench.class,
      dev.worlddaily.bench.enrich.EnrichmentBench.class,
      dev.worlddaily.bench.enrich.ModelCostBench.class,
      dev.worlddaily.bench.synthesis.SynthesisBench.class,
      dev.worlddaily.bench.e2e.E2eBench.class,
      dev.worlddaily.bench.e2e.CrawlLatencyBench.class,
      dev.worlddaily.bench.e2e.NearDuplicateMemoryBench.class,
      dev.worlddaily.bench.e2e.ClusterMemoryProbe.class,
      dev.worlddaily.bench.clustering.ClusteringBench.class,
    })
public final class BenchMain implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name an area: " + String.join(", ", spec.subcommands().keySet()));
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchMain()).execute(args));
  }
}
