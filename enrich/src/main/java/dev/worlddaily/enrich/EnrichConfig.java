package dev.worlddaily.enrich;

import java.util.List;

/**
 * Settings of enrichment.
 *
 * @param languages ISO 639-1 codes the language detector may answer (only these are loaded)
 * @param embeddings whether to compute MiniLM embeddings (off only for tools that need no vectors)
 * @param embeddingBatchSize texts embedded per model call
 * @param embeddingCacheSize embeddings kept in memory, keyed by content hash
 * @param leadChars characters of text that, after the title, make the main embedding (MiniLM reads
 *     at most 128 tokens, about 500 characters of English after a title, so more is never read).
 *     The default 350 (the title and about two sentences) clusters ECB+ as well
 *     as the full window (event B3 F1 0.926 against 0.924 at 600) for about a third less of the
 *     model's time, which grows with the tokens read (docs/BENCHMARKS.md)
 * @param bodyChars characters of text after the lead that make a separate body embedding, or 0
 *     (the default) for none: the body embedding is then the main embedding's vector. A second
 *     MiniLM pass costs as much CPU as the first (about 16 ms per article on this sandbox) and
 *     kept enrichment under 50 articles/s on 2 cores (docs/BENCHMARKS.md)
 */
public record EnrichConfig(
    List<String> languages, boolean embeddings, int embeddingBatchSize, int embeddingCacheSize, int leadChars, int bodyChars) {

  public EnrichConfig {
    languages = List.copyOf(languages == null ? List.of() : languages);
    if (languages.isEmpty()) {
      throw new IllegalArgumentException("languages must name at least one language");
    }
    if (embeddingBatchSize < 1) {
      throw new IllegalArgumentException("embeddingBatchSize must be >= 1: " + embeddingBatchSize);
    }
    if (embeddingCacheSize < 0) {
      throw new IllegalArgumentException("embeddingCacheSize must be >= 0: " + embeddingCacheSize);
    }
    if (leadChars < 50) {
      throw new IllegalArgumentException("leadChars must be >= 50: " + leadChars);
    }
    if (bodyChars != 0 && bodyChars < 50) {
      throw new IllegalArgumentException("bodyChars must be 0 (no separate body embedding) or >= 50: " + bodyChars);
    }
  }

  public static EnrichConfig defaults() {
    return new EnrichConfig(
        List.of("en", "de", "fr", "es", "it", "pt", "nl", "sv", "pl", "ru", "uk", "tr", "el", "ar", "zh", "ja"),
        true, 16, 20_000, 350, 0);
  }
}
