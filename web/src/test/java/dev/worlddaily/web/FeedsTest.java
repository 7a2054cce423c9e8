package dev.worlddaily.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.worlddaily.model.Category;
import dev.worlddaily.model.story.Story;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Date;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RSS 2.0 and Atom feeds, read back with ROME as a feed reader would. */
class FeedsTest {
  @TempDir Path dir;
  SiteFixture site;
  Story quake;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    site = new SiteFixture(dir, SiteFixture.fullConfig(), null);
    quake = site.newsroom();
  }

  @AfterEach
  void stop() {
    site.close();
  }

  HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(site.url(path)));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  SyndFeed feed(String path, String type) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(type);
    SyndFeedInput in = new SyndFeedInput();
    in.setAllowDoctypes(false);
    return in.build(new StringReader(r.body()));
  }

  @Test
  void homeAndCategoryFeedsInBothFormats() throws Exception {
    SyndFeed rss = feed("/feed.xml", "application/rss+xml");
    assertThat(rss.getFeedType()).isEqualTo("rss_2.0");
    assertThat(rss.getEntries()).extracting(SyndEntry::getTitle).containsExactly("Earthquake kills at least 12 in Port Sarin");
    SyndEntry item = rss.getEntries().get(0);
    assertThat(item.getUri()).isEqualTo("urn:wdn:story:s-quake");
    assertThat(item.getLink()).isEqualTo("http://127.0.0.1/stories/s-quake");
    assertThat(item.getDescription().getValue()).isEqualTo("A strong earthquake struck Port Sarin on Tuesday.");
    SyndFeed atom = feed("/atom.xml", "application/atom+xml");
    assertThat(atom.getFeedType()).isEqualTo("atom_1.0");
    assertThat(atom.getEntries().get(0).getUri()).isEqualTo("urn:wdn:story:s-quake");
    assertThat(atom.getEntries().get(0).getPublishedDate()).isEqualTo(Date.from(quake.firstSeen()));
    assertThat(feed("/category/world/feed.xml", "application/rss+xml").getEntries()).hasSize(1);
    assertThat(feed("/category/world/atom.xml", "application/atom+xml").getTitle()).isEqualTo("World Daily News · World");
    for (Category c : Category.values()) {
      assertThat(get("/category/" + c.slug() + "/feed.xml").statusCode()).isEqualTo(200);
      assertThat(get("/category/" + c.slug() + "/atom.xml").statusCode()).isEqualTo(200);
    }
    assertThat(feed("/category/politics/feed.xml", "application/rss+xml").getEntries()).isEmpty();
    assertThat(get("/category/nonsense/feed.xml").statusCode()).isEqualTo(404);
  }

  @Test
  void anUpdateKeepsTheGuidAndChangesTheUpdatedTime() throws Exception {
    SyndEntry before = feed("/atom.xml", "application/atom+xml").getEntries().get(0);
    String rssBefore = feed("/feed.xml", "application/rss+xml").getEntries().get(0).getUri();
    Story v3 = quake.toBuilder().version(3).headline("Earthquake kills 14 in Port Sarin").updated(quake.updated().plusSeconds(7200)).build();
    site.store.saveStory(v3, true);
    SyndEntry after = feed("/atom.xml", "application/atom+xml").getEntries().get(0);
    SyndEntry rssAfter = feed("/feed.xml", "application/rss+xml").getEntries().get(0);
    assertThat(after.getUri()).isEqualTo(before.getUri());
    assertThat(rssAfter.getUri()).isEqualTo(rssBefore);
    assertThat(after.getTitle()).isEqualTo("Earthquake kills 14 in Port Sarin");
    assertThat(after.getUpdatedDate()).isAfter(before.getUpdatedDate());
    assertThat(after.getPublishedDate()).isEqualTo(before.getPublishedDate());
    assertThat(rssAfter.getPublishedDate()).isEqualTo(Date.from(v3.updated()));
  }

  @Test
  void feedsAnswerConditionalGets() throws Exception {
    HttpResponse<String> first = get("/feed.xml");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(get("/feed.xml", "If-None-Match", etag).statusCode()).isEqualTo(304);
    assertThat(get("/atom.xml", "If-None-Match", etag).statusCode()).isEqualTo(200);
  }
}
