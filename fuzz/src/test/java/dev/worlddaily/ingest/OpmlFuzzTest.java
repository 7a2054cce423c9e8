package dev.worlddaily.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.worlddaily.model.Feed;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * OPML import of arbitrary text: a list of http(s) feeds or an IllegalArgumentException, and
 * what is read survives export and import unchanged. Seeds: OPML lists as `wdn sources export`
 * writes them and as other readers do.
 */
class OpmlFuzzTest {
  @FuzzTest(maxDuration = "20s")
  void opml(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<Feed> feeds;
    try {
      feeds = OpmlCodec.read(text);
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
      return;
    }
    for (Feed f : feeds) {
      assertThat(f.url()).as("feed URL").matches("(?s)https?://.*");
    }
    List<Feed> again = OpmlCodec.read(OpmlCodec.write("fuzz", feeds));
    assertThat(again).extracting(Feed::url).as("export then import").containsExactlyElementsOf(feeds.stream().map(Feed::url).toList());
  }
}
