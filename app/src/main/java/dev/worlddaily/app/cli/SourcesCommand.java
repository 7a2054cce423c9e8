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
        List<Feed> feeds = engine.store().feeds();
        for (Feed f : feeds) {
          FeedHealth h = engine.store().feedHealth(f.id()).orElse(FeedHealth.initial(f.id()));
          console.out().print(describe(f, h));
        }
        if (feeds.isEmpty()) {
          console.out().println("no sources (wdn run starts with the starter sources; see wdn sources add and import)");
        }
      }
      return 0;
    }

    /** Two or three lines: id, outlet and URL; state, last success, rate, next poll; last error. */
    static String describe(Feed f, FeedHealth h) {
      String outlet = f.outlet() == null ? "-" : (f.outlet().name() == null ? f.outlet().domain() : f.outlet().name())
          + (f.outlet().country() == null ? "" : " (" + f.outlet().country() + ")");
      String state = !f.enabled() ? "disabled" : h.lastAttempt() == null ? "never polled"
          : h.consecutiveFailures() > 0 ? "failing, " + h.consecutiveFailures() + " in a row" : "ok";
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-14s %-32s %s%n", f.id(), outlet, f.url()));
      sb.append(String.format(Locale.ROOT, "    %s; last success %s; %.1f items/day; next poll %s%n", state, time(h.lastSuccess()),
          h.itemsPerDay(), h.nextPoll() == null ? "now" : time(h.nextPoll())));
      if (h.lastError() != null) {
        sb.append("    last error ").append(time(h.lastError())).append(": ").append(h.lastErrorMessage()).append(System.lineSeparator());
      }
      return sb.toString();
    }

    private static String time(java.time.Instant t) {
      return t == null ? "never" : t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a source: a feed (RSS, Atom, JSON Feed), a sitemap, or a page that advertises its feed.")
  static final class Add implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Parameters(paramLabel = "URL")
    String url;

    @Option(names = "--outlet", paramLabel = "NAME", description = "The outlet's name.")
    String outlet;

    @Option(names = "--country", paramLabel = "CC", description = "The outlet's country (ISO 3166-1 code, e.g. DE).")
    String country;

    @Option(names = "--language", paramLabel = "LANG", description = "The outlet's language (ISO 639-1 code, e.g. de).")
    String language;

    @Option(names = "--leaning", paramLabel = "LEANING", description = "The outlet's declared leaning, e.g. center-left.")
    String leaning;

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
      if (country != null && !country.matches("[A-Za-z]{2}")) {
        throw new IllegalArgumentException("--country takes a two-letter ISO 3166-1 code: " + country);
      }
      Console console = Console.system(common.quiet);
      try (Engine engine = Engine.open(common, console)) {
        var existing = engine.store().feeds().stream().filter(f -> f.url().equals(url)).findFirst();
        if (existing.isPresent()) {
          console.out().println("already configured: " + existing.get().id() + " " + url);
          return 0;
        }
        Outlet o = new Outlet(outlet, uri.getHost(), country == null ? null : country.toUpperCase(Locale.ROOT),
            language == null ? null : language.toLowerCase(Locale.ROOT), leaning, null);
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
        engine.console().out().println("removed " + id);
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
      List<Feed> feeds = OpmlCodec.read(Files.readAllBytes(file));
      Console console = Console.system(common.quiet);
      int added = 0;
      try (Engine engine = Engine.open(common, console)) {
        java.util.Set<String> known = new java.util.HashSet<>();
        engine.store().feeds().forEach(f -> known.add(f.url()));
        for (Feed f : feeds) {
          added += known.add(f.url()) ? 1 : 0;
          engine.store().saveFeed(f);
        }
        console.out().println("imported " + feeds.size() + " feeds from " + file + " (" + added + " new, " + (feeds.size() - added) + " updated)");
      }
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
