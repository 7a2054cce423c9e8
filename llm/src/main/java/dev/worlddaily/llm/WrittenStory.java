package dev.worlddaily.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * The model's answer, parsed: its dek, body paragraphs and key points, each sentence with the
 * source numbers it cites. Parsing is lenient about wrapping (a code fence, text around the
 * object) and strict about shape: an answer without a usable dek or body is an error.
 */
record WrittenStory(Sentence dek, List<List<Sentence>> body, List<Sentence> keyPoints) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One written sentence and the source numbers it cites. */
  record Sentence(String text, List<Integer> cite) {}

  WrittenStory {
    body = body.stream().map(List::copyOf).toList();
    keyPoints = List.copyOf(keyPoints);
  }

  /** Sentences the model wrote, dek included. */
  int sentences() {
    return (dek == null ? 0 : 1) + body.stream().mapToInt(List::size).sum() + keyPoints.size();
  }

  /**
   * @throws IllegalArgumentException with the reason when the answer is not such an object
   */
  static WrittenStory parse(String answer) {
    if (answer == null || answer.isBlank()) {
      throw new IllegalArgumentException("empty answer");
    }
    int open = answer.indexOf('{');
    int close = answer.lastIndexOf('}');
    if (open < 0 || close < open) {
      throw new IllegalArgumentException("the answer holds no JSON object");
    }
    JsonNode root;
    try {
      root = JSON.readTree(answer.substring(open, close + 1));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("the answer is not valid JSON: " + e.getOriginalMessage(), e);
    }
    Sentence dek = root.has("dek") ? sentence(root.get("dek")) : null;
    List<List<Sentence>> body = new ArrayList<>();
    for (JsonNode paragraph : root.path("body")) {
      List<Sentence> sentences = new ArrayList<>();
      JsonNode items = paragraph.isArray() ? paragraph : paragraph.path("sentences");
      for (JsonNode s : items) {
        Sentence parsed = sentence(s);
        if (parsed != null) {
          sentences.add(parsed);
        }
      }
      if (!sentences.isEmpty()) {
        body.add(sentences);
      }
    }
    List<Sentence> keyPoints = new ArrayList<>();
    for (JsonNode k : root.path("keyPoints")) {
      Sentence parsed = sentence(k);
      if (parsed != null) {
        keyPoints.add(parsed);
      }
    }
    if (dek == null && body.isEmpty()) {
      throw new IllegalArgumentException("the answer has neither a dek nor a body");
    }
    return new WrittenStory(dek, body, keyPoints);
  }

  private static Sentence sentence(JsonNode node) {
    if (node == null || !node.isObject() || !node.path("text").isTextual() || node.path("text").asText().isBlank()) {
      return null;
    }
    List<Integer> cite = new ArrayList<>();
    JsonNode ids = node.has("cite") ? node.get("cite") : node.path("citations");
    for (JsonNode id : ids) {
      if (id.canConvertToInt()) {
        cite.add(id.asInt());
      } else if (id.isTextual() && id.asText().replaceAll("[\\[\\]\\s]", "").matches("\\d+")) {
        cite.add(Integer.parseInt(id.asText().replaceAll("[\\[\\]\\s]", "")));
      }
    }
    return new Sentence(node.get("text").asText().strip(), List.copyOf(cite));
  }
}
