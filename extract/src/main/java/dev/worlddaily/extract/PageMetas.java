package dev.worlddaily.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/** A page's meta tags by name, property, itemprop or http-equiv (lower case); the first value wins. */
final class PageMetas {
  private static final String[] KEYS = {"property", "name", "itemprop", "http-equiv"};
  private final Map<String, String> values = new HashMap<>();
  private final Map<String, List<String>> all = new HashMap<>();

  PageMetas(List<Element> metaElements) {
    for (Element m : metaElements) {
      String v = m.attr("content").strip();
      if (v.isEmpty()) {
        continue;
      }
      for (String key : KEYS) {
        String k = m.attr(key).strip().toLowerCase(Locale.ROOT);
        if (!k.isEmpty()) {
          values.putIfAbsent(k, v);
          all.computeIfAbsent(k, x -> new ArrayList<>(1)).add(v);
        }
      }
    }
  }

  /** The value of a meta tag, or null. */
  String get(String name) {
    return values.get(name);
  }

  /** Every value of a tag that may repeat ({@code citation_author}), in order. */
  List<String> all(String name) {
    return all.getOrDefault(name, List.of());
  }

  /** The first of the named tags that has a value, or null. */
  String first(String... names) {
    for (String n : names) {
      String v = values.get(n);
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
