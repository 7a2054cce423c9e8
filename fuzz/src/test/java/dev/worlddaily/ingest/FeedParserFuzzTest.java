package dev.worlddaily.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * RSS, Atom and JSON Feed parsing of arbitrary bytes: a feed, or an IllegalArgumentException
 * with a one-line reason; never another exception, never a link that is not http(s). Seeds:
 * one feed of each format, with charsets, a DOCTYPE and entities.
 */
class FeedParserFuzzTest {
  private static final String[] TYPES = {"application/rss+xml", "application/atom+xml", "application/xml", "application/feed+json", "text/html", null};
  private static final String[] CHARSETS = {null, "utf-8", "windows-1252", "iso-8859-1", "utf-16", "no-such-charset"};
  private static final String[] BASES = {"https://lanternpost.example/feed", null, "not a url", "file:///etc/"};

  private final FeedParser parser = new FeedParser();

  @FuzzTest(maxDuration = "20s")
  void feeds(FuzzedDataProvider data) {
    String type = data.pickValue(TYPES);
    String charset = data.pickValue(CHARSETS);
    String base = data.pickValue(BASES);
    byte[] body = data.consumeRemainingAsBytes();
    ParsedFeed feed;
    try {
      feed = parser.parse(body, type, charset, base);
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).as("a one-line reason").isNotBlank().doesNotContain("\n");
      return;
    }
    for (FeedItem item : feed.items()) {
      if (item.link() != null) {
        assertThat(item.link()).as("item link").doesNotContain("\n");
      }
    }
  }
}
