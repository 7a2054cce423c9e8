package dev.worlddaily.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One URL per page: lower-case scheme and host, no default port, no fragment, no tracking
 * parameters (utm_*, fbclid, gclid and friends), remaining parameters in their original order.
 * Idempotent: canonicalising a canonical URL returns it unchanged.
 */
public final class UrlCanonicalizer {
  private static final Pattern TRACKING = Pattern.compile(
      "(?i)^(?:utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|yclid|igshid|_hsenc|_hsmi|ref_src|ref_url|cmpid|ocid|smid|sr_share|share|at_medium|at_campaign|rss|s_cid|icid|ito|ns_mchannel|ns_source|ns_campaign)$");

  private UrlCanonicalizer() {}

  /** The canonical form of an http(s) URL; other URLs are returned as given. */
  public static String canonicalize(String url) {
    if (url == null) {
      return null;
    }
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      return url.strip();
    }
    String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
      return url.strip();
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    if (port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https")) {
      port = -1;
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String query = cleanQuery(uri.getRawQuery());
    StringBuilder sb = new StringBuilder(scheme).append("://");
    if (uri.getRawUserInfo() != null) {
      sb.append(uri.getRawUserInfo()).append('@');
    }
    sb.append(host);
    if (port != -1) {
      sb.append(':').append(port);
    }
    sb.append(path);
    if (query != null) {
      sb.append('?').append(query);
    }
    return sb.toString();
  }

  private static String cleanQuery(String raw) {
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    List<String> kept = new ArrayList<>();
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      String name = pair.split("=", 2)[0];
      if (!TRACKING.matcher(name).matches()) {
        kept.add(pair);
      }
    }
    return kept.isEmpty() ? null : String.join("&", kept);
  }
}
