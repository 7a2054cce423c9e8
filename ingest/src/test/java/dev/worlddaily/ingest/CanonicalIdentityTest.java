package dev.worlddaily.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.extract.DocumentExtractor;
import dev.worlddaily.extract.ExtractConfig;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.Outcome;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.model.Progress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One URL per article: declared canonicals, og:url, cleaning, and canonicals that point elsewhere. */
class CanonicalIdentityTest {
  static Article article(String url, String canonical) {
    return Article.builder().url(url).canonicalUrl(canonical).outlet(Outlet.ofDomain("lanternpost.example"))
        .blocks(List.of("The council met on Tuesday."), null).build();
  }

  @Test
  void theDeclaredCanonicalIsCleanedAndGivesTheId() {
    Article a = CanonicalIdentity.canonical(article("https://www.lanternpost.example/a?utm_source=rss&fbclid=1", "https://News.LanternPost.example:443/news/a?gclid=2&utm_medium=x#top"));
    assertThat(a.canonicalUrl()).isEqualTo("https://news.lanternpost.example/news/a");
    assertThat(a.id()).isEqualTo(dev.worlddaily.model.Ids.articleId("https://news.lanternpost.example/news/a"));
    Article same = CanonicalIdentity.canonical(article("https://lanternpost.example/amp/a", "https://news.lanternpost.example/news/a"));
    assertThat(same.id()).as("another URL of the same page is the same article").isEqualTo(a.id());
  }

  @Test
  void aCanonicalOnAnotherSiteIsIgnoredSoASyndicatedCopyKeepsItsOwnIdentity() {
    Article copy = CanonicalIdentity.canonical(article("https://reprints.example/world/dock-deal?utm_campaign=wire", "https://meridianwire.example/dock-deal"));
    assertThat(copy.canonicalUrl()).isEqualTo("https://reprints.example/world/dock-deal");
    assertThat(CanonicalIdentity.sameSite("news.harbour.co.uk", "www.harbour.co.uk")).isTrue();
    assertThat(CanonicalIdentity.sameSite("harbour.co.uk", "ledger.co.uk")).as("a public suffix is not a site").isFalse();
    assertThat(CanonicalIdentity.sameSite("127.0.0.1", "lanternpost.example")).as("a local server has no site to compare").isTrue();
  }

  @Test
  void ogUrlIsTheCanonicalWhenThePageHasNoLinkRel() throws Exception {
    try (LoopbackServer server = new LoopbackServer();
        HttpFetcher fetcher = new HttpFetcher(IngestConfig.defaults().withAllowPrivateAddresses(true).withMinDelay(Duration.ZERO))) {
      server.page("/story?utm_source=twitter", "text/html", "");
      server.page("/story", "text/html", "<html><head><title>Ferry</title><meta property=\"og:url\" content=\"https://LanternPost.example/ferry?utm_source=og#x\">"
          + "</head><body><article><h1>Ferry</h1><p>" + "The night ferry to Skerrin Island resumed service on Monday after repairs. ".repeat(4) + "</p></article></body></html>");
      Ingestor ingestor = new Ingestor(IngestConfig.defaults(), fetcher, new DocumentExtractor(ExtractConfig.defaults()));
      List<Outcome<Article>> out = new ArrayList<>();
      ingestor.ingest(server.url("/story?utm_source=twitter"), null, out::add, Progress.NONE);
      assertThat(out).singleElement().satisfies(o -> assertThat(o.value().canonicalUrl()).isEqualTo("https://lanternpost.example/ferry"));
    }
  }
}
