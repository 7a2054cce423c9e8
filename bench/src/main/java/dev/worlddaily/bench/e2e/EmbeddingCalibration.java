package dev.worlddaily.bench.e2e;

import dev.worlddaily.enrich.EnrichConfig;
import dev.worlddaily.enrich.Embedder;
import dev.worlddaily.extract.DocumentExtractor;
import dev.worlddaily.extract.ExtractConfig;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.Outcome;
import dev.worlddaily.model.RawDocument;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How much of enrichment is the MiniLM model: the same texts enrichment embeds (title and lead,
 * then body, cut as {@code EnrichConfig} cuts them) of the run's first articles, embedded alone
 * with a fresh model and no cache. Run after the measured run, so it adds nothing to its memory.
 */
final class EmbeddingCalibration {
  private EmbeddingCalibration() {}

  static void run(int n, long seed, int outlets, int perDay, Instant start) {
    EnrichConfig config = EnrichConfig.defaults();
    DocumentExtractor extractor = new DocumentExtractor(ExtractConfig.defaults());
    SyntheticNewsStream stream = new SyntheticNewsStream(seed, outlets, n, perDay, start);
    List<String> texts = new ArrayList<>();
    while (stream.hasNext()) {
      SyntheticArticleWriter.Page p = stream.next();
      Outcome<Article> o = extractor.extract(new RawDocument(p.url(), p.html().getBytes(StandardCharsets.UTF_8), "text/html", "utf-8", p.published(), null));
      if (o.isOk()) {
        String text = o.value().text();
        String lead = text.length() <= config.leadChars() ? text : text.substring(0, config.leadChars());
        texts.add(o.value().title() + ".\n" + lead);
        texts.add(text.length() <= config.leadChars() ? text : text.substring(0, Math.min(text.length(), config.leadChars() + config.bodyChars())));
      }
    }
    var tokens = new dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator();
    long pieces = 0;
    for (String t : texts) {
      pieces += tokens.estimateTokenCountInText(t);
    }
    System.out.printf(Locale.ROOT, "embedded text: %.0f word pieces per article (lead and body together)%n", pieces / (texts.size() / 2.0));
    try (Embedder embedder = new Embedder(config.embeddingBatchSize(), 0)) {
      embedder.embedAll(texts.subList(0, Math.min(32, texts.size())));
      long t0 = System.nanoTime();
      embedder.embedAll(texts);
      double ms = (System.nanoTime() - t0) / 1e6;
      System.out.printf(Locale.ROOT, "embedding alone: %d texts (lead and body of %d articles) in %.1f s: %.1f texts/s, %.2f ms per article%n",
          texts.size(), texts.size() / 2, ms / 1000, texts.size() / (ms / 1000), ms / (texts.size() / 2.0));
    }
  }
}
