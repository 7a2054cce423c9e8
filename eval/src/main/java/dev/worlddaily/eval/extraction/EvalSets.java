package dev.worlddaily.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** The two extraction sets of {@code shared/eval/extraction}, read as pages with their truth. */
final class EvalSets {
  private static final ObjectMapper JSON = new ObjectMapper();

  private EvalSets() {}

  /**
   * One page of a set, with its truth; scrapinghub pages have a body only.
   *
   * @param date the truth's publication date, {@code yyyy-MM-dd...}, or null
   */
  record Page(String id, String url, byte[] html, String body, String title, String author, String date, List<String> with,
      List<String> without) {}

  /** Both sets; fails with a one-line reason when the folder holds neither or no page of them. */
  static List<List<Page>> load(Path data) throws IOException {
    Path sh = data.resolve("scrapinghub");
    Path wc = data.resolve("wcxb-dev");
    boolean hasSh = Files.isRegularFile(sh.resolve("ground-truth.json"));
    boolean hasWc = Files.isDirectory(wc.resolve("ground-truth"));
    if (!hasSh && !hasWc) {
      throw new IllegalArgumentException("no extraction set in " + data + ": expected scrapinghub/ground-truth.json or wcxb-dev/ground-truth/");
    }
    List<List<Page>> sets = List.of(hasSh ? scrapinghub(sh) : List.of(), hasWc ? wcxb(wc) : List.of());
    if (sets.get(0).isEmpty() && sets.get(1).isEmpty()) {
      throw new IllegalArgumentException("no extraction pages in " + data + ": no ground-truth entry has its html/<id>.html.gz");
    }
    return sets;
  }

  private static List<Page> scrapinghub(Path dir) throws IOException {
    List<Page> out = new ArrayList<>();
    JsonNode truth = JSON.readTree(dir.resolve("ground-truth.json").toFile());
    for (var it = truth.fieldNames(); it.hasNext(); ) {
      String id = it.next();
      JsonNode t = truth.get(id);
      Path html = dir.resolve("html").resolve(id + ".html.gz");
      if (Files.exists(html)) {
        out.add(new Page(id, t.path("url").asText(), gunzip(html), t.path("articleBody").asText(""), null, null, null, List.of(), List.of()));
      }
    }
    out.sort((a, b) -> a.id().compareTo(b.id()));
    return out;
  }

  private static List<Page> wcxb(Path dir) throws IOException {
    List<Page> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir.resolve("ground-truth"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode root = JSON.readTree(f.toFile());
        JsonNode gt = root.path("ground_truth");
        String id = f.getFileName().toString().replace(".json", "");
        Path html = dir.resolve("html").resolve(id + ".html.gz");
        if (!Files.exists(html)) {
          continue;
        }
        out.add(new Page(id, root.path("url").asText(), gunzip(html), gt.path("main_content").asText(""),
            text(gt, "title"), text(gt, "author"), text(gt, "publish_date"), strings(gt.path("with")), strings(gt.path("without"))));
      }
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asText() : null;
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.forEach(x -> out.add(x.asText()));
    return out;
  }

  private static byte[] gunzip(Path p) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
      return in.readAllBytes();
    }
  }
}
