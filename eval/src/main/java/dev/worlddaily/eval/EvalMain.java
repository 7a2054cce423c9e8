package dev.worlddaily.eval;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Entry point of {@code wdn eval}: the project's quality harnesses over the shared evaluation
 * sets. {@code wdn eval AREA --data DIR} runs one area on its data folder; {@code wdn eval all
 * --data SHARED_EVAL} runs every area on its folder below. With {@code --check-floors} a score
 * below its pinned floor fails the run.
 */
@Command(name = "wdn eval", mixinStandardHelpOptions = true,
    description = "Scores worlddaily on the evaluation sets (see ../shared/eval/README.md).")
public final class EvalMain implements Callable<Integer> {
  /** Every evaluation area, in the order {@code all} runs them. */
  static List<EvalArea> areas() {
    return List.of(new dev.worlddaily.eval.extraction.ExtractionEval(), new dev.worlddaily.eval.clustering.ClusteringEval());
  }

  @Parameters(paramLabel = "AREA", description = "An area (${COMPLETION-CANDIDATES}) or 'all'.", completionCandidates = AreaNames.class)
  String area;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "The area's data folder, or for 'all' the shared/eval folder.")
  Path data;

  @Option(names = "--check-floors", description = "Fail when a score is below its floor in floors/AREA.properties.")
  boolean checkFloors;

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    List<EvalArea> chosen = new ArrayList<>();
    if (area.equals("all")) {
      chosen.addAll(areas());
    } else {
      chosen.add(areas().stream().filter(a -> a.name().equals(area)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("unknown area '" + area + "'; known: " + String.join(", ", new AreaNames()) + ", all")));
    }
    List<String> violations = new ArrayList<>();
    for (EvalArea a : chosen) {
      Path dir = area.equals("all") ? data.resolve(a.dataDirectory()) : data;
      if (!Files.isDirectory(dir)) {
        out.println(a.name() + ": skipped: " + dir + " not found");
        continue;
      }
      out.println("== " + a.name() + " (" + dir + ")");
      Map<String, Double> scores = a.run(dir, out);
      if (checkFloors) {
        violations.addAll(Floors.of(a.name()).violations(scores));
      }
    }
    violations.forEach(v -> System.err.println("floor: " + v));
    return violations.isEmpty() ? 0 : 1;
  }

  /** The names of the areas, for help and completion. */
  static final class AreaNames extends ArrayList<String> {
    AreaNames() {
      areas().forEach(a -> add(a.name()));
    }
  }

  public static void main(String[] args) {
    CommandLine cl = new CommandLine(new EvalMain());
    cl.setExecutionExceptionHandler((e, c, p) -> {
      if (e instanceof IllegalArgumentException || e instanceof java.io.UncheckedIOException) {
        c.getErr().println("wdn eval: " + e.getMessage());
        return 2;
      }
      throw e;
    });
    System.exit(cl.execute(args));
  }
}
