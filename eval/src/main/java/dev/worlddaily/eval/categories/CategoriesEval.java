package dev.worlddaily.eval.categories;

import dev.worlddaily.enrich.CompositeEnricher;
import dev.worlddaily.enrich.EnrichConfig;
import dev.worlddaily.eval.EvalArea;
import dev.worlddaily.model.Category;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code wdn eval categories}: our category classifier on AG News headlines with descriptions,
 * accuracy after mapping our nine categories onto its four classes (see {@link #agClass}).
 */
public final class CategoriesEval implements EvalArea {
  @Override
  public String name() {
    return "categories";
  }

  @Override
  public String dataDirectory() {
    return "categories";
  }

  /**
   * AG News's class (1 World, 2 Sports, 3 Business, 4 Sci/Tech) for one of our categories:
   * politics, world and culture news is World; technology, science, health and climate is Sci/Tech.
   */
  static int agClass(Category c) {
    return switch (c) {
      case POLITICS, WORLD, CULTURE -> 1;
      case SPORTS -> 2;
      case BUSINESS -> 3;
      case TECHNOLOGY, SCIENCE, HEALTH, CLIMATE -> 4;
    };
  }

  /** One labelled item. */
  record Item(int label, String title, String description) {}

  @Override
  public Map<String, Double> run(Path data, PrintStream out) throws IOException {
    Path file = data.resolve("agnews-dev.csv");
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("categories: " + file + " not found");
    }
    List<String> classes = Files.readAllLines(data.resolve("classes.txt"), StandardCharsets.UTF_8);
    List<Item> items = read(file);
    int[][] confusion = new int[5][5];
    Map<Category, Integer> ours = new TreeMap<>();
    long t0 = System.nanoTime();
    try (CompositeEnricher enricher = new CompositeEnricher(EnrichConfig.defaults())) {
      int batch = 64;
      for (int from = 0; from < items.size(); from += batch) {
        List<Item> chunk = items.subList(from, Math.min(items.size(), from + batch));
        List<Category> got = enricher.categorizeAll(chunk.stream().map(Item::title).toList(), chunk.stream().map(Item::description).toList());
        for (int k = 0; k < chunk.size(); k++) {
          ours.merge(got.get(k), 1, Integer::sum);
          confusion[chunk.get(k).label()][agClass(got.get(k))]++;
        }
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    int correct = 0;
    out.printf(Locale.ROOT, "%-10s %6s %6s %6s %6s   (rows gold, columns ours)%n", "", "World", "Sports", "Busin.", "SciT.");
    Map<String, Double> scores = new LinkedHashMap<>();
    for (int g = 1; g <= 4; g++) {
      int row = 0;
      for (int p = 1; p <= 4; p++) {
        row += confusion[g][p];
      }
      correct += confusion[g][g];
      out.printf(Locale.ROOT, "%-10s %6d %6d %6d %6d   recall %.3f%n", classes.get(g - 1), confusion[g][1], confusion[g][2], confusion[g][3], confusion[g][4],
          row == 0 ? 0 : (double) confusion[g][g] / row);
      scores.put("recall." + classes.get(g - 1).replace('/', '-'), row == 0 ? 0 : (double) confusion[g][g] / row);
    }
    double accuracy = (double) correct / items.size();
    out.printf(Locale.ROOT, "accuracy %.4f on %d items; our categories %s; %.0f items/s%n", accuracy, items.size(), ours, items.size() / seconds);
    scores.put("accuracy", accuracy);
    return scores;
  }

  static List<Item> read(Path file) throws IOException {
    List<Item> out = new ArrayList<>();
    int lineNumber = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      List<String> fields = csv(line);
      if (fields.size() < 3) {
        throw new IllegalArgumentException("categories: line " + lineNumber + " has " + fields.size() + " fields, want 3");
      }
      out.add(new Item(Integer.parseInt(fields.get(0).strip()), clean(fields.get(1)), clean(fields.get(2))));
    }
    return out;
  }

  /**
   * The set's own escapes: a backslash for a line break, {@code #36;} for "$", {@code #39;} for an
   * apostrophe, {@code quot;} and {@code amp;} left of HTML entities; and the HTML markup some
   * items carry (links, bold tags), which an extracted article text never has.
   */
  static String clean(String s) {
    String t = s.replace("\\", " ").replace(" #36;", " $").replace("#36;", "$").replace(" #39;", "'").replace("#39;", "'")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    t = t.replaceAll("<[^>]*>", " ").replace(" quot;", " \"").replace("quot;", "\"").replace(" amp;", " &").replace("amp;", "&");
    return t.replaceAll("\\s+", " ").strip();
  }

  /** One CSV record of quoted fields ({@code ""} inside a field is a quote). */
  static List<String> csv(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    out.add(field.toString());
    return out;
  }
}
