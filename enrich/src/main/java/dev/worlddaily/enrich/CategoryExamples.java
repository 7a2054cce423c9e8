package dev.worlddaily.enrich;

import dev.worlddaily.model.Category;
import dev.worlddaily.model.Ids;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Our example headlines per category ({@code category-examples.tsv}) with their MiniLM vectors.
 * Embedding the ~1,300 examples costs several seconds of CPU, so their vectors ship beside them
 * ({@code category-examples.vectors}: a header with the SHA-256 of the examples' text, then one
 * half-precision vector per example). When the texts changed since the vectors were written, the
 * examples are embedded at start-up instead (logged) and a unit test fails until the file is
 * regenerated with {@link #main}:
 * {@code java -cp "eval/target/lib/*" dev.worlddaily.enrich.CategoryExamples enrich/src/main/resources/dev/worlddaily/enrich/category-examples.vectors}
 * (after building the eval module, whose lib folder holds the enrich jar and its dependencies).
 */
final class CategoryExamples {
  private static final Logger LOG = LoggerFactory.getLogger(CategoryExamples.class);
  private static final String TEXTS = "category-examples.tsv";
  private static final String VECTORS = "category-examples.vectors";
  private static final int MAGIC = 0x57444e56; // "WDNV"
  private static final int VERSION = 1;

  /** One example. */
  record Example(Category category, String text) {}

  private final List<Example> examples;
  private final String textHash;

  private CategoryExamples(List<Example> examples) {
    this.examples = List.copyOf(examples);
    StringBuilder all = new StringBuilder();
    for (Example e : examples) {
      all.append(e.category().label()).append('\t').append(e.text()).append('\n');
    }
    this.textHash = Ids.sha256Hex(all.toString());
  }

  /** The examples shipped in the jar. */
  static CategoryExamples load() {
    try (InputStream in = resource(TEXTS)) {
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + TEXTS, e);
    }
  }

  static CategoryExamples parse(InputStream tsv) throws IOException {
    List<Example> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8));
    String line;
    int number = 0;
    while ((line = r.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab < 0 || line.substring(tab + 1).isBlank()) {
        throw new IllegalArgumentException(TEXTS + " line " + number + ": want category<TAB>text");
      }
      out.add(new Example(Category.parse(line.substring(0, tab)), line.substring(tab + 1).strip()));
    }
    return new CategoryExamples(out);
  }

  List<Example> examples() {
    return examples;
  }

  /** SHA-256 of the examples' categories and texts (comments and blank lines aside). */
  String textHash() {
    return textHash;
  }

  /**
   * The examples' unit vectors, in order: the shipped ones when they were written for these
   * texts, else computed now with {@code embedder}.
   */
  List<float[]> vectors(Embedder embedder) {
    List<float[]> shipped = shippedVectors();
    if (shipped != null) {
      return shipped;
    }
    LOG.warn("{} does not match {}: embedding the {} examples now (regenerate it, see CategoryExamples)", VECTORS, TEXTS, examples.size());
    return embedder.embedAll(examples.stream().map(Example::text).toList());
  }

  /** The shipped vectors, or null when the file is missing or was written for other texts. */
  List<float[]> shippedVectors() {
    InputStream raw = CategoryExamples.class.getResourceAsStream(VECTORS);
    if (raw == null) {
      return null;
    }
    try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw))) {
      if (in.readInt() != MAGIC || in.readInt() != VERSION) {
        return null;
      }
      byte[] hash = new byte[64];
      in.readFully(hash);
      int count = in.readInt();
      int dimensions = in.readInt();
      if (!new String(hash, StandardCharsets.US_ASCII).equals(textHash) || count != examples.size() || dimensions != Embedder.DIMENSIONS) {
        return null;
      }
      List<float[]> out = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        float[] v = new float[dimensions];
        for (int d = 0; d < dimensions; d++) {
          v[d] = Float.float16ToFloat(in.readShort());
        }
        out.add(Embedder.normalize(v));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + VECTORS, e);
    }
  }

  /** Writes the vectors of these examples in the shipped format. */
  void write(List<float[]> vectors, OutputStream target) throws IOException {
    DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(target));
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.write(textHash.getBytes(StandardCharsets.US_ASCII));
    out.writeInt(vectors.size());
    out.writeInt(Embedder.DIMENSIONS);
    for (float[] v : vectors) {
      for (float x : v) {
        out.writeShort(Float.floatToFloat16(x));
      }
    }
    out.flush();
  }

  private static InputStream resource(String name) {
    InputStream in = CategoryExamples.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("resource missing from the classpath: " + name);
    }
    return in;
  }

  /** Regenerates {@code category-examples.vectors}: {@code args[0]} is the file to write. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: CategoryExamples PATH/category-examples.vectors");
      System.exit(2);
    }
    CategoryExamples examples = load();
    try (Embedder embedder = new Embedder(32, 0)) {
      List<float[]> vectors = embedder.embedAll(examples.examples().stream().map(Example::text).toList());
      try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
        examples.write(vectors, out);
      }
    }
    System.out.println("wrote " + examples.examples().size() + " vectors for " + examples.textHash() + " to " + args[0]);
  }
}
