package dev.worlddaily.app.cli;

import picocli.CommandLine.Option;

/** Options of the commands that serve the site. */
final class ServeOptions {
  @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port of the site (default ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
  String host;

  void validate() {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be in 0..65535: " + port);
    }
  }
}
