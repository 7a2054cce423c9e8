package dev.worlddaily.app.cli;

import dev.worlddaily.app.config.Settings;
import dev.worlddaily.cluster.ClusterConfig;
import dev.worlddaily.cluster.OnlineStoryClusterer;
import dev.worlddaily.cluster.StoryClusterer;
import dev.worlddaily.enrich.CompositeEnricher;
import dev.worlddaily.enrich.EnrichConfig;
import dev.worlddaily.enrich.Enricher;
import dev.worlddaily.extract.ArticleExtractor;
import dev.worlddaily.extract.DocumentExtractor;
import dev.worlddaily.extract.ExtractConfig;
import dev.worlddaily.ingest.HttpFetcher;
import dev.worlddaily.ingest.IngestConfig;
import dev.worlddaily.ingest.Ingestor;
import dev.worlddaily.store.DataDirectory;
import dev.worlddaily.llm.LlmConfig;
import dev.worlddaily.llm.LlmSynthesizer;
import dev.worlddaily.synthesize.ExtractiveSynthesizer;
import dev.worlddaily.synthesize.StorySynthesizer;
import dev.worlddaily.synthesize.SynthesisConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pipeline stages of one run, each built once from its configuration record (bound from the
 * settings) on first use. Commands that store nothing (extract, cluster, synthesize, annotate)
 * use these without a data directory.
 */
final class Stages implements AutoCloseable {
  private final Settings settings;
  private final Console console;
  private ArticleExtractor extractor;
  private CompositeEnricher enricher;
  private StorySynthesizer synthesizer;
  private HttpFetcher fetcher;
  private Ingestor ingestor;

  Stages(Settings settings, Console console) {
    this.settings = settings;
    this.console = console;
  }

  /** Stages for commands without storage: settings from --config, or the data directory's file if it exists. */
  static Stages open(CommonOptions common, Console console) {
    Path config = common.config != null ? common.config : new DataDirectory(common.dataDirectory()).config();
    if (common.config != null && !Files.isRegularFile(common.config)) {
      throw new IllegalArgumentException("no such configuration file: " + common.config);
    }
    Map<String, String> overrides = new LinkedHashMap<>(common.overrides);
    if (common.allowPrivateAddresses) {
      overrides.put("ingest.allowPrivateAddresses", "true");
    }
    return new Stages(Settings.load(config, System.getenv(), overrides), console);
  }

  Settings settings() {
    return settings;
  }

  synchronized ArticleExtractor extractor() {
    if (extractor == null) {
      extractor = new DocumentExtractor(settings.bind(ExtractConfig.defaults(), "extract"));
    }
    return extractor;
  }

  synchronized Enricher enricher() {
    if (enricher == null) {
      console.info("loading language, sentence and embedding models...");
      enricher = new CompositeEnricher(settings.bind(EnrichConfig.defaults(), "enrich"));
    }
    return enricher;
  }

  /** A fresh clusterer: its state belongs to one stream of articles. */
  StoryClusterer newClusterer() {
    return new OnlineStoryClusterer(settings.bind(ClusterConfig.defaults(), "cluster"));
  }

  /**
   * The extractive synthesizer, or with {@code llm.baseUrl} (and {@code llm.model}) set, the LLM
   * writer on top of it, whose text passes the same citation checks.
   */
  synchronized StorySynthesizer synthesizer() {
    if (synthesizer == null) {
      ExtractiveSynthesizer extractive = new ExtractiveSynthesizer(settings.bind(SynthesisConfig.defaults(), "synthesis"));
      LlmConfig llm = settings.bind(LlmConfig.defaults(), "llm");
      if (llm.enabled()) {
        console.info("story text by the LLM at " + llm.baseUrl() + " (" + llm.model() + "); sentences its sources do not support are dropped");
        synthesizer = new LlmSynthesizer(llm, LlmSynthesizer.openAi(llm), extractive);
      } else {
        synthesizer = extractive;
      }
    }
    return synthesizer;
  }

  synchronized IngestConfig ingestConfig() {
    return settings.bind(IngestConfig.defaults(), "ingest");
  }

  synchronized Ingestor ingestor() {
    if (ingestor == null) {
      fetcher = new HttpFetcher(ingestConfig());
      ingestor = new Ingestor(ingestConfig(), fetcher, extractor());
    }
    return ingestor;
  }

  @Override
  public synchronized void close() {
    if (fetcher != null) {
      fetcher.close();
    }
    if (enricher != null) {
      enricher.close();
    }
  }
}
