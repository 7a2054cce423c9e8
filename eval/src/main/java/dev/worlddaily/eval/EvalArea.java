package dev.worlddaily.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/** One evaluation area: a data set under {@code shared/eval}, its metrics, and its floors. */
public interface EvalArea {
  /** The area's name on the command line and of its floors file ("extraction"). */
  String name();

  /** The folder of {@code shared/eval} holding its data ("extraction"). */
  String dataDirectory();

  /** Runs the evaluation, prints a table, and returns the metrics its floors refer to. */
  Map<String, Double> run(Path data, PrintStream out) throws IOException;
}
