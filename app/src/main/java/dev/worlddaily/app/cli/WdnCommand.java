package dev.worlddaily.app.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code wdn} command and its subcommands. */
@Command(
    name = "wdn",
    mixinStandardHelpOptions = true,
    version = "worlddaily 0.1.0",
    description = "worlddaily: many outlets' reports of an event, synthesized into one story where every sentence cites its sources.",
    subcommands = {
      DemoCommand.class,
      RunCommand.class,
      ServeCommand.class,
      IngestCommand.class,
      StoriesCommand.class,
      StoryCommand.class,
      ExtractCommand.class,
      ClusterCommand.class,
      SynthesizeCommand.class,
      AnnotateCommand.class,
      SourcesCommand.class,
      ReindexCommand.class,
      MigrateCommand.class,
      WdnCommand.EvalPointer.class
    })
public final class WdnCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command line and returns the exit code; bad input gives one line on stderr. */
  public static int execute(String... args) {
    CommandLine cl = new CommandLine(new WdnCommand());
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      if (e instanceof IllegalArgumentException || e instanceof UncheckedIOException || e instanceof IllegalStateException
          || e instanceof dev.worlddaily.store.StoreException) {
        err.println("wdn " + commandLine.getCommandName() + ": " + e.getMessage());
        return 2;
      }
      err.println("wdn " + commandLine.getCommandName() + ": unexpected error: " + e);
      e.printStackTrace(err);
      return 1;
    });
    return cl.execute(args);
  }

  /** {@code wdn eval} runs from its own jar through the launcher; this explains that. */
  @Command(name = "eval", description = "Quality harnesses over the shared evaluation sets (run as ./wdn eval AREA --data DIR).")
  static final class EvalPointer implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "the evaluation harness ships as its own jar; run it through the launcher: ./wdn eval --help");
    }
  }
}
