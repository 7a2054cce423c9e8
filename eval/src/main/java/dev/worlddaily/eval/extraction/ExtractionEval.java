package dev.worlddaily.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.worlddaily.eval.EvalArea;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * {@code wdn eval extraction}: worlddaily, Readability4J and boilerpipe on the same pages of both
 * sets in one run, with the sets' own metrics and pages per second.
 */
public final class ExtractionEval implements EvalArea {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int WARM_UP_PAGES = 100;

  @Override
  public String name() {
    return "extraction";
  }

  @Override
  public String dataDirectory() {
    return "extraction";
  }

  /** One page of a set, with its truth. */
  record Page(String id, String url, byte[] html, String body, String title, String author, String date, List<String> with, List<String> without) {}

  @Override
  public Map<String, Double> run(Path data, PrintStream out) throws IOException {
    List<Page> scrapinghub = scrapinghub(data.resolve("scrapinghub"));
    List<Page> wcxb = wcxb(data.resolve("wcxb-dev"));
    Map<String, Double> ours = new LinkedHashMap<>();
    Map<String, Double> pagesPerSecond = new LinkedHashMap<>();
    out.printf(Locale.ROOT, "%-14s %-12s %6s %6s %6s %6s %6s %6s %6s %6s %8s%n",
        "system", "set", "P", "R", "F1", "with", "without", "title", "author", "date", "pages/s");
    String only = System.getProperty("wdn.eval.only", "");
    for (Extractor system : Systems.all()) {
      if (!only.isEmpty() && !system.name().equals(only)) {
        continue;
      }
      warmUp(system, scrapinghub, wcxb);
      // Timing: the faster of two passes over both sets, so a collection or a JIT pause in one
      // pass does not decide the comparison; scores come from the first pass.
      long second = timeAll(system, scrapinghub, wcxb);
      long nanos = 0;
      if (!scrapinghub.isEmpty()) {
        long t0 = System.nanoTime();
        List<Extractor.Result> results = extractAll(system, scrapinghub);
        nanos += System.nanoTime() - t0;
        double[] prf = scrapinghubScores(scrapinghub, results);
        if (system instanceof Systems.Ours) {
          dump("scrapinghub", scrapinghub, results);
        }
        out.printf(Locale.ROOT, "%-14s %-12s %6.3f %6.3f %6.3f%n", system.name(), "scrapinghub", prf[0], prf[1], prf[2]);
        if (system instanceof Systems.Ours) {
          ours.put("scrapinghub.f1", prf[2]);
        }
      }
      if (!wcxb.isEmpty()) {
        long t0 = System.nanoTime();
        List<Extractor.Result> results = extractAll(system, wcxb);
        nanos += System.nanoTime() - t0;
        Map<String, Double> s = wcxbScores(wcxb, results);
        out.printf(Locale.ROOT, "%-14s %-12s %6.3f %6.3f %6.3f %6.3f %6.3f %6s %6s %6s%n", system.name(), "wcxb-dev",
            s.get("p"), s.get("r"), s.get("f1"), s.get("with"), s.get("without"),
            fmt(s.get("title")), fmt(s.get("author")), fmt(s.get("date")));
        if (system instanceof Systems.Ours) {
          dump("wcxb", wcxb, results);
          printWorst(wcxb, results, out);
          printMetadataMisses(wcxb, results, out);
          ours.put("wcxb.f1", s.get("f1"));
          ours.put("wcxb.with", s.get("with"));
          ours.put("wcxb.without", s.get("without"));
          ours.put("wcxb.title", s.get("title"));
          ours.put("wcxb.author", s.get("author"));
          ours.put("wcxb.date", s.get("date"));
          ours.put("wcxb.datePublished", s.get("datePublished"));
          out.printf(Locale.ROOT, "%-14s %-12s date by publication time alone: %.3f%n", system.name(), "wcxb-dev", s.get("datePublished"));
        }
      }
      double pps = (scrapinghub.size() + wcxb.size()) / (Math.min(nanos, second) / 1e9);
      pagesPerSecond.put(system.name(), pps);
      out.printf(Locale.ROOT, "%-14s %-12s %76.1f%n", system.name(), "both", pps);
    }
    if (pagesPerSecond.containsKey("Readability4J")) {
      ours.put("speedVsReadability", pagesPerSecond.get("worlddaily") / pagesPerSecond.get("Readability4J"));
      out.printf(Locale.ROOT, "worlddaily is %.1fx Readability4J's speed%n", ours.get("speedVsReadability"));
    }
    return ours;
  }

  /**
   * With {@code -Dwdn.eval.dump=DIR}, one JSON line per page (id, text, title, authors, dates)
   * into {@code DIR/<set>.jsonl}, for diagnosis outside the harness.
   */
  private static void dump(String set, List<Page> pages, List<Extractor.Result> results) throws IOException {
    String dir = System.getProperty("wdn.eval.dump", "");
    if (dir.isEmpty()) {
      return;
    }
    Path file = Path.of(dir).resolve(set + ".jsonl");
    Files.createDirectories(file.getParent());
    try (var w = Files.newBufferedWriter(file)) {
      for (int i = 0; i < pages.size(); i++) {
        Extractor.Result r = results.get(i);
        var node = JSON.createObjectNode();
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

  /** With {@code -Dwdn.eval.meta=N}, N title, author and date misses each, for diagnosis. */
  private static void printMetadataMisses(List<Page> pages, List<Extractor.Result> results, PrintStream out) {
    int n = Integer.getInteger("wdn.eval.meta", 0);
    int t = 0;
    int a = 0;
    int d = 0;
    for (int i = 0; i < pages.size(); i++) {
      Page p = pages.get(i);
      Extractor.Result r = results.get(i);
      if (t < n && p.title() != null && !TextMetrics.normalized(p.title()).equals(TextMetrics.normalized(r.title()))) {
        out.println("  title " + p.id() + ": want [" + p.title() + "] got [" + r.title() + "]");
        t++;
      }
      if (a < n && p.author() != null && !p.author().isBlank() && !sameNames(p.author(), r.authors())) {
        out.println("  author " + p.id() + ": want [" + p.author() + "] got " + r.authors());
        a++;
      }
      if (d < n && p.date() != null && !p.date().isBlank()
          && !statesDate(r, p.date())) {
        out.println("  date " + p.id() + ": want [" + p.date() + "] got " + r.published() + " / updated " + r.updated());
        d++;
      }
    }
  }

  /** With {@code -Dwdn.eval.worst=N}, the N pages where we do worst, for diagnosis. */
  private static void printWorst(List<Page> pages, List<Extractor.Result> results, PrintStream out) {
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
      String got = results.get(i).text();
      out.printf(Locale.ROOT, "  worst %s P=%.2f R=%.2f truth=%d got=%d | %s | GOT: %s%n", pages.get(i).id(), s[0], s[1],
          pages.get(i).body().length(), got.length(), pages.get(i).body().replace('\n', ' ').substring(0, Math.min(120, pages.get(i).body().length())),
          got.replace('\n', ' ').substring(0, Math.min(120, got.length())));
    }
  }

  private static String fmt(Double d) {
    return d == null || d.isNaN() ? "-" : String.format(Locale.ROOT, "%.3f", d);
  }

  private static long timeAll(Extractor system, List<Page> a, List<Page> b) {
    long t0 = System.nanoTime();
    extractAll(system, a);
    extractAll(system, b);
    return System.nanoTime() - t0;
  }

  private static void warmUp(Extractor system, List<Page> a, List<Page> b) {
    List<Page> pages = new ArrayList<>(a.subList(0, Math.min(WARM_UP_PAGES, a.size())));
    pages.addAll(b.subList(0, Math.min(WARM_UP_PAGES, b.size())));
    extractAll(system, pages);
  }

  private static List<Extractor.Result> extractAll(Extractor system, List<Page> pages) {
    List<Extractor.Result> out = new ArrayList<>(pages.size());
    for (Page p : pages) {
      out.add(system.extract(p.url(), p.html()));
    }
    return out;
  }

  static double[] scrapinghubScores(List<Page> pages, List<Extractor.Result> results) {
    double p = 0;
    double r = 0;
    int np = 0;
    int nr = 0;
    for (int i = 0; i < pages.size(); i++) {
      TextMetrics.PageScore s = TextMetrics.shingles(pages.get(i).body(), results.get(i).text());
      if (!Double.isNaN(s.precision())) {
        p += s.precision();
        np++;
      }
      if (!Double.isNaN(s.recall())) {
        r += s.recall();
        nr++;
      }
    }
    double precision = np == 0 ? 0 : p / np;
    double recall = nr == 0 ? 0 : r / nr;
    return new double[] {precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)};
  }

  static Map<String, Double> wcxbScores(List<Page> pages, List<Extractor.Result> results) {
    double p = 0;
    double r = 0;
    double f1 = 0;
    int withTotal = 0;
    int withFound = 0;
    int withoutTotal = 0;
    int withoutFound = 0;
    int titles = 0;
    int titlesRight = 0;
    int authors = 0;
    int authorsRight = 0;
    int dates = 0;
    int datesRight = 0;
    int datesPublishedRight = 0;
    boolean hasMetadata = false;
    for (int i = 0; i < pages.size(); i++) {
      Page page = pages.get(i);
      Extractor.Result res = results.get(i);
      double[] s = TextMetrics.words(page.body(), res.text());
      p += s[0];
      r += s[1];
      f1 += s[2];
      String text = TextMetrics.normalized(res.text());
      for (String w : page.with()) {
        withTotal++;
        withFound += text.contains(TextMetrics.normalized(w)) ? 1 : 0;
      }
      for (String w : page.without()) {
        withoutTotal++;
        withoutFound += !TextMetrics.normalized(w).isEmpty() && text.contains(TextMetrics.normalized(w)) ? 1 : 0;
      }
      hasMetadata |= res.title() != null;
      if (page.title() != null && !page.title().isBlank()) {
        titles++;
        titlesRight += TextMetrics.normalized(page.title()).equals(TextMetrics.normalized(res.title())) ? 1 : 0;
      }
      if (page.author() != null && !page.author().isBlank()) {
        authors++;
        authorsRight += sameNames(page.author(), res.authors()) ? 1 : 0;
      }
      if (page.date() != null && !page.date().isBlank()) {
        dates++;
        datesRight += statesDate(res, page.date()) ? 1 : 0;
        datesPublishedRight += day(res.published()) != null && page.date().startsWith(day(res.published())) ? 1 : 0;
      }
    }
    int n = pages.size();
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("p", p / n);
    out.put("r", r / n);
    out.put("f1", f1 / n);
    out.put("with", withTotal == 0 ? 1 : withFound / (double) withTotal);
    out.put("without", withoutTotal == 0 ? 0 : withoutFound / (double) withoutTotal);
    out.put("title", hasMetadata && titles > 0 ? titlesRight / (double) titles : Double.NaN);
    boolean hasAuthors = results.stream().anyMatch(x -> !x.authors().isEmpty());
    out.put("author", hasAuthors && authors > 0 ? authorsRight / (double) authors : Double.NaN);
    boolean hasDates = results.stream().anyMatch(x -> x.published() != null);
    out.put("date", hasDates && dates > 0 ? datesRight / (double) dates : Double.NaN);
    out.put("datePublished", hasDates && dates > 0 ? datesPublishedRight / (double) dates : Double.NaN);
    return out;
  }

  /**
   * True when the truth's date is the day of our publication or update time: the set's truth is
   * the date a page shows, which is its last update on some pages and its first publication on
   * others. The strict publication-only figure is reported beside it.
   */
  static boolean statesDate(Extractor.Result r, String truth) {
    String p = day(r.published());
    String u = day(r.updated());
    return p != null && truth.startsWith(p) || u != null && truth.startsWith(u);
  }

  private static String day(java.time.Instant t) {
    return t == null ? null : LocalDate.ofInstant(t, ZoneOffset.UTC).toString();
  }

  /**
   * The same people: the truth's author string is split into names (at commas, "&", "and", "|")
   * and credentials ("MS", "Ph.D.", "CEPF®") and roles ("Shipping Expert", "Dietitian") are set
   * aside, as the issue asks authors to be clean person names; the remaining names must equal ours.
   */
  static boolean sameNames(String truth, List<String> ours) {
    Set<Set<String>> want = new HashSet<>();
    for (String part : truth.split("\\s*(?:,|&|\\band\\b|\\||\\s[-–]\\s)\\s*")) {
      String p = part.strip();
      if (p.isEmpty() || CREDENTIAL.matcher(p).matches() || containsRole(p)) {
        continue;
      }
      want.add(nameWords(p));
    }
    Set<Set<String>> got = new HashSet<>();
    for (String o : ours) {
      got.add(nameWords(o));
    }
    return !want.isEmpty() && want.equals(got);
  }

  private static final java.util.regex.Pattern CREDENTIAL = java.util.regex.Pattern.compile("(?:[A-Z][A-Za-z.]{0,5}\\.?[®]?(?:\\s?\\d+)?|[A-Z]{1,6}(?:-[A-Z]{1,6})*(?:\\s\\d+)?[®]?|Ph\\.?D\\.?|M\\.?D\\.?)");
  private static final Set<String> ROLES = Set.of("expert", "editor", "editors", "dietitian", "director", "writer", "reporter", "staff",
      "team", "contributor", "specialist", "consultant", "manager", "analyst", "officer", "correspondent", "years", "industry", "founder", "ceo");

  private static boolean containsRole(String part) {
    for (String w : TextMetrics.tokens(part.toLowerCase(Locale.ROOT))) {
      if (ROLES.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> nameWords(String s) {
    Set<String> out = new HashSet<>(TextMetrics.tokens(s.toLowerCase(Locale.ROOT)));
    out.removeAll(Set.of("by", "dr", "mr", "mrs", "ms"));
    return out;
  }

  private static List<Page> scrapinghub(Path dir) throws IOException {
    List<Page> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
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
    if (!Files.isDirectory(dir)) {
      return out;
    }
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
