package dev.worlddaily.eval;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code wdn eval}: the project's quality harnesses over the shared evaluation
 * sets. Each area is one subcommand; {@code --check-floors} makes a run fail when a score drops
 * below the floor pinned in {@code floors/<area>.properties}.
 */
@Command(
    name = "wdn eval",
    mixinStandardHelpOptions = true,
    description = "Scores worlddaily on the evaluation sets (see ../shared/eval/README.md).",
    subcommands = {
      // One line per evaluation area.
    })
public final class EvalMain implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name an area: " + String.join(", ", spec.subcommands().keySet()));
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new EvalMain()).execute(args));
  }
}
