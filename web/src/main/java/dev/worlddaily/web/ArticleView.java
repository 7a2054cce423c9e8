package dev.worlddaily.web;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.Paragraph;
import dev.worlddaily.model.ParagraphKind;
import java.util.ArrayList;
import java.util.List;

/**
 * An extracted article shown for checking citations: its paragraphs, with the cited span (from
 * the {@code from} and {@code to} parameters) marked where it falls.
 */
public final class ArticleView {
  private final Article article;
  private final int from;
  private final int to;
  private final String storyHref;

  /** One paragraph split around the highlighted span. */
  public record Block(ParagraphKind kind, String before, String marked, String after) {}

  /**
   * @param storyHref the page of the story this article belongs to, or null
   */
  public ArticleView(Article article, int from, int to, String storyHref) {
    this.article = article;
    this.storyHref = storyHref;
    boolean valid = from >= 0 && to > from && to <= article.text().length();
    this.from = valid ? from : -1;
    this.to = valid ? to : -1;
  }

  public Article article() {
    return article;
  }

  public String sourceUrl() {
    return Format.safeUrl(article.canonicalUrl()) != null ? Format.safeUrl(article.canonicalUrl()) : Format.safeUrl(article.url());
  }

  public String storyHref() {
    return storyHref;
  }

  public String outletHref() {
    return Format.outletHref(article.outlet().domain());
  }

  /** The image's address when it is http(s), else null. */
  public String imageUrl() {
    return article.images().isEmpty() ? null : Format.safeUrl(article.images().get(0).url());
  }

  public String imageAlt() {
    var i = article.images().get(0);
    return i.caption() != null && !i.caption().isBlank() ? i.caption() : "Image from " + article.outlet().name();
  }

  public boolean highlighted() {
    return from >= 0;
  }

  public List<Block> blocks() {
    List<Block> out = new ArrayList<>();
    String text = article.text();
    List<Paragraph> paragraphs = article.paragraphs().isEmpty() ? List.of(new Paragraph(0, text.length(), ParagraphKind.TEXT)) : article.paragraphs();
    for (Paragraph p : paragraphs) {
      if (from >= 0 && from < p.end() && to > p.start()) {
        int s = Math.max(from, p.start());
        int e = Math.min(to, p.end());
        out.add(new Block(p.kind(), text.substring(p.start(), s), text.substring(s, e), text.substring(e, p.end())));
      } else {
        out.add(new Block(p.kind(), text.substring(p.start(), p.end()), "", ""));
      }
    }
    return out;
  }
}
