package dev.worlddaily.app.cli;

import dev.worlddaily.app.config.Settings;
import dev.worlddaily.app.config.StoreConfig;
import dev.worlddaily.app.config.Stores;
import dev.worlddaily.app.pipeline.BatchJournal;
import dev.worlddaily.app.pipeline.PipelineConfig;
import dev.worlddaily.app.pipeline.StoryPipeline;
import dev.worlddaily.store.DataDirectory;
import dev.worlddaily.store.LuceneSearchIndex;
import dev.worlddaily.store.SearchIndex;
import dev.worlddaily.store.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The wiring of one command run: settings, data directory and every component, each created
 * once, on first use, and closed in reverse order. The only place that knows concrete classes.
 */
final class Engine implements AutoCloseable {
  /** The pipeline's journal of the batch in progress, in the data directory. */
  static final String BATCH_JOURNAL = "batch.journal";
  private final DataDirectory data;
  private final Settings settings;
  private final Console console;
  private final Clock clock = Clock.systemUTC();
  private final List<AutoCloseable> opened = new ArrayList<>();
  private final Stages stages;
  private Store store;
  private SearchIndex index;
  private StoryPipeline pipeline;

  private Engine(DataDirectory data, Settings settings, Console console) {
    this.data = data;
    this.settings = settings;
    this.console = console;
    this.stages = new Stages(settings, console);
    opened.add(stages);
  }

  static Engine open(CommonOptions common, Console console) {
    DataDirectory data = DataDirectory.open(common.dataDirectory());
    java.util.Map<String, String> overrides = new java.util.LinkedHashMap<>(common.overrides);
    if (common.allowPrivateAddresses) {
      overrides.put("ingest.allowPrivateAddresses", "true");
    }
    Settings settings = Settings.load(common.config != null ? common.config : data.config(), System.getenv(), overrides);
    return new Engine(data, settings, console);
  }

  DataDirectory data() {
    return data;
  }

  Settings settings() {
    return settings;
  }

  Clock clock() {
    return clock;
  }

  Console console() {
    return console;
  }

  Stages stages() {
    return stages;
  }

  synchronized Store store() {
    if (store == null) {
      store = Stores.open(settings.bind(StoreConfig.defaults(), "store"), data, clock);
      opened.add(store);
    }
    return store;
  }

  /** The search index; rebuilt from the store first when it lags behind (e.g. after a crash). */
  synchronized SearchIndex index() {
    if (index == null) {
      index = LuceneSearchIndex.open(data.index());
      opened.add(index);
      if (index.isBehind(store())) {
        console.info("search index does not match the database; rebuilding it");
        index.rebuild(store(), console.progress("reindex"));
      }
    }
    return index;
  }

  void rebuildIndex() {
    index().rebuild(store(), console.progress("reindex"));
  }

  /** True when the last run was killed inside a batch, which {@link #pipeline()} repairs. */
  boolean hasUnfinishedBatch() {
    return java.nio.file.Files.exists(data.root().resolve(BATCH_JOURNAL));
  }

  /** The {@code pipeline.*} settings. */
  PipelineConfig pipelineConfig() {
    return settings.bind(PipelineConfig.defaults(), "pipeline");
  }

  /** The pipeline with the clusterer's state restored from the store. */
  synchronized StoryPipeline pipeline() {
    if (pipeline == null) {
      PipelineConfig config = pipelineConfig();
      pipeline = new StoryPipeline(store(), index(), stages.enricher(), stages.newClusterer(), stages.synthesizer(), config, clock,
          new BatchJournal(data.root().resolve(BATCH_JOURNAL)));
      int restored = pipeline.restore();
      if (restored > 0) {
        console.info("resumed clustering state from " + restored + " stored articles");
      }
      int repaired = pipeline.recover();
      if (repaired >= 0) {
        console.info("the last run stopped inside a batch: " + repaired + " stories rewritten from their stored articles, search index rebuilt");
      }
    }
    return pipeline;
  }

  @Override
  public void close() {
    for (int i = opened.size() - 1; i >= 0; i--) {
      try {
        opened.get(i).close();
      } catch (Exception e) {
        console.error("closing " + opened.get(i).getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
  }
}
