package dev.worlddaily.enrich;

import java.util.List;

/**
 * Settings of enrichment.
 *
 * @param languages ISO 639-1 codes the language detector may answer (only these are loaded)
 * @param embeddings whether to compute MiniLM embeddings (off only for tools that need no vectors)
 * @param embeddingBatchSize texts embedded per model call
 * @param embeddingCacheSize embeddings kept in memory, keyed by content hash
 * @param leadChars characters of title and lead that make the main embedding
 * @param bodyChars characters of body text that make the body embedding
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
    if (leadChars < 50 || bodyChars < 50) {
      throw new IllegalArgumentException("leadChars and bodyChars must be >= 50: " + leadChars + ", " + bodyChars);
    }
  }

  public static EnrichConfig defaults() {
    return new EnrichConfig(
        List.of("en", "de", "fr", "es", "it", "pt", "nl", "sv", "pl", "ru", "uk", "tr", "el", "ar", "zh", "ja"),
        true, 16, 20_000, 600, 1500);
  }
}
