package dev.worlddaily.ingest;

import dev.worlddaily.extract.ArticleExtractor;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.Outcome;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.model.Progress;
import dev.worlddaily.model.RawDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Files and directories as sources: HTML, plain text and Markdown (optionally gzipped), OPML and
 * feed files. A file's article URL is its {@code file:} URI. Directories are walked in name
 * order; symbolic links are not followed out of the tree.
 */
final class LocalFiles {
  private static final List<String> ARTICLE_EXTENSIONS = List.of(".html", ".htm", ".xhtml", ".txt", ".text", ".md", ".markdown");
  private final IngestConfig config;

  LocalFiles(IngestConfig config) {
    this.config = config;
  }

  void read(String target, Outlet outlet, ArticleExtractor extractor, Ingestor ingestor, Consumer<Outcome<Article>> sink, Progress progress) {
    Path path = Path.of(target).toAbsolutePath().normalize();
    if (!Files.exists(path)) {
      sink.accept(Outcome.failed(target + ": no such file or directory"));
      return;
    }
    List<Path> paths;
    if (Files.isDirectory(path)) {
      try (Stream<Path> walk = Files.walk(path)) {
        Path root = path.toRealPath();
        paths = walk.filter(Files::isRegularFile).filter(LocalFiles::readable).filter(p -> insideTree(p, root, sink)).sorted().toList();
      } catch (IOException e) {
        sink.accept(Outcome.failed(target + ": cannot list directory: " + e.getMessage()));
        return;
      }
    } else {
      paths = List.of(path);
    }
    int done = 0;
    for (Path p : paths) {
      readOne(p, outlet, extractor, ingestor, sink);
      progress.update(++done, paths.size());
    }
  }

  /**
   * A file of the walked tree, or a link to one; a link to a file elsewhere (say {@code
   * notes.txt -> /etc/passwd}) is refused, since whoever could write the tree chose it.
   */
  private static boolean insideTree(Path p, Path root, Consumer<Outcome<Article>> sink) {
    try {
      if (p.toRealPath().startsWith(root)) {
        return true;
      }
    } catch (IOException e) {
      // a dangling link: refused below
    }
    sink.accept(Outcome.failed(p + ": refused: a symbolic link out of " + root));
    return false;
  }

  private static boolean readable(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
    return ARTICLE_EXTENSIONS.stream().anyMatch(name::endsWith) || name.endsWith(".opml") || name.endsWith(".xml");
  }

  private void readOne(Path p, Outlet outlet, ArticleExtractor extractor, Ingestor ingestor, Consumer<Outcome<Article>> sink) {
    String url = p.toUri().toString();
    byte[] bytes;
    try {
      if (Files.size(p) > config.maxDecompressedBytes()) {
        sink.accept(Outcome.failed(p + ": file larger than " + config.maxDecompressedBytes() + " bytes"));
        return;
      }
      bytes = Files.readAllBytes(p);
      if (p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
        bytes = gunzip(bytes);
        url = url.replaceFirst("(?i)\\.gz$", "");
      }
    } catch (IOException e) {
      sink.accept(Outcome.failed(p + ": cannot read: " + e.getMessage()));
      return;
    }
    String name = url.toLowerCase(Locale.ROOT);
    if (name.endsWith(".opml") || name.endsWith(".xml")) {
      ingestor.readLocal(new FetchResult(url, 200, bytes, "application/xml", null, null, null), outlet, sink);
      return;
    }
    String type = name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") ? "text/html"
        : name.endsWith(".md") || name.endsWith(".markdown") ? "text/markdown" : "text/plain";
    Outcome<Article> o = extractor.extract(new RawDocument(url, bytes, type, null, Instant.now(), outlet));
    sink.accept(o.isOk() ? o : new Outcome<>(o.status(), null, List.of(p + ": " + o.describe())));
  }

  private byte[] gunzip(byte[] data) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
      byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxDecompressedBytes() + 1));
      if (out.length > config.maxDecompressedBytes()) {
        throw new IOException("decompressed size exceeds " + config.maxDecompressedBytes() + " bytes");
      }
      return out;
    }
  }

}
