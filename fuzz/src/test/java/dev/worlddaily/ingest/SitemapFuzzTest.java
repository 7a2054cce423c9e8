package dev.worlddaily.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;

/**
 * Sitemaps, news sitemaps and sitemap indexes (gzipped or not) of arbitrary bytes: items, or an
 * IllegalArgumentException with a one-line reason. The input is the sitemap, then optionally a
 * NUL byte and the document every child of an index is "fetched" as (without one, fetching a
 * child fails as a refused fetch would): nothing comes from the network.
 */
class SitemapFuzzTest {
  private static final String BASE = "https://lanternpost.example/sitemap.xml";
  /** Only its bounded gunzip is used: it fetches nothing here. */
  private final HttpFetcher fetcher = new HttpFetcher(IngestConfig.defaults());

  @AfterEach
  void close() {
    fetcher.close();
  }

  @FuzzTest(maxDuration = "20s")
  void sitemaps(byte[] input) {
    int nul = indexOf(input, (byte) 0);
    byte[] top = nul < 0 ? input : Arrays.copyOfRange(input, 0, nul);
    byte[] child = nul < 0 ? new byte[0] : Arrays.copyOfRange(input, nul + 1, input.length);
    int[] fetches = {0};
    SitemapReader reader = new SitemapReader(fetcher, url -> {
      fetches[0]++;
      if (child.length == 0) {
        throw FetchException.refused(url, "no such child in this test");
      }
      return new FetchResult(url, 200, child, "application/xml", null, null, null);
    });
    SitemapReader.Items items;
    try {
      items = reader.read(BASE, top);
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
      return;
    }
    assertThat(items.items().size()).isLessThanOrEqualTo(SitemapReader.MAX_URLS);
    assertThat(fetches[0]).as("child sitemaps fetched for one read").isLessThanOrEqualTo(SitemapReader.MAX_CHILDREN);
    for (String error : items.errors()) {
      assertThat(error).doesNotContain("\n");
    }
    for (FeedItem item : items.items()) {
      assertThat(item.link()).isNotNull();
    }
  }

  private static int indexOf(byte[] b, byte value) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] == value) {
        return i;
      }
    }
    return -1;
  }
}
