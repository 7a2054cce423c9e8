package dev.worlddaily.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An extracted article: clean text with paragraph offsets and metadata. {@link #text()} is the
 * span base of every {@link Citation}.
 *
 * @param id stable id, {@link Ids#articleId(String)} of the canonical URL
 * @param url the URL it was fetched from ({@code file:} URI for files)
 * @param canonicalUrl canonical URL (rel=canonical, og:url, or the cleaned fetch URL)
 * @param outlet the publishing outlet
 * @param title headline without outlet suffix
 * @param authors clean person names
 * @param published publication time, or null when unknown
 * @param updated last modification time, or null
 * @param language ISO 639-1 code, or null when unknown
 * @param text the extracted text; paragraphs separated by a blank line
 * @param paragraphs the paragraphs of {@code text}, in order
 * @param images images of the article, the lead image first
 * @param paywalled true when the page is (partly) behind a paywall
 * @param contentHash {@link Ids#contentHash(String)} of the text
 * @param section section from page metadata, or null
 * @param keywords keywords from page metadata
 * @param duplicateOf id of the article this one is a near-identical copy of (wire copy, reprint),
 *     or null
 * @param fetched when this revision was fetched or read
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Article(
    String id,
    String url,
    String canonicalUrl,
    Outlet outlet,
    String title,
    List<String> authors,
    Instant published,
    Instant updated,
    String language,
    String text,
    List<Paragraph> paragraphs,
    List<ArticleImage> images,
    boolean paywalled,
    String contentHash,
    String section,
    List<String> keywords,
    String duplicateOf,
    Instant fetched) {

  public Article {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(outlet, "outlet");
    canonicalUrl = canonicalUrl == null || canonicalUrl.isBlank() ? url : canonicalUrl;
    id = id == null || id.isBlank() ? Ids.articleId(canonicalUrl) : id;
    title = title == null ? "" : title;
    authors = List.copyOf(authors == null ? List.of() : authors);
    paragraphs = List.copyOf(paragraphs == null ? List.of() : paragraphs);
    images = List.copyOf(images == null ? List.of() : images);
    keywords = List.copyOf(keywords == null ? List.of() : keywords);
    contentHash = contentHash == null ? Ids.contentHash(text) : contentHash;
    for (Paragraph p : paragraphs) {
      if (p.end() > text.length()) {
        throw new IllegalArgumentException(
            "paragraph end " + p.end() + " beyond text length " + text.length());
      }
    }
  }

  /** The best known time of the article: published, else updated, else fetched. */
  public Instant time() {
    return published != null ? published : updated != null ? updated : fetched;
  }

  /** Text of one paragraph. */
  public String paragraphText(Paragraph p) {
    return text.substring(p.start(), p.end());
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.url = url;
    b.canonicalUrl = canonicalUrl;
    b.outlet = outlet;
    b.title = title;
    b.authors = new ArrayList<>(authors);
    b.published = published;
    b.updated = updated;
    b.language = language;
    b.text = text;
    b.paragraphs = new ArrayList<>(paragraphs);
    b.images = new ArrayList<>(images);
    b.paywalled = paywalled;
    b.contentHash = contentHash;
    b.section = section;
    b.keywords = new ArrayList<>(keywords);
    b.duplicateOf = duplicateOf;
    b.fetched = fetched;
    return b;
  }

  /**
   * Builds an article from text given as paragraphs: joins them with blank lines and computes
   * their offsets.
   */
  public static List<Paragraph> layout(List<String> blocks, List<ParagraphKind> kinds, StringBuilder out) {
    List<Paragraph> result = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      if (out.length() > 0) {
        out.append("\n\n");
      }
      int start = out.length();
      out.append(blocks.get(i));
      result.add(new Paragraph(start, out.length(), kinds == null ? ParagraphKind.TEXT : kinds.get(i)));
    }
    return result;
  }

  /** Mutable builder; {@link #build()} validates. */
  public static final class Builder {
    private String id;
    private String url;
    private String canonicalUrl;
    private Outlet outlet;
    private String title;
    private List<String> authors = new ArrayList<>();
    private Instant published;
    private Instant updated;
    private String language;
    private String text = "";
    private List<Paragraph> paragraphs = new ArrayList<>();
    private List<ArticleImage> images = new ArrayList<>();
    private boolean paywalled;
    private String contentHash;
    private String section;
    private List<String> keywords = new ArrayList<>();
    private String duplicateOf;
    private Instant fetched;

    private Builder() {}

    public Builder id(String v) { id = v; return this; }
    public Builder url(String v) { url = v; return this; }
    public Builder canonicalUrl(String v) { canonicalUrl = v; return this; }
    public Builder outlet(Outlet v) { outlet = v; return this; }
    public Builder title(String v) { title = v; return this; }
    public Builder authors(List<String> v) { authors = new ArrayList<>(v); return this; }
    public Builder published(Instant v) { published = v; return this; }
    public Builder updated(Instant v) { updated = v; return this; }
    public Builder language(String v) { language = v; return this; }
    public Builder paywalled(boolean v) { paywalled = v; return this; }
    public Builder section(String v) { section = v; return this; }
    public Builder keywords(List<String> v) { keywords = new ArrayList<>(v); return this; }
    public Builder duplicateOf(String v) { duplicateOf = v; return this; }
    public Builder fetched(Instant v) { fetched = v; return this; }
    public Builder images(List<ArticleImage> v) { images = new ArrayList<>(v); return this; }

    /** Sets text and paragraph offsets together; the content hash is recomputed. */
    public Builder text(String v, List<Paragraph> p) {
      text = v;
      paragraphs = new ArrayList<>(p);
      contentHash = null;
      return this;
    }

    /** Sets the text from blocks of the given kinds (null: all TEXT), joined by blank lines. */
    public Builder blocks(List<String> blocks, List<ParagraphKind> kinds) {
      StringBuilder sb = new StringBuilder();
      paragraphs = new ArrayList<>(layout(blocks, kinds, sb));
      text = sb.toString();
      contentHash = null;
      return this;
    }

    public Article build() {
      return new Article(
          id, url, canonicalUrl, outlet, title, authors, published, updated, language, text,
          paragraphs, images, paywalled, contentHash, section, keywords, duplicateOf, fetched);
    }
  }
}
