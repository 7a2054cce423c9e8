package dev.worlddaily.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.Outcome;
import dev.worlddaily.model.RawDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Extraction never throws, stays bounded on pathological pages, and invents no text. */
class RobustnessTest {
  private final ArticleExtractor extractor = new DocumentExtractor(ExtractConfig.defaults());
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  @Test
  void mutatedPagesNeverThrowAndOnlyUseInputWords() throws IOException {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    byte[] page = HtmlArticleExtractorTest.resource("lantern-bridge.html");
    for (int round = 0; round < 200; round++) {
      byte[] mutated = mutate(page, random);
      Outcome<Article> o = extractor.extract(new RawDocument("https://lanternpost.example/x", mutated, round % 3 == 0 ? null : "text/html", null, null, null));
      assertThat(o).as("seed %d round %d", seed, round).isNotNull();
      if (o.isOk()) {
        // Words may join across removed markup, so compare against the page text without whitespace.
        String decoded = TextDecoder.decode(mutated, null, true);
        String input = org.jsoup.Jsoup.parse(decoded).text().replaceAll("\\s+", "") + " " + org.jsoup.parser.Parser.unescapeEntities(decoded, false);
        var m = WORD.matcher(o.value().text());
        while (m.find()) {
          assertThat(input).as("seed %d round %d: word %s", seed, round, m.group()).contains(m.group());
        }
      }
    }
  }

  private static byte[] mutate(byte[] in, Random r) {
    byte[] out = in.clone();
    int edits = 1 + r.nextInt(40);
    for (int i = 0; i < edits; i++) {
      int pos = r.nextInt(out.length);
      switch (r.nextInt(3)) {
        case 0 -> out[pos] = (byte) r.nextInt(256);
        case 1 -> out[pos] = (byte) "<>\"'/&;".charAt(r.nextInt(7));
        default -> {
          int len = Math.min(out.length - pos, r.nextInt(200));
          byte[] cut = new byte[out.length - len];
          System.arraycopy(out, 0, cut, 0, pos);
          System.arraycopy(out, pos + len, cut, pos, out.length - pos - len);
          out = cut;
        }
      }
    }
    return out;
  }

  @Test
  void tenThousandDeepNestingIsHandled() {
    String deep = "<div>".repeat(10_000) + "<p>" + "Deep text about the harbour council meeting on Tuesday evening. ".repeat(5) + "</p>" + "</div>".repeat(10_000);
    Outcome<Article> o = extractor.extract(new RawDocument("https://x.example/deep", ("<html><body>" + deep + "</body></html>").getBytes(StandardCharsets.UTF_8), "text/html", null, null, null));
    assertThat(o.isOk()).as(o.describe()).isTrue();
    assertThat(o.value().text()).contains("Deep text about the harbour council meeting");
  }

  @Test
  void garbageAndEmptyInputAreOutcomesNotExceptions() {
    for (byte[] input : new byte[][] {new byte[0], {(byte) 0xff, (byte) 0xfe, 0, 0}, "<<<>>>".getBytes(), "\u0000".getBytes()}) {
      assertThat(extractor.extract(new RawDocument("https://x.example/g", input, "text/html", "no-such-charset", null, null)).isOk()).isFalse();
    }
  }
}
