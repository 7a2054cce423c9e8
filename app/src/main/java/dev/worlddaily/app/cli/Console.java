package dev.worlddaily.app.cli;

import dev.worlddaily.model.Progress;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Where commands talk to the user: results on stdout, progress and one-line errors on stderr.
 * Progress redraws one line on a terminal and prints a line per tenth otherwise (logs, CI).
 */
public final class Console {
  private final PrintStream out;
  private final PrintStream err;
  private final boolean interactive;
  private final boolean quiet;

  public Console(PrintStream out, PrintStream err, boolean interactive, boolean quiet) {
    this.out = out;
    this.err = err;
    this.interactive = interactive;
    this.quiet = quiet;
  }

  public static Console system(boolean quiet) {
    return new Console(System.out, System.err, System.console() != null, quiet);
  }

  public PrintStream out() {
    return out;
  }

  public void info(String line) {
    if (!quiet) {
      err.println(line);
    }
  }

  public void error(String line) {
    err.println(line);
  }

  /** A progress reporter for one named task. */
  public Progress progress(String task) {
    if (quiet) {
      return Progress.NONE;
    }
    return new Progress() {
      private long lastTenth = -1;

      @Override
      public void update(long done, long total) {
        if (interactive) {
          String line = total > 0
              ? String.format(Locale.ROOT, "\r%s %d/%d (%d%%)", task, done, total, done * 100 / total)
              : String.format(Locale.ROOT, "\r%s %d", task, done);
          err.print(line);
          if (total > 0 && done >= total) {
            err.println();
          }
        } else if (total > 0) {
          long tenth = done * 10 / total;
          if (tenth != lastTenth) {
            lastTenth = tenth;
            err.printf(Locale.ROOT, "%s %d/%d%n", task, done, total);
          }
        }
      }
    };
  }
}
