package dev.worlddaily.app.cli;

import dev.worlddaily.web.WebApp;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code wdn serve}: the site and API over an existing data directory. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the site and API from an existing data directory.")
final class ServeCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Mixin ServeOptions serve;

  @Override
  public Integer call() {
    serve.validate();
    Console console = Console.system(common.quiet);
    Engine engine = Engine.open(common, console);
    WebApp web = Serving.start(engine, serve.host, serve.port, new PushIntake(engine));
    Serving.awaitShutdown(() -> {
      web.stop();
      engine.close();
    });
    return 0;
  }
}
