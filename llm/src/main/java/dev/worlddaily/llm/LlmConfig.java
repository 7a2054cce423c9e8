package dev.worlddaily.llm;

import java.net.URI;
import java.time.Duration;

/**
 * Settings of the optional LLM writer: an OpenAI-compatible endpoint (OpenAI, Ollama, vLLM,
 * llama.cpp server). Without a base URL the LLM is off and synthesis stays extractive.
 *
 * @param baseUrl the API root, e.g. {@code http://127.0.0.1:11434/v1}; null: off
 * @param model the model name the endpoint serves
 * @param apiKey the key, or null for servers that want none
 * @param timeout how long one answer may take
 * @param maxRetries retries of a failed call
 * @param maxSourceSentences numbered source sentences given to the model
 * @param temperature sampling temperature (0: as repeatable as the server allows)
 * @param jsonMode ask the server for a JSON object response format (turn off for servers that
 *     reject it; the answer is parsed either way)
 * @param cacheSize answers kept per unchanged set of articles, so re-synthesis does not re-ask
 */
public record LlmConfig(
    String baseUrl, String model, String apiKey, Duration timeout, int maxRetries, int maxSourceSentences,
    double temperature, boolean jsonMode, int cacheSize) {

  public LlmConfig {
    if (baseUrl != null && !baseUrl.isBlank()) {
      URI uri;
      try {
        uri = URI.create(baseUrl.strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("baseUrl is not a URL: " + baseUrl, e);
      }
      if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https")) || uri.getHost() == null) {
        throw new IllegalArgumentException("baseUrl must be an http(s) URL: " + baseUrl);
      }
      if (model == null || model.isBlank()) {
        throw new IllegalArgumentException("model must be set when baseUrl is: " + baseUrl);
      }
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be > 0: " + timeout);
    }
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be >= 0: " + maxRetries);
    }
    if (maxSourceSentences < 3) {
      throw new IllegalArgumentException("maxSourceSentences must be >= 3: " + maxSourceSentences);
    }
    if (temperature < 0 || temperature > 2) {
      throw new IllegalArgumentException("temperature must be in 0..2: " + temperature);
    }
    if (cacheSize < 0) {
      throw new IllegalArgumentException("cacheSize must be >= 0: " + cacheSize);
    }
  }

  /** Off: no endpoint. */
  public static LlmConfig defaults() {
    return new LlmConfig(null, null, null, Duration.ofSeconds(120), 1, 60, 0.0, true, 2000);
  }

  public boolean enabled() {
    return baseUrl != null && !baseUrl.isBlank();
  }

  public LlmConfig withEndpoint(String url, String modelName) {
    return new LlmConfig(url, modelName, apiKey, timeout, maxRetries, maxSourceSentences, temperature, jsonMode, cacheSize);
  }

  @Override
  public String toString() {
    // The key stays out of logs.
    return "LlmConfig[baseUrl=" + baseUrl + ", model=" + model + ", apiKey=" + (apiKey == null ? "none" : "***") + ", timeout=" + timeout
        + ", maxRetries=" + maxRetries + ", maxSourceSentences=" + maxSourceSentences + ", temperature=" + temperature
        + ", jsonMode=" + jsonMode + ", cacheSize=" + cacheSize + "]";
  }
}
