package dev.worlddaily.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;

/**
 * The cheap walks answer exactly what jsoup's own text and select would: {@link TextLengths}
 * against {@code text().length()} and {@code ownText()}, {@link Subtrees} against
 * {@code select}. Pages are generated from a seed (printed on failure) with the characters jsoup
 * treats specially: whitespace of every kind, no-break and zero-width spaces, soft hyphens,
 * control characters, {@code <pre>} and {@code <br>}.
 */
class TextLengthsAndSubtreesTest {
  private static final String[] PIECES = {
      "Ann", "Lee", " ", "  ", "\n", "\t", "\u00a0", "\u00ad", "\u200b", "\u2003", "\u0001", "\u007f", "é", "日本", "\uD83D\uDE00",
      ",", "Fictional Harbour Gazette", "<br>", "<b>", "</b>", "<a href=/author/ann>", "</a>", "<p>", "</p>", "<div class=caption>",
      "</div>", "<pre> a  b </pre>", "<img src=x.jpg>", "<li>", "<span itemprop=articleBody>", "</span>", "<!-- note -->",
      "<script>var a = 1;</script>", "<figure>", "</figure>", "<figcaption> cap </figcaption>", "<h2>", "</h2>"};
  private static final List<Evaluator> EVALUATORS = List.of(
      QueryParser.parse("a"), QueryParser.parse("img"), QueryParser.parse("[itemprop=articleBody]"),
      QueryParser.parse("figcaption, [class*=caption], p"), QueryParser.parse("h1, h2, h3, img[alt]"),
      QueryParser.parse("a[rel=author], a[href*=/author/]"));

  @Test
  void walksAgreeWithJsoupOnGeneratedPages() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int page = 0; page < 200; page++) {
      Document doc = Jsoup.parse("<html><body>" + randomHtml(random) + "</body></html>");
      for (Element e : doc.getAllElements()) {
        int length = e.text().length();
        for (int max : new int[] {0, 1, length - 1, length, length + 1, length / 2, 3}) {
          assertThat(TextLengths.atMost(e, max)).as("seed %d, atMost(%d) of %s", seed, max, e.outerHtml()).isEqualTo(length <= max);
          assertThat(TextLengths.under(e, max)).as("seed %d, under(%d) of %s", seed, max, e.outerHtml()).isEqualTo(length < max);
        }
        assertThat(TextLengths.ownTextEmpty(e)).as("seed %d, own text of %s", seed, e.outerHtml()).isEqualTo(e.ownText().isEmpty());
        for (Evaluator ev : EVALUATORS) {
          assertThat(Subtrees.select(e, ev)).as("seed %d, %s", seed, ev).containsExactlyElementsOf(e.select(ev));
          assertThat(Subtrees.selectFirst(e, ev)).as("seed %d, %s", seed, ev).isSameAs(e.selectFirst(ev));
        }
        Set<String> tags = Set.of("p", "li");
        assertThat(Subtrees.all(e, tags)).containsExactlyElementsOf(e.select("p, li"));
        assertThat(Subtrees.count(e, tags, 2)).isEqualTo(Math.min(2, e.select("p, li").size()));
      }
    }
  }

  @Test
  void aLongWrapperIsOverTheLimitWithoutItsTextBeingNeeded() {
    Document doc = Jsoup.parse("<div id=w><h1>Harbour bridge opens</h1><p>" + "word ".repeat(2_000) + "</p></div>");
    Element wrapper = doc.getElementById("w");
    assertThat(TextLengths.keptOver(wrapper, 400)).isTrue();
    assertThat(TextLengths.atMost(wrapper, 400)).isFalse();
    assertThat(TextLengths.atMost(doc.selectFirst("h1"), 20)).isTrue();
  }

  @Test
  void spacesThatJsoupDropsDoNotCount() {
    Element p = Jsoup.parse("<p>\u00a0\u00a0a\u00ad\u200b \n b&nbsp;</p>").selectFirst("p");
    assertThat(p.text()).isEqualTo("a b");
    assertThat(TextLengths.atMost(p, 3)).isTrue();
    assertThat(TextLengths.atMost(p, 2)).isFalse();
  }

  private static String randomHtml(Random random) {
    StringBuilder sb = new StringBuilder();
    int n = 5 + random.nextInt(40);
    List<String> pieces = new ArrayList<>(List.of(PIECES));
    for (int i = 0; i < n; i++) {
      sb.append(pieces.get(random.nextInt(pieces.size())));
    }
    return sb.toString();
  }
}
