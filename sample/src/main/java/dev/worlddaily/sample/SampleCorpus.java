package dev.worlddaily.sample;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fictional sample news corpus: outlets, events and articles written for worlddaily, loaded
 * from the classpath (works from the jar). Everything in it is invented and marked as such.
 */
public final class SampleCorpus {
  static final String ROOT = "/dev/worlddaily/sample/";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, SampleOutlet> outlets = new LinkedHashMap<>();
  private final Map<String, SampleEvent> events = new LinkedHashMap<>();
  private final List<SampleArticle> articles = new ArrayList<>();
  private final List<SampleTextFile> textFiles;

  private SampleCorpus() {
    try {
      for (SampleOutlet o : JSON.readValue(bytes("outlets.json"), new TypeReference<List<SampleOutlet>>() {})) {
        outlets.put(o.domain(), o);
      }
      textFiles = JSON.readValue(bytes("files/index.json"), new TypeReference<List<SampleTextFile>>() {});
      for (String file : text("events/index.txt").split("\n")) {
        if (!file.isBlank()) {
          parseEvent(file.strip(), text("events/" + file.strip()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the sample corpus is unreadable", e);
    }
  }

  /** Loads the corpus. */
  public static SampleCorpus load() {
    return new SampleCorpus();
  }

  static byte[] bytes(String resource) throws IOException {
    try (InputStream in = SampleCorpus.class.getResourceAsStream(ROOT + resource)) {
      if (in == null) {
        throw new IOException("missing sample resource " + resource);
      }
      return in.readAllBytes();
    }
  }

  static String text(String resource) throws IOException {
    return new String(bytes(resource), StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  /**
   * Parses one event file: a header of {@code key: value} lines, then articles, each starting
   * with {@code === domain slug}, a header, a blank line and paragraphs separated by blank lines.
   */
  private void parseEvent(String file, String content) {
    String[] parts = content.split("(?m)^=== ");
    Map<String, String> head = header(parts[0]);
    String id = required(head, "event", file);
    events.put(id, new SampleEvent(id, required(head, "category", file), required(head, "summary", file),
        list(head.get("same-theme-as")), list(head.get("background-of"))));
    for (int i = 1; i < parts.length; i++) {
      String block = parts[i];
      int firstLine = block.indexOf('\n');
      String[] idLine = block.substring(0, firstLine).strip().split("\\s+");
      String rest = block.substring(firstLine + 1);
      int bodyStart = rest.indexOf("\n\n");
      Map<String, String> h = header(rest.substring(0, bodyStart));
      List<String> paragraphs = new ArrayList<>();
      for (String p : rest.substring(bodyStart + 2).split("\n\\s*\n")) {
        if (!p.isBlank()) {
          paragraphs.add(p.strip().replaceAll("\\s*\n\\s*", " "));
        }
      }
      String where = file + " / " + idLine[1];
      String[] image = required(h, "image", where).split("\\s*\\|\\s*");
      articles.add(new SampleArticle(idLine[1], idLine[0], id, required(h, "title", where), authors(required(h, "authors", where)),
          OffsetDateTime.parse(required(h, "published", where)), h.containsKey("updated") ? OffsetDateTime.parse(h.get("updated")) : null,
          required(h, "section", where), new SampleImage(image[0], image[1], image.length > 2 ? image[2] : null), paragraphs, h.get("wire-of")));
    }
  }

  private static Map<String, String> header(String block) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : block.split("\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && !line.startsWith("#")) {
        out.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
      }
    }
    return out;
  }

  private static String required(Map<String, String> h, String key, String where) {
    String v = h.get(key);
    if (v == null || v.isBlank()) {
      throw new IllegalStateException("sample corpus: " + where + " lacks '" + key + "'");
    }
    return v;
  }

  private static List<String> list(String v) {
    return v == null || v.isBlank() ? List.of() : Arrays.stream(v.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
  }

  private static List<SampleAuthor> authors(String v) {
    List<SampleAuthor> out = new ArrayList<>();
    for (String a : v.split(";")) {
      String[] parts = a.strip().split("\\s*,\\s*", 2);
      out.add(new SampleAuthor(parts[0], parts.length > 1 ? parts[1] : null));
    }
    return out;
  }

  public List<SampleOutlet> outlets() {
    return List.copyOf(outlets.values());
  }

  public SampleOutlet outlet(String domain) {
    SampleOutlet o = outlets.get(domain);
    if (o == null) {
      throw new IllegalArgumentException("no sample outlet " + domain);
    }
    return o;
  }

  public List<SampleEvent> events() {
    return List.copyOf(events.values());
  }

  public SampleEvent event(String id) {
    return events.get(id);
  }

  public List<SampleArticle> articles() {
    return List.copyOf(articles);
  }

  public List<SampleArticle> articlesOf(String domain) {
    return articles.stream().filter(a -> a.outletDomain().equals(domain)).toList();
  }

  public Optional<SampleArticle> article(String domain, String slug) {
    return articles.stream().filter(a -> a.outletDomain().equals(domain) && a.slug().equals(slug)).findFirst();
  }

  /** The event of the article at a canonical URL, for tests. */
  public Optional<String> expectedEvent(String canonicalUrl) {
    return articles.stream().filter(a -> a.canonicalUrl().equals(canonicalUrl)).map(SampleArticle::eventId).findFirst();
  }

  public List<SampleTextFile> textFiles() {
    return List.copyOf(textFiles);
  }

  /** Copies the plain-text and Markdown articles into a directory; returns their paths. */
  public List<Path> copyTextFiles(Path dir) {
    List<Path> out = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      for (SampleTextFile f : textFiles) {
        Path p = dir.resolve(f.file());
        Files.write(p, bytes("files/" + f.file()));
        out.add(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the sample text files to " + dir, e);
    }
    return out;
  }
}
