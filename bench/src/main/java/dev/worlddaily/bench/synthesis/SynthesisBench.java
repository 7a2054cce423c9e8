package dev.worlddaily.bench.synthesis;

import dev.worlddaily.bench.Measure;
import dev.worlddaily.enrich.CompositeEnricher;
import dev.worlddaily.enrich.EnrichConfig;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.synthesize.ExtractiveSynthesizer;
import dev.worlddaily.synthesize.StoryDraft;
import dev.worlddaily.synthesize.SynthesisConfig;
import java.time.Instant;
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

  @Override
  public Integer call() {
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

}
