package dev.worlddaily.eval.clustering;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.Outlet;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One document of the ECB+ development set: {@code id}, {@code topic}, {@code event} (the gold
 * story), {@code url} (may be null) and {@code text} (tokenized, one sentence per line).
 */
public record EcbDocument(String id, String topic, String event, String url, String text) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads the set in file order; a malformed line fails with its line number. */
  public static List<EcbDocument> read(Path file) throws IOException {
    List<EcbDocument> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new IllegalArgumentException(file + ":" + n + ": not JSON: " + e.getOriginalMessage());
        }
        String id = field(node, "id");
        String text = field(node, "text");
        String event = field(node, "event");
        if (id == null || text == null || event == null) {
          throw new IllegalArgumentException(file + ":" + n + ": needs id, event and text");
        }
        out.add(new EcbDocument(id, field(node, "topic"), event, field(node, "url"), text));
      }
    }
    return out;
  }

  private static String field(JsonNode node, String name) {
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? null : v.asText();
  }

  /**
   * The document as the pipeline would see it: the sentences detokenized into ordinary text, one
   * paragraph each; the outlet from the URL's host when there is one; no title (the first line
   * is often the headline, but the set does not say so) and no publication time (the set has
   * none).
   */
  public Article article() {
    List<String> lines = Arrays.stream(text.split("\n")).map(Detokenizer::detokenize).filter(s -> !s.isBlank()).toList();
    return Article.builder()
        .id(id)
        .url(url != null && !url.isBlank() ? url : "urn:ecbplus:" + id)
        .canonicalUrl("urn:ecbplus:" + id)
        .outlet(outlet())
        .blocks(lines.isEmpty() ? List.of(text) : lines, null)
        .build();
  }

  private Outlet outlet() {
    if (url != null) {
      try {
        String host = URI.create(url.strip()).getHost();
        if (host != null) {
          return Outlet.ofDomain(host);
        }
      } catch (IllegalArgumentException ignored) {
        // an unparseable URL names no outlet
      }
    }
    return Outlet.ofDomain("unknown.invalid");
  }
}
