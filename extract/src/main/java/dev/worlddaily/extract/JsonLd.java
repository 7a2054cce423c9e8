package dev.worlddaily.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/** The article object of a page's JSON-LD, if it has one; broken JSON-LD is ignored. */
final class JsonLd {
  private static final Set<String> ARTICLE_TYPES = Set.of(
      "newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
      "opinionnewsarticle", "backgroundnewsarticle", "socialmediaposting", "webpage", "liveblogposting");
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLd() {}

  /** The most article-like JSON-LD object, or null. */
  static JsonNode article(List<Element> ldScripts) {
    JsonNode best = null;
    int bestRank = Integer.MAX_VALUE;
    for (Element script : ldScripts) {
      JsonNode root;
      try {
        root = JSON.readTree(script.data().strip());
      } catch (JsonProcessingException e) {
        continue;
      }
      for (JsonNode node : flatten(root)) {
        int rank = rank(node);
        if (rank < bestRank) {
          best = node;
          bestRank = rank;
        }
      }
    }
    return best;
  }

  private static List<JsonNode> flatten(JsonNode root) {
    List<JsonNode> out = new ArrayList<>();
    if (root == null) {
      return out;
    }
    if (root.isArray()) {
      root.forEach(n -> out.addAll(flatten(n)));
    } else if (root.isObject()) {
      out.add(root);
      if (root.has("@graph")) {
        out.addAll(flatten(root.get("@graph")));
      }
    }
    return out;
  }

  /** Lower is better: news articles before generic articles before web pages. */
  private static int rank(JsonNode node) {
    int best = Integer.MAX_VALUE;
    for (String type : types(node)) {
      String t = type.toLowerCase(Locale.ROOT);
      if (ARTICLE_TYPES.contains(t)) {
        int r = t.equals("webpage") ? 3 : t.endsWith("newsarticle") ? 0 : t.equals("article") ? 1 : 2;
        best = Math.min(best, r);
      }
    }
    return best;
  }

  private static List<String> types(JsonNode node) {
    JsonNode t = node.get("@type");
    List<String> out = new ArrayList<>();
    if (t == null) {
      return out;
    }
    if (t.isArray()) {
      t.forEach(x -> out.add(x.asText()));
    } else {
      out.add(t.asText());
    }
    return out;
  }

  static String text(JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isArray()) {
      v = v.size() > 0 ? v.get(0) : null;
    }
    if (v == null) {
      return null;
    }
    if (v.isObject()) {
      JsonNode inner = v.has("name") ? v.get("name") : v.has("url") ? v.get("url") : v.get("@id");
      return inner == null ? null : inner.asText();
    }
    return v.asText();
  }

  /** Every text value of a field that may be a list ("keywords": ["a", "b"]). */
  static List<String> texts(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    JsonNode v = node == null ? null : node.get(field);
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.isArray()) {
      v.forEach(x -> {
        if (x.isValueNode()) {
          out.add(x.asText());
        }
      });
    } else if (v.isValueNode()) {
      out.add(v.asText());
    }
    return out;
  }

  /** Names of the author(s): strings, Person objects or arrays of them. */
  static List<String> names(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    if (node == null || node.get(field) == null) {
      return out;
    }
    JsonNode v = node.get(field);
    List<JsonNode> items = new ArrayList<>();
    if (v.isArray()) {
      v.forEach(items::add);
    } else {
      items.add(v);
    }
    for (JsonNode item : items) {
      if (item.isTextual()) {
        out.add(item.asText());
      } else if (item.isObject() && item.has("name")) {
        String type = item.has("@type") ? item.get("@type").asText() : "Person";
        if (!type.equalsIgnoreCase("Organization") && !type.equalsIgnoreCase("NewsMediaOrganization")) {
          out.add(item.get("name").asText());
        }
      }
    }
    return out;
  }

  /** Names of the organisations given as a field's value ("author": {"@type": "Organization", ...}). */
  static List<String> organisations(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    JsonNode v = node == null ? null : node.get(field);
    if (v == null) {
      return out;
    }
    for (JsonNode item : v.isArray() ? v : List.of(v)) {
      String type = item.isObject() && item.has("@type") ? item.get("@type").asText() : "";
      if (item.has("name") && type.toLowerCase(java.util.Locale.ROOT).endsWith("organization")) {
        out.add(item.get("name").asText());
      }
    }
    return out;
  }

  /** URL, caption and credit of the JSON-LD image. */
  static String[] image(JsonNode node) {
    if (node == null || node.get("image") == null) {
      return null;
    }
    JsonNode img = node.get("image");
    if (img.isArray()) {
      img = img.size() > 0 ? img.get(0) : null;
    }
    if (img == null) {
      return null;
    }
    if (img.isTextual()) {
      return new String[] {img.asText(), null, null};
    }
    String url = text(img, "url");
    if (url == null) {
      url = text(img, "contentUrl");
    }
    return url == null ? null : new String[] {url, text(img, "caption"), text(img, "creditText") != null ? text(img, "creditText") : text(img, "copyrightHolder")};
  }
}
