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

  /** One paragraph split around the highlighted span. */
  public record Block(ParagraphKind kind, String before, String marked, String after) {}

  public ArticleView(Article article, int from, int to) {
    this.article = article;
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
