package dev.worlddaily.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.worlddaily.app.pipeline.BatchReport;
import dev.worlddaily.ingest.UrlCanonicalizer;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.Ids;
import dev.worlddaily.model.Progress;
import dev.worlddaily.store.JsonCodec;
import dev.worlddaily.web.ArticleIntake;
import java.util.List;

/**
 * Receives articles pushed to {@code POST /api/v1/articles} (JSON as for {@code wdn cluster},
 * plus optional {@code authors}), and runs them through the pipeline like any ingested article.
 * An article with a {@code url} (http or https only) is identified by its canonical URL, so a
 * push of an article already fetched or pushed is the same article (unchanged, or a revision);
 * one without a URL is identified by its {@code id} within the space of pushed articles.
 */
final class PushIntake implements ArticleIntake {
  private static final int MAX_TEXT_CHARS = 1_000_000;
  private final Engine engine;
  private final ObjectMapper json = JsonCodec.newMapper();

  PushIntake(Engine engine) {
    this.engine = engine;
  }

  @Override
  public IntakeResult accept(String body) {
    InputArticle input;
    try {
      JsonNode node = json.readTree(body);
      String canonical = null;
      if (node instanceof ObjectNode o) {
        if (o.hasNonNull("url")) {
          String url = o.get("url").asText().strip();
          if (!url.matches("(?i)https?://[^\\s/]+.*")) {
            return IntakeResult.rejected("url must be an http(s) URL: " + (url.length() > 200 ? url.substring(0, 200) : url));
          }
          // A pushed article is identified by its canonical URL, like a fetched one; a client's own
          // id could otherwise name, and overwrite, another article.
          canonical = UrlCanonicalizer.canonicalize(url);
          o.put("id", Ids.articleId(canonical));
        } else if (o.hasNonNull("id")) {
          o.put("id", Ids.articleId("urn:wdn:push:" + o.get("id").asText()));
        }
      }
      input = InputArticle.parse(node);
      if (canonical != null) {
        input = new InputArticle(input.id(), input.story(), input.article().toBuilder().canonicalUrl(canonical).build());
      }
      if (input.article().text().length() > MAX_TEXT_CHARS) {
        return IntakeResult.rejected("text longer than " + MAX_TEXT_CHARS + " characters");
      }
      if (node.has("authors") && node.get("authors").isArray()) {
        List<String> authors = new java.util.ArrayList<>();
        node.get("authors").forEach(a -> authors.add(a.asText()));
        input = new InputArticle(input.id(), input.story(), input.article().toBuilder().authors(authors).build());
      }
    } catch (java.io.IOException e) {
      return IntakeResult.rejected("invalid JSON");
    } catch (IllegalArgumentException e) {
      return IntakeResult.rejected(e.getMessage());
    }
    Article a = input.article();
    if (a.text().isBlank()) {
      return IntakeResult.rejected("empty text");
    }
    BatchReport report = engine.pipeline().process(List.of(a), Progress.NONE);
    if (!report.rejected().isEmpty()) {
      return IntakeResult.rejected(report.rejected().get(0));
    }
    String story = engine.store().storyIdOf(a.id()).orElse(null);
    return new IntakeResult(true, report.insertedCount() > 0, a.id(), story, report.summary());
  }
}
