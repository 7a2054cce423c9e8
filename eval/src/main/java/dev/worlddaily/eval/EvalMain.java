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
    return List.of(
        new dev.worlddaily.eval.extraction.ExtractionEval(),
        new dev.worlddaily.eval.entities.EntitiesEval(),
        new dev.worlddaily.eval.categories.CategoriesEval(),
        new dev.worlddaily.eval.clustering.ClusteringEval(),
        new dev.worlddaily.eval.summaries.SummariesEval());
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
    if (!Files.isDirectory(data)) {
      // A wrong folder is an error, never an empty pass.
      throw new IllegalArgumentException((area.equals("all") ? "all" : area) + ": data folder not found: " + data);
    }
    List<String> violations = new ArrayList<>();
    int measured = 0;
    for (EvalArea a : chosen) {
      Path dir = area.equals("all") ? data.resolve(a.dataDirectory()) : data;
      if (!Files.isDirectory(dir)) {
        out.println(a.name() + ": skipped: " + dir + " not found");
        continue;
      }
      out.println("== " + a.name() + " (" + dir + ")");
      Map<String, Double> scores = a.run(dir, out);
      List<String> unmeasured = scores.entrySet().stream().filter(e -> e.getValue() == null || e.getValue().isNaN()).map(Map.Entry::getKey).toList();
      if (scores.isEmpty() || !unmeasured.isEmpty()) {
        // NaN means no page was scored: the data folder holds no usable set.
        throw new IllegalArgumentException(a.name() + ": nothing measured in " + dir
            + (unmeasured.isEmpty() ? "" : " (no value for " + String.join(", ", unmeasured) + ")") + "; is it the right data folder?");
      }
      measured++;
      if (checkFloors) {
        violations.addAll(Floors.of(a.name()).violations(scores));
      }
    }
    if (measured == 0) {
      throw new IllegalArgumentException("all: no evaluation set found in " + data + " (expected "
          + String.join(", ", areas().stream().map(EvalArea::dataDirectory).toList()) + ")");
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
    System.exit(execute(new java.io.PrintWriter(System.err, true), args));
  }

  /**
   * Runs {@code wdn eval} and returns its exit code: 0 when all ran (and floors hold), 1 when a
   * floor fails, 2 with a one-line message on standard error for a bad argument or data folder.
   */
  static int execute(java.io.PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new EvalMain());
    cl.setErr(err);
    cl.setExecutionExceptionHandler((e, c, p) -> {
      if (e instanceof IllegalArgumentException || e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
        String message = e instanceof java.nio.file.NoSuchFileException ? "file not found: " + e.getMessage() : e.getMessage();
        c.getErr().println("wdn eval: " + message.lines().findFirst().orElse(""));
        return 2;
      }
      throw e;
    });
    return cl.execute(args);
  }
}
