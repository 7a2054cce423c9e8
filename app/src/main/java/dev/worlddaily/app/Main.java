package dev.worlddaily.app;

import dev.worlddaily.app.cli.WdnCommand;

/** Entry point of the {@code wdn} command line. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // Lucene and others log through java.util.logging; route it to the one SLF4J configuration.
    java.util.logging.LogManager.getLogManager().reset();
    org.slf4j.bridge.SLF4JBridgeHandler.install();
    System.exit(WdnCommand.execute(args));
  }
}
