package dev.worlddaily.app.cli;

import dev.worlddaily.ingest.OpmlCodec;
import dev.worlddaily.model.Feed;
import dev.worlddaily.model.FeedHealth;
import dev.worlddaily.model.Outlet;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wdn sources}: the feeds {@code wdn run} polls. */
@Command(name = "sources", mixinStandardHelpOptions = true, description = "Manage the feeds that wdn run polls.",
    subcommands = {SourcesCommand.ListSources.class, SourcesCommand.Add.class, SourcesCommand.Remove.class,
        SourcesCommand.Import.class, SourcesCommand.Export.class})
final class SourcesCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List sources with their health.")
  static final class ListSources implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Override
    public Integer call() {
      Console console = Console.system(common.quiet);
      try (Engine engine = Engine.open(common, console)) {
        for (Feed f : engine.store().feeds()) {
          FeedHealth h = engine.store().feedHealth(f.id()).orElse(FeedHealth.initial(f.id()));
          String outlet = f.outlet() == null ? "-" : f.outlet().name() + (f.outlet().country() == null ? "" : " (" + f.outlet().country() + ")");
          String state = h.lastAttempt() == null ? "never polled"
              : h.consecutiveFailures() > 0 ? "failing x" + h.consecutiveFailures() + ": " + h.lastErrorMessage()
              : String.format(Locale.ROOT, "ok, last %s, %.1f items/day", h.lastSuccess(), h.itemsPerDay());
          console.out().printf(Locale.ROOT, "%-14s %-40s %s%n    %s%n", f.id(), outlet, f.url(), state);
        }
      }
      return 0;
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a feed (RSS, Atom, JSON Feed or sitemap URL).")
  static final class Add implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Parameters(paramLabel = "URL")
    String url;

    @Option(names = "--outlet", paramLabel = "NAME", description = "The outlet's name.")
    String outlet;

    @Option(names = "--country", paramLabel = "CC", description = "The outlet's country (ISO code, e.g. DE).")
    String country;

    @Override
    public Integer call() {
      URI uri;
      try {
        uri = URI.create(url);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("not a URL: " + url);
      }
      if (uri.getHost() == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
        throw new IllegalArgumentException("sources are http(s) URLs: " + url);
      }
      Console console = Console.system(common.quiet);
      try (Engine engine = Engine.open(common, console)) {
        Outlet o = new Outlet(outlet, uri.getHost(), country, null, null, null);
        Feed f = Feed.of(url, o);
        engine.store().saveFeed(f);
        console.out().println("added " + f.id() + " " + url);
      }
      return 0;
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a source by id.")
  static final class Remove implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Parameters(paramLabel = "ID")
    String id;

    @Override
    public Integer call() {
      try (Engine engine = Engine.open(common, Console.system(common.quiet))) {
        if (!engine.store().removeFeed(id)) {
          throw new IllegalArgumentException("no source with id " + id + " (see wdn sources list)");
        }
      }
      return 0;
    }
  }

  @Command(name = "import", mixinStandardHelpOptions = true, description = "Import feeds from an OPML file.")
  static final class Import implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Parameters(paramLabel = "FILE.opml")
    Path file;

    @Override
    public Integer call() throws IOException {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("no such file: " + file);
      }
      List<Feed> feeds = OpmlCodec.read(Files.readString(file, StandardCharsets.UTF_8));
      Console console = Console.system(common.quiet);
      try (Engine engine = Engine.open(common, console)) {
        feeds.forEach(engine.store()::saveFeed);
      }
      console.info("imported " + feeds.size() + " feeds from " + file);
      return 0;
    }
  }

  @Command(name = "export", mixinStandardHelpOptions = true, description = "Export the sources as OPML (to a file, or stdout).")
  static final class Export implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Parameters(paramLabel = "FILE.opml", arity = "0..1")
    Path file;

    @Override
    public Integer call() throws IOException {
      Console console = Console.system(common.quiet);
      try (Engine engine = Engine.open(common, console)) {
        String opml = OpmlCodec.write("worlddaily sources", engine.store().feeds());
        if (file == null) {
          console.out().print(opml);
        } else {
          Files.writeString(file, opml, StandardCharsets.UTF_8);
        }
      }
      return 0;
    }
  }
}
