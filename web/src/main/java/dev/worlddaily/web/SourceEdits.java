package dev.worlddaily.web;

import dev.worlddaily.model.Feed;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.store.Store;
import java.net.URI;
import java.util.Locale;

/** Adding and removing feeds from the admin pages and API, with the checks of {@code wdn sources add}. */
final class SourceEdits {
  private final Store store;

  SourceEdits(Store store) {
    this.store = store;
  }

  /**
   * Adds (or replaces) the feed at {@code url}; the outlet is named after {@code outletName} or
   * the host, and keeps what the store already knows of it.
   *
   * @throws IllegalArgumentException with a one-line reason when a value is not acceptable
   */
  Feed add(String url, String outletName, String country) {
    String u = url == null ? "" : url.strip();
    URI uri;
    try {
      uri = URI.create(u);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a URL: " + u);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
      throw new IllegalArgumentException("a feed is an http(s) URL: " + u);
    }
    String cc = country == null || country.isBlank() ? null : country.strip();
    if (cc != null && !cc.matches("[A-Za-z]{2}")) {
      throw new IllegalArgumentException("country must be a two-letter ISO code such as DE: " + cc);
    }
    String name = outletName == null || outletName.isBlank() ? null : outletName.strip();
    if (name != null && name.length() > 200) {
      throw new IllegalArgumentException("outlet name longer than 200 characters");
    }
    Outlet given = new Outlet(name, uri.getHost(), cc, null, null, null);
    Outlet outlet = store.outlet(given.domain()).map(known -> known.withGapsFrom(given)).orElse(given);
    store.saveOutlet(outlet);
    Feed f = Feed.of(u, outlet);
    store.saveFeed(f);
    return f;
  }

  boolean remove(String feedId) {
    return feedId != null && store.removeFeed(feedId);
  }
}
