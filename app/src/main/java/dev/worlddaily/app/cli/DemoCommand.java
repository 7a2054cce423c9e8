package dev.worlddaily.app.cli;

import dev.worlddaily.app.pipeline.BatchReport;
import dev.worlddaily.model.Article;
import dev.worlddaily.sample.SampleCorpus;
import dev.worlddaily.sample.SampleOutlet;
import dev.worlddaily.sample.SampleSiteServer;
import dev.worlddaily.web.WebApp;
import java.io.IOException;
import java.net.BindException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code wdn demo}: the offline demo. Serves the fictional sample outlets from a loopback port,
 * ingests their feeds through the real fetch path, and serves the site.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Offline demo: serve the bundled fictional outlets on a local port, ingest their feeds, and serve the site.")
final class DemoCommand implements Callable<Integer> {
  /** The newest sample articles are from this day; the demo shifts them by whole weeks to look current. */
  private static final LocalDate CORPUS_LAST_DAY = LocalDate.parse("2026-11-19");

  @Mixin CommonOptions common;
  @Mixin ServeOptions serve;

  @Option(names = "--no-serve", description = "Ingest the sample outlets and exit without serving the site.")
  boolean noServe;

  @Override
  public Integer call() throws IOException {
    serve.validate();
    Console console = Console.system(common.quiet);
    // The sample outlets live on loopback: allow it, and skip politeness delays for our own server.
    common.overrides.putIfAbsent("ingest.allowPrivateAddresses", "true");
    common.overrides.putIfAbsent("ingest.minDelay", "0s");
    common.overrides.putIfAbsent("ingest.perHostConcurrency", "4");
    SampleCorpus corpus = SampleCorpus.load();
    long weeks = Math.max(0, ChronoUnit.WEEKS.between(CORPUS_LAST_DAY, LocalDate.now(ZoneOffset.UTC)));
    try (SampleSiteServer outlets = startOutlets(corpus, serve.port == 0 ? 0 : serve.port + 1, weeks, console); Engine engine = Engine.open(common, console)) {
      console.info("fictional sample outlets are served at " + outlets.baseUrl() + "/ (dates shifted by " + weeks + " weeks)");
      for (SampleOutlet o : corpus.outlets()) {
        engine.store().saveOutlet(o.toOutlet());
      }
      List<Article> articles = new ArrayList<>();
      List<String> failures = new ArrayList<>();
      int n = 0;
      for (SampleOutlet o : corpus.outlets()) {
        engine.stages().ingestor().ingest(outlets.baseUrl() + o.feedPath(), o.toOutlet(),
            r -> IngestCommand.collect(r, articles, failures), dev.worlddaily.model.Progress.NONE);
        console.progress("fetching feeds").update(++n, corpus.outlets().size());
      }
      failures.forEach(console::error);
      BatchReport report = engine.pipeline().process(articles, console.progress("processing articles"));
      report.rejected().forEach(console::error);
      console.info("demo ingested: " + report.summary());
      if (noServe) {
        return 0;
      }
      WebApp web = Serving.start(engine, serve.host, serve.port, new PushIntake(engine));
      Serving.awaitShutdown(web::stop);
    }
    return 0;
  }

  /** On the site's port + 1 so stored image links stay valid across demo runs; any free port if taken. */
  private static SampleSiteServer startOutlets(SampleCorpus corpus, int port, long weeks, Console console) throws IOException {
    try {
      return new SampleSiteServer(corpus, port, weeks);
    } catch (BindException e) {
      console.info("port " + port + " is busy; serving the sample outlets on a free port (their images in stored stories will point there)");
      return new SampleSiteServer(corpus, 0, weeks);
    }
  }
}
