package dev.worlddaily.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.Outcome;
import dev.worlddaily.model.RawDocument;
import java.nio.charset.StandardCharsets;

/** Small pages of a fictional outlet for the rule tests: a body of two paragraphs, a frame, an extraction. */
final class SmallPages {
  static final String PARAGRAPHS = "<p>The two cranes at the container terminal of Port Alder went back into service on Thursday"
      + " after three weeks of repairs, the port authority said in a statement.</p><p>Dock workers had loaded ships by hand since the"
      + " storm, slowing traffic by a third, according to the authority, which expects normal traffic by the weekend.</p>";
  private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(ExtractConfig.defaults());

  private SmallPages() {}

  static String page(String head, String body) {
    return "<!doctype html><html><head>" + head + "</head><body>" + body + "</body></html>";
  }

  /** The article of {@code page(head, body)} at a fixed URL; fails the test when extraction fails. */
  static Article extract(String head, String body) {
    Outcome<Article> o = EXTRACTOR.extract(new RawDocument("https://alder-gazette.example/port/cranes",
        page(head, body).getBytes(StandardCharsets.UTF_8), "text/html", null, null, null));
    assertThat(o.isOk()).as(o.describe()).isTrue();
    return o.value();
  }
}
