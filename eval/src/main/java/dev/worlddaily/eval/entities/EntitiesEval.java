package dev.worlddaily.eval.entities;

import dev.worlddaily.enrich.EntityRecognizer;
import dev.worlddaily.enrich.Gazetteer;
import dev.worlddaily.eval.EvalArea;
import dev.worlddaily.eval.entities.ConllCorpus.Document;
import dev.worlddaily.eval.entities.ConllCorpus.Gold;
import dev.worlddaily.model.EntityType;
import dev.worlddaily.model.annotation.EntityMention;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code wdn eval entities}: our entity recognizer on CoNLL-2003 (English development split),
 * exact-span entity F1 per type and overall, as conlleval counts it. Our types map onto CoNLL's:
 * PERSON -> PER, ORGANIZATION -> ORG, PLACE and COUNTRY -> LOC, EVENT and OTHER -> MISC. A mention
 * whose edges are not token edges of the file counts as a false positive.
 */
public final class EntitiesEval implements EvalArea {
  static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public String dataDirectory() {
    return "ner";
  }

  /** CoNLL's type for one of ours. */
  static String conllType(EntityType t) {
    return switch (t) {
      case PERSON -> "PER";
      case ORGANIZATION -> "ORG";
      case PLACE, COUNTRY -> "LOC";
      case EVENT, OTHER -> "MISC";
    };
  }

  /** One entity as a comparable key: document, first token, last token, type. */
  private record Key(int doc, int first, int last, String type) {}

  @Override
  public Map<String, Double> run(Path data, PrintStream out) throws IOException {
    Path file = data.resolve("eng.testa");
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("entities: " + file + " not found");
    }
    List<Document> docs = ConllCorpus.read(file);
    EntityRecognizer recognizer = new EntityRecognizer(new Gazetteer());
    Set<Key> gold = new HashSet<>();
    Set<Key> predicted = new HashSet<>();
    int unaligned = 0;
    long t0 = System.nanoTime();
    long tokens = 0;
    for (int d = 0; d < docs.size(); d++) {
      Document doc = docs.get(d);
      tokens += doc.tokenStart().length;
      for (Gold g : doc.gold()) {
        gold.add(new Key(d, g.first(), g.last(), g.type()));
      }
      Map<Integer, Integer> byStart = new HashMap<>();
      Map<Integer, Integer> byEnd = new HashMap<>();
      for (int i = 0; i < doc.tokenStart().length; i++) {
        byStart.put(doc.tokenStart()[i], i);
        byEnd.put(doc.tokenEnd()[i], i);
      }
      for (EntityMention m : recognizer.recognize(doc.text(), doc.sentences())) {
        Integer first = byStart.get(m.start());
        Integer last = byEnd.get(m.end());
        if (first == null || last == null) {
          unaligned++;
          predicted.add(new Key(d, -m.start() - 1, -m.end() - 1, conllType(m.type())));
        } else {
          predicted.add(new Key(d, first, last, conllType(m.type())));
        }
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Map<String, Double> scores = new LinkedHashMap<>();
    out.printf(Locale.ROOT, "%-8s %6s %6s %6s %6s %6s%n", "type", "gold", "pred", "P", "R", "F1");
    for (String type : TYPES) {
      score(type, gold, predicted, scores, out);
    }
    score(null, gold, predicted, scores, out);
    out.printf(Locale.ROOT, "%d documents, %d tokens, %d mentions not on token edges; %.0f tokens/s%n",
        docs.size(), tokens, unaligned, tokens / seconds);
    printErrors(docs, gold, predicted, out);
    return scores;
  }

  private static void score(String type, Set<Key> gold, Set<Key> predicted, Map<String, Double> scores, PrintStream out) {
    long g = gold.stream().filter(k -> type == null || k.type().equals(type)).count();
    long p = predicted.stream().filter(k -> type == null || k.type().equals(type)).count();
    long tp = predicted.stream().filter(k -> (type == null || k.type().equals(type)) && gold.contains(k)).count();
    double precision = p == 0 ? 0 : (double) tp / p;
    double recall = g == 0 ? 0 : (double) tp / g;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    String name = type == null ? "overall" : type;
    out.printf(Locale.ROOT, "%-8s %6d %6d %6.3f %6.3f %6.3f%n", name, g, p, precision, recall, f1);
    String suffix = type == null ? "" : "." + type;
    scores.put("f1" + suffix, f1);
    scores.put("precision" + suffix, precision);
    scores.put("recall" + suffix, recall);
  }

  /**
   * With {@code -Dwdn.eval.errors=N}: the N most frequent false positives and misses by surface
   * text, and the type confusions of correctly bounded spans, for diagnosis.
   */
  private static void printErrors(List<Document> docs, Set<Key> gold, Set<Key> predicted, PrintStream out) {
    int n = Integer.getInteger("wdn.eval.errors", 0);
    if (n <= 0) {
      return;
    }
    Map<String, Integer> falsePositives = new HashMap<>();
    Map<String, Integer> misses = new HashMap<>();
    Map<String, Integer> confusions = new TreeMap<>();
    Map<String, String> goldTypeBySpan = new HashMap<>();
    Map<String, String> predictedTypeBySpan = new HashMap<>();
    for (Key k : gold) {
      goldTypeBySpan.put(k.doc() + ":" + k.first() + ":" + k.last(), k.type());
    }
    for (Key k : predicted) {
      predictedTypeBySpan.put(k.doc() + ":" + k.first() + ":" + k.last(), k.type());
    }
    for (Key k : predicted) {
      if (!gold.contains(k)) {
        String goldType = goldTypeBySpan.get(k.doc() + ":" + k.first() + ":" + k.last());
        if (goldType != null) {
          confusions.merge(k.type() + " for " + goldType, 1, Integer::sum);
        }
        falsePositives.merge(k.type() + "/" + (goldType == null ? "-" : goldType) + " " + surface(docs, k), 1, Integer::sum);
      }
    }
    for (Key k : gold) {
      if (!predicted.contains(k) && !predictedTypeBySpan.containsKey(k.doc() + ":" + k.first() + ":" + k.last())) {
        misses.merge(k.type() + " " + surface(docs, k), 1, Integer::sum);
      }
    }
    out.println("type confusions (ours for gold): " + confusions);
    out.println("false positives (ours/gold type, text):");
    top(falsePositives, n).forEach(e -> out.println("  " + e));
    out.println("misses (gold type, text):");
    top(misses, n).forEach(e -> out.println("  " + e));
  }

  private static List<String> top(Map<String, Integer> counts, int n) {
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
    entries.sort((a, b) -> b.getValue() - a.getValue());
    return entries.stream().limit(n).map(e -> e.getValue() + "x " + e.getKey()).toList();
  }

  private static String surface(List<Document> docs, Key k) {
    Document d = docs.get(k.doc());
    if (k.first() < 0) {
      return "[" + d.text().substring(-k.first() - 1, -k.last() - 1) + "] (off token edges)";
    }
    return d.text().substring(d.tokenStart()[k.first()], d.tokenEnd()[k.last()]);
  }
}
