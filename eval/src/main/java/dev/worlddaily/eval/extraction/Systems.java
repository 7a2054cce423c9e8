package dev.worlddaily.eval.extraction;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import dev.worlddaily.extract.DocumentExtractor;
import dev.worlddaily.extract.ExtractConfig;
import dev.worlddaily.extract.Extraction;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.Outcome;
import dev.worlddaily.model.RawDocument;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.dankito.readability4j.Readability4J;

/** The systems compared: ours and the two peers, each fed the same bytes. */
final class Systems {
  private Systems() {}

  static List<Extractor> all() {
    return List.of(new Ours(), new ReadabilityPeer(), new BoilerpipePeer());
  }

  /** worlddaily's extractor. */
  static final class Ours implements Extractor {
    private final DocumentExtractor extractor = new DocumentExtractor(ExtractConfig.defaults());

    @Override
    public String name() {
      return "worlddaily";
    }

    @Override
    public Result extract(String url, byte[] html) {
      Outcome<Extraction> o = extractor.extractWithOffsets(new RawDocument(url, html, "text/html", null, null, null));
      if (!o.isOk()) {
        return Result.body("");
      }
      Article a = o.value().article();
      return new Result(a.text(), a.title(), a.authors(), o.value().published(), o.value().updated());
    }
  }

  /** Readability4J, a port of Mozilla's Readability.js. */
  static final class ReadabilityPeer implements Extractor {
    @Override
    public String name() {
      return "Readability4J";
    }

    @Override
    public Result extract(String url, byte[] html) {
      try {
        var article = new Readability4J(url, new String(html, StandardCharsets.UTF_8)).parse();
        return new Result(article.getTextContent() == null ? "" : article.getTextContent(), article.getTitle(), List.of(), null, null);
      } catch (RuntimeException | StackOverflowError e) {
        return Result.body("");
      }
    }
  }

  /** boilerpipe's ArticleExtractor. */
  static final class BoilerpipePeer implements Extractor {
    @Override
    public String name() {
      return "boilerpipe";
    }

    @Override
    public Result extract(String url, byte[] html) {
      try {
        String text = de.l3s.boilerpipe.extractors.ArticleExtractor.INSTANCE.getText(new String(html, StandardCharsets.UTF_8));
        return Result.body(text == null ? "" : text);
      } catch (BoilerpipeProcessingException | RuntimeException | StackOverflowError e) {
        return Result.body("");
      }
    }
  }
}
