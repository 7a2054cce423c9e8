package dev.worlddaily.eval.extraction;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.worlddaily.eval.extraction.EvalSets.Page;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Optional output for diagnosis, switched on by system properties: {@code -Dwdn.eval.dump=DIR}
 * writes one JSON line per page to {@code DIR/<set>.jsonl}; {@code -Dwdn.eval.worst=N} prints the N
 * pages with the lowest word F1; {@code -Dwdn.eval.meta=N} prints N title, author and date misses.
 */
final class Diagnostics {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Diagnostics() {}

  static void report(String set, List<Page> pages, List<Extractor.Result> results, PrintStream out) throws IOException {
    dump(set, pages, results);
    if (set.equals("wcxb")) {
      worst(pages, results, out);
      metadataMisses(pages, results, out);
    }
  }

  private static void dump(String set, List<Page> pages, List<Extractor.Result> results) throws IOException {
    String dir = System.getProperty("wdn.eval.dump", "");
    if (dir.isEmpty()) {
      return;
    }
    Path file = Path.of(dir).resolve(set + ".jsonl");
    Files.createDirectories(file.getParent());
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      for (int i = 0; i < pages.size(); i++) {
        Extractor.Result r = results.get(i);
        ObjectNode node = JSON.createObjectNode();
        node.put("id", pages.get(i).id());
        node.put("text", r.text());
        node.put("title", r.title());
        node.putPOJO("authors", r.authors());
        node.put("published", r.published() == null ? null : r.published().toString());
        node.put("updated", r.updated() == null ? null : r.updated().toString());
        w.write(JSON.writeValueAsString(node));
        w.newLine();
      }
    }
  }

  private static void metadataMisses(List<Page> pages, List<Extractor.Result> results, PrintStream out) {
    int n = Integer.getInteger("wdn.eval.meta", 0);
    int t = 0;
    int a = 0;
    int d = 0;
    for (int i = 0; i < pages.size(); i++) {
      Page p = pages.get(i);
      Extractor.Result r = results.get(i);
      if (t < n && p.title() != null && !MetadataMatch.sameTitle(p.title(), r.title())) {
        out.println("  title " + p.id() + ": want [" + p.title() + "] got [" + r.title() + "]");
        t++;
      }
      if (a < n && p.author() != null && !p.author().isBlank() && !MetadataMatch.sameAuthors(p.author(), r.authors())) {
        out.println("  author " + p.id() + ": want [" + p.author() + "] got " + r.authors());
        a++;
      }
      if (d < n && p.date() != null && !p.date().isBlank() && !MetadataMatch.statesDate(r.published(), r.updated(), p.date())) {
        out.println("  date " + p.id() + ": want [" + p.date() + "] got " + r.published() + " / updated " + r.updated());
        d++;
      }
    }
  }

  private static void worst(List<Page> pages, List<Extractor.Result> results, PrintStream out) {
    int n = Integer.getInteger("wdn.eval.worst", 0);
    if (n <= 0) {
      return;
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> Double.compare(TextMetrics.words(pages.get(a).body(), results.get(a).text())[2],
        TextMetrics.words(pages.get(b).body(), results.get(b).text())[2]));
    for (int k = 0; k < Math.min(n, order.size()); k++) {
      int i = order.get(k);
      double[] s = TextMetrics.words(pages.get(i).body(), results.get(i).text());
      String truth = pages.get(i).body().replace('\n', ' ');
      String got = results.get(i).text().replace('\n', ' ');
      out.printf(Locale.ROOT, "  worst %s P=%.2f R=%.2f truth=%d got=%d | %s | GOT: %s%n", pages.get(i).id(), s[0], s[1],
          truth.length(), got.length(), truth.substring(0, Math.min(120, truth.length())), got.substring(0, Math.min(120, got.length())));
    }
  }
}
