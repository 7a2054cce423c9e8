package dev.worlddaily.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.Outcome;
import dev.worlddaily.model.RawDocument;
import dev.worlddaily.sample.SampleCorpus;
import dev.worlddaily.sample.SampleSiteRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Extraction never throws and never fails on a page jsoup can parse (any bytes are), stays
 * bounded on huge and deeply nested pages, and invents no text: every character and every word
 * of the output occurs in the input. Mutations are seeded; a failure prints its seed.
 */
class RobustnessTest {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private final ArticleExtractor extractor = new DocumentExtractor(ExtractConfig.defaults());

  private static List<byte[]> seedPages() throws IOException {
    List<byte[]> pages = new ArrayList<>();
    pages.add(HtmlArticleExtractorTest.resource("lantern-bridge.html"));
    SampleCorpus corpus = SampleCorpus.load();
    SampleSiteRenderer renderer = new SampleSiteRenderer(corpus, 0, "http://127.0.0.1:8080");
    // One page of each outlet template.
    Set<String> outlets = new HashSet<>();
    corpus.articles().stream().filter(a -> outlets.add(a.outletDomain()))
        .forEach(a -> pages.add(renderer.articlePage(a).getBytes(StandardCharsets.UTF_8)));
    return pages;
  }

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void mutatedPagesNeverFailAndInventNoText() throws IOException {
    long seed = Long.getLong("wdn.test.seed", System.nanoTime());
    Random random = new Random(seed);
    List<byte[]> pages = seedPages();
    for (int round = 0; round < 400; round++) {
      byte[] mutated = mutate(pages.get(round % pages.size()), random);
      String contentType = round % 3 == 0 ? null : "text/html";
      RawDocument doc = new RawDocument("https://lanternpost.example/x", mutated, contentType, null, null, null);
      Outcome<Article> o = extractor.extract(doc);
      String where = "seed " + seed + " round " + round;
      assertThat(o).as(where).isNotNull();
      if (DocumentExtractor.isHtml(doc)) {
        assertThat(o.status()).as(where + ": " + o.describe()).isNotEqualTo(Outcome.Status.FAILED);
      }
      if (o.isOk()) {
        String decoded = TextDecoder.decode(mutated, null, DocumentExtractor.isHtml(doc));
        String input = DocumentExtractor.isHtml(doc) ? Jsoup.parse(decoded).wholeText() + " " + Jsoup.parse(decoded).title() : decoded;
        assertComesFrom(o.value().text(), input, where);
      }
    }
  }

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void mutatedTextNeverFailsAndInventsNoText() throws IOException {
    long seed = Long.getLong("wdn.test.seed", System.nanoTime());
    Random random = new Random(seed);
    byte[] text = HtmlArticleExtractorTest.resource("harbour-notes.txt");
    for (int round = 0; round < 300; round++) {
      byte[] mutated = mutate(text, random);
      Outcome<Article> o = extractor.extract(new RawDocument("file:///x.txt", mutated, "text/plain", null, null, null));
      String where = "seed " + seed + " round " + round;
      assertThat(o.status()).as(where + ": " + o.describe()).isNotEqualTo(Outcome.Status.FAILED);
      if (o.isOk()) {
        assertComesFrom(o.value().text(), TextDecoder.decode(mutated, null, false), where);
      }
    }
  }

  /**
   * Every non-space character of the output occurs in the input, and every word (letters and
   * digits) is a run of the input's text, or at most three runs where markup between them was
   * removed ("aud&lt;button&gt;x&lt;/button&gt;is", Markdown's "*" emphasis).
   */
  private static void assertComesFrom(String output, String input, String where) {
    Set<Integer> inputChars = new HashSet<>();
    input.codePoints().forEach(inputChars::add);
    output.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(c ->
        assertThat(inputChars).as("%s: character U+%04X", where, c).contains(c));
    String squeezed = input.replaceAll("\\s+", "");
    Matcher m = WORD.matcher(output);
    while (m.find()) {
      assertThat(runsOf(m.group(), squeezed, 2)).as("%s: word %s", where, m.group()).isTrue();
    }
  }

  /** True when the word is the concatenation of at most {@code splits + 1} substrings of the text. */
  private static boolean runsOf(String word, String text, int splits) {
    if (text.contains(word)) {
      return true;
    }
    for (int k = word.length() - 1; splits > 0 && k > 0; k--) {
      if (text.contains(word.substring(0, k)) && runsOf(word.substring(k), text, splits - 1)) {
        return true;
      }
    }
    return false;
  }

  private static byte[] mutate(byte[] in, Random r) {
    byte[] out = in.clone();
    int edits = 1 + r.nextInt(40);
    for (int i = 0; i < edits && out.length > 0; i++) {
      int pos = r.nextInt(out.length);
      switch (r.nextInt(5)) {
        case 0 -> out[pos] = (byte) r.nextInt(256);
        case 1 -> out[pos] = (byte) "<>\"'/&;=#".charAt(r.nextInt(9));
        case 2 -> {
          // Cut a run of bytes.
          int len = Math.min(out.length - pos, r.nextInt(200));
          byte[] cut = new byte[out.length - len];
          System.arraycopy(out, 0, cut, 0, pos);
          System.arraycopy(out, pos + len, cut, pos, out.length - pos - len);
          out = cut;
        }
        case 3 -> {
          // Duplicate a run of bytes (repeated markup, unbalanced tags).
          int len = Math.min(out.length - pos, r.nextInt(300));
          byte[] grown = new byte[out.length + len];
          System.arraycopy(out, 0, grown, 0, pos + len);
          System.arraycopy(out, pos, grown, pos + len, out.length - pos);
          out = grown;
        }
        default -> {
          // Insert a tag that changes structure.
          String[] tags = {"<div>", "</div>", "<aside>", "</p>", "<table><tr><td>", "<nav>", "<!--", "<script>", "<template id=\"B:0\">",
              "<div hidden id=\"S:0\">", "<br><br>", "<h1>", "<figure><img src=x.jpg><figcaption>"};
          byte[] tag = tags[r.nextInt(tags.length)].getBytes(StandardCharsets.UTF_8);
          byte[] grown = new byte[out.length + tag.length];
          System.arraycopy(out, 0, grown, 0, pos);
          System.arraycopy(tag, 0, grown, pos, tag.length);
          System.arraycopy(out, pos, grown, pos + tag.length, out.length - pos);
          out = grown;
        }
      }
    }
    return out;
  }

  private Outcome<Article> html(String html) {
    return extractor.extract(new RawDocument("https://x.example/p", html.getBytes(StandardCharsets.UTF_8), "text/html", null, null, null));
  }

  private static final String PARAGRAPH = "Deep text about the harbour council meeting on Tuesday evening, which ran late. ";

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void tenThousandDeepNestingIsHandled() {
    for (String open : new String[] {"<div>", "<span>", "<table><tr><td>", "<ul><li>", "<a href=#>"}) {
      String close = new StringBuilder(open).insert(1, '/').toString().replaceAll("<(/?)(\\w+)[^>]*>", "</$2>");
      String deep = open.repeat(10_000) + "<p>" + PARAGRAPH.repeat(5) + "</p>" + close.repeat(10_000);
      Outcome<Article> o = html("<html><body><h1>Council meets</h1>" + deep + "</body></html>");
      assertThat(o.status()).as(open + ": " + o.describe()).isNotEqualTo(Outcome.Status.FAILED);
      if (!open.equals("<a href=#>")) {
        assertThat(o.isOk()).as(open + ": " + o.describe()).isTrue();
        assertThat(o.value().text()).as(open).contains("Deep text about the harbour council meeting");
      }
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void hugePagesAreCutAndStillRead() {
    ExtractConfig config = ExtractConfig.defaults();
    StringBuilder sb = new StringBuilder("<html><head><title>Council meets</title></head><body><article><h1>Council meets</h1>");
    while (sb.length() < config.maxInputChars() + 1_000_000) {
      sb.append("<p>").append(PARAGRAPH.repeat(2)).append("</p>\n");
    }
    Outcome<Article> o = html(sb.append("<p>THE END</p></article></body></html>").toString());
    assertThat(o.isOk()).as(o.describe()).isTrue();
    assertThat(o.value().text()).startsWith("Deep text about the harbour").doesNotContain("THE END");
    assertThat(o.value().text().length()).isLessThanOrEqualTo(config.maxInputChars());
    // One text node of several megabytes, and a page of line breaks.
    assertThat(html("<html><body><div>" + "harbour ".repeat(800_000) + "</div></body></html>").status()).isNotEqualTo(Outcome.Status.FAILED);
    assertThat(html("<html><body>" + (PARAGRAPH + "<br>").repeat(40_000) + "</body></html>").isOk()).isTrue();
  }

  @Test
  void garbageAndEmptyInputAreOutcomesNotExceptions() {
    for (byte[] input : new byte[][] {new byte[0], {(byte) 0xff, (byte) 0xfe, 0, 0}, "<<<>>>".getBytes(StandardCharsets.UTF_8), "\u0000".getBytes(StandardCharsets.UTF_8),
        {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, "<html><body><p>é</p>".getBytes(StandardCharsets.ISO_8859_1)}) {
      assertThat(extractor.extract(new RawDocument("https://x.example/g", input, "text/html", "no-such-charset", null, null)).isOk()).isFalse();
      assertThat(extractor.extract(new RawDocument("file:///g.txt", input, null, null, null, null)).isOk()).isFalse();
    }
  }
}
