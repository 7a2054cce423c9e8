package dev.worlddaily.bench.synthesis;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.worlddaily.bench.Measure;
import dev.worlddaily.enrich.CompositeEnricher;
import dev.worlddaily.enrich.EnrichConfig;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.store.JsonCodec;
import dev.worlddaily.synthesize.ExtractiveSynthesizer;
import dev.worlddaily.synthesize.StoryDraft;
import dev.worlddaily.synthesize.SynthesisConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Synthesis time per story: stories of 5, 20 and 100 seeded synthetic articles are enriched
 * once (not timed), then synthesized, verification included, many times on one thread; the
 * median and 90th percentile of the timed runs are printed per size.
 */
@Command(name = "synthesis", mixinStandardHelpOptions = true, description = "Milliseconds to synthesize one story of N articles.")
public final class SynthesisBench implements Callable<Integer> {
  @Option(names = "--sizes", defaultValue = "5,20,100", split = ",", description = "Articles per story.") int[] sizes;
  @Option(names = "--runs", defaultValue = "30", description = "Timed syntheses per size.") int runs;
  @Option(names = "--warmup", defaultValue = "20", description = "Untimed syntheses per size first.") int warmup;
  @Option(names = "--golden", description = "Instead of timing, write the stories of 1 to 300 seeded articles (three seeds a size) as JSON lines"
      + " to this file, to compare two builds byte for byte.") Path golden;

  @Override
  public Integer call() throws IOException {
    if (golden != null) {
      return writeGolden();
    }
    ExtractiveSynthesizer synthesizer = new ExtractiveSynthesizer(SynthesisConfig.defaults());
    System.out.println("synthesis: " + Measure.machine());
    try (CompositeEnricher enricher = new CompositeEnricher(new EnrichConfig(List.of("en"), false, 16, 0, 600, 1500))) {
      for (int size : sizes) {
        List<AnnotatedArticle> articles = enricher.enrichAll(SyntheticStory.articles(size, 42L + size));
        StoryDraft draft = new StoryDraft("bench-" + size, articles, null, List.of(), Instant.parse("2026-11-21T00:00:00Z"));
        Story last = null;
        for (int i = 0; i < warmup; i++) {
          last = synthesizer.synthesize(draft);
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
          long t0 = System.nanoTime();
          last = synthesizer.synthesize(draft);
          nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        int sentences = articles.stream().mapToInt(a -> a.annotations().sentences().size()).sum();
        System.out.printf(Locale.ROOT, "  %3d articles (%4d sentences): median %7.1f ms, p90 %7.1f ms per story; %d body sentences, %d figures, %d key points%n",
            size, sentences, nanos[runs / 2] / 1e6, nanos[Math.min(runs - 1, (int) (runs * 0.9))] / 1e6,
            last.body().stream().mapToInt(p -> p.sentences().size()).sum(), last.figures().size(), last.keyPoints().size());
      }
    }
    return 0;
  }

  private int writeGolden() throws IOException {
    ExtractiveSynthesizer synthesizer = new ExtractiveSynthesizer(SynthesisConfig.defaults());
    ObjectMapper json = JsonCodec.newMapper();
    List<String> lines = new ArrayList<>();
    try (CompositeEnricher enricher = new CompositeEnricher(new EnrichConfig(List.of("en"), false, 16, 0, 600, 1500))) {
      for (int size : new int[] {1, 2, 3, 5, 8, 13, 20, 40, 100, 300}) {
        for (long seed = 1; seed <= 3; seed++) {
          List<AnnotatedArticle> articles = enricher.enrichAll(SyntheticStory.articles(size, seed * 7919 + size));
          Story story = synthesizer.synthesize(new StoryDraft("g-" + size + "-" + seed, articles, null, List.of(), Instant.parse("2026-11-21T00:00:00Z")));
          lines.add(json.writeValueAsString(story));
        }
      }
    }
    Files.write(golden, lines);
    System.out.println("synthesis: " + lines.size() + " stories written to " + golden);
    return 0;
  }
}
