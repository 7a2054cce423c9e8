package dev.worlddaily.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlCanonicalizerTest {
  @Test
  void removesTrackingFragmentsAndDefaultPorts() {
    assertThat(UrlCanonicalizer.canonicalize("HTTPS://News.Example:443/a/b?utm_source=rss&id=7&fbclid=x&gclid=y#comments"))
        .isEqualTo("https://news.example/a/b?id=7");
    assertThat(UrlCanonicalizer.canonicalize("http://news.example")).isEqualTo("http://news.example/");
  }

  @Test
  void isIdempotent() {
    for (String u : new String[] {"https://a.example/x?b=1&a=2", "http://A.example:8080/p?utm_medium=s#f", "https://a.example/%7Euser/"}) {
      String once = UrlCanonicalizer.canonicalize(u);
      assertThat(UrlCanonicalizer.canonicalize(once)).isEqualTo(once);
    }
  }
}
