package dev.worlddaily.extract;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.Outcome;
import dev.worlddaily.model.RawDocument;
import java.util.Locale;

/**
 * The extraction entry point: HTML goes to {@link HtmlArticleExtractor}, plain text and Markdown
 * to {@link TextArticleExtractor}, chosen by content type, then file extension, then sniffing.
 */
public final class DocumentExtractor implements ArticleExtractor {
  private final HtmlArticleExtractor html;
  private final TextArticleExtractor text;

  public DocumentExtractor(ExtractConfig config) {
    this.html = new HtmlArticleExtractor(config);
    this.text = new TextArticleExtractor(config);
  }

  @Override
  public Outcome<Article> extract(RawDocument document) {
    if (document.content().length == 0) {
      return Outcome.skipped("empty document");
    }
    return isHtml(document) ? html.extract(document) : text.extract(document);
  }

  /** As {@link #extract}, with the times as the page wrote them (see {@link Extraction}). */
  public Outcome<Extraction> extractWithOffsets(RawDocument document) {
    if (document.content().length == 0) {
      return Outcome.skipped("empty document");
    }
    return isHtml(document) ? html.extractWithOffsets(document) : text.extract(document).map(Extraction::of);
  }

  static boolean isHtml(RawDocument d) {
    String type = d.contentType() == null ? "" : d.contentType().toLowerCase(Locale.ROOT);
    if (type.contains("html") || type.contains("xml")) {
      return true;
    }
    if (type.startsWith("text/plain") || type.contains("markdown")) {
      return false;
    }
    String path = d.url().toLowerCase(Locale.ROOT).replaceFirst("[?#].*$", "").replaceFirst("\\.gz$", "");
    if (path.endsWith(".txt") || path.endsWith(".md") || path.endsWith(".markdown") || path.endsWith(".text")) {
      return false;
    }
    if (path.endsWith(".html") || path.endsWith(".htm") || path.endsWith(".xhtml")) {
      return true;
    }
    int n = Math.min(d.content().length, 2048);
    String head = new String(d.content(), 0, n, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") || head.contains("<p>") || head.contains("<div");
  }
}
