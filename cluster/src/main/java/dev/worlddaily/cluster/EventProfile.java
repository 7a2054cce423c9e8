package dev.worlddaily.cluster;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The summary of one or more articles that event similarity compares: embeddings and words per
 * language, named entities and figures with weights, the dates they state, their time span and
 * which outlet wrote on which day. An article's profile and a story's profile (the sum of its
 * articles') have the same shape, so that article-to-story and story-to-story comparisons are one
 * computation.
 */
final class EventProfile {
  /** Weights kept per story; a long-running story forgets its faintest words and names. */
  static final int MAX_TERMS = 400;
  static final int MAX_ENTITIES = 200;
  static final int MAX_FIGURES = 100;
  /** Words kept per article for split checks. */
  static final int MEMBER_TERMS = 80;

  int articles;
  /** Sorted by language (compared in that order); an immutable map in a compact member. */
  Map<String, LanguageSide> languages = new TreeMap<>();
  final WeightMap entities = new WeightMap();
  /**
   * Every name, typed or not: across languages the entity rules type few names (they know
   * English best), so untyped ones count there.
   */
  final WeightMap names = new WeightMap();
  final WeightMap figures = new WeightMap();
  /** Days the articles state, sorted epoch days ({@link StatedDays}). */
  int[] dates = StatedDays.NONE;
  OutletDays outletDays = OutletDays.NONE;
  /** Earliest and latest publication time of the articles; null if none is known. */
  Instant first;
  Instant last;

  void add(EventProfile other) {
    articles += other.articles;
    other.languages.forEach((lang, side) -> languages.computeIfAbsent(lang, k -> new LanguageSide()).add(side));
    entities.add(other.entities);
    names.add(other.names);
    figures.add(other.figures);
    dates = StatedDays.union(dates, other.dates);
    outletDays = outletDays.union(other.outletDays);
    if (other.first != null && (first == null || other.first.isBefore(first))) {
      first = other.first;
    }
    if (other.last != null && (last == null || other.last.isAfter(last))) {
      last = other.last;
    }
    for (LanguageSide side : languages.values()) {
      side.terms.prune(MAX_TERMS);
    }
    entities.prune(MAX_ENTITIES);
    names.prune(MAX_ENTITIES);
    figures.prune(MAX_FIGURES);
  }

  /**
   * A smaller, read-only copy for keeping an article as a story member (for split checks): its
   * strongest words only, its vectors as nibbles, every weight map sorted (exact-size arrays) with
   * its weights in half precision, its single language in an immutable map, its dates and
   * outlet shared with the article's profile; a member is only compared and added, never added
   * to. (Leaving the body vector out saves memory but made splits on ECB+ worse.)
   */
  EventProfile compact() {
    EventProfile c = new EventProfile();
    c.articles = articles;
    TreeMap<String, LanguageSide> sides = new TreeMap<>();
    languages.forEach((lang, side) -> sides.put(lang, side.compact(MEMBER_TERMS, MEMBER_TERMS / 2)));
    c.languages = small(sides);
    c.entities.add(entities);
    c.entities.halve();
    c.names.add(names);
    c.names.halve();
    c.figures.add(figures);
    c.figures.halve();
    c.dates = dates;
    c.outletDays = outletDays;
    c.first = first;
    c.last = last;
    return c;
  }

  /**
   * A sorted map of at most one entry as an immutable one (a tenth of its size); a larger one
   * stays as it is, so that iteration order never depends on an immutable map's hashing.
   */
  private static <K, V> Map<K, V> small(TreeMap<K, V> m) {
    if (m.isEmpty()) {
      return Map.of();
    }
    return m.size() == 1 ? Map.of(m.firstKey(), m.firstEntry().getValue()) : m;
  }

  /** The language with the most articles; ties to the alphabetically first. */
  String mainLanguage() {
    String best = null;
    int most = -1;
    for (Map.Entry<String, LanguageSide> e : languages.entrySet()) {
      if (e.getValue().articles > most) {
        best = e.getKey();
        most = e.getValue().articles;
      }
    }
    return best;
  }

  /** The title-and-lead centroid of the main language, unit length, or null. */
  float[] leadCentroid() {
    String lang = mainLanguage();
    return lang == null ? null : Vectors.unit(languages.get(lang).lead());
  }
}
