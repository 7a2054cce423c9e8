package dev.worlddaily.ingest;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which URLs may be fetched: http and https only, and, unless allowed, no host that resolves to
 * a loopback, private, link-local (cloud metadata), unique-local or unspecified address.
 */
final class AddressPolicy {
  private final boolean allowPrivate;
  private final java.util.Set<String> allowedHosts;

  AddressPolicy(boolean allowPrivate, java.util.List<String> allowedHosts) {
    this.allowPrivate = allowPrivate;
    this.allowedHosts = java.util.Set.copyOf(allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
  }

  /** Throws with a one-line reason when the URL must not be fetched. */
  URI check(String url) throws FetchException {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw FetchException.refused(url, "not a valid URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw FetchException.refused(url, "only http and https URLs are fetched, not '" + scheme + "'");
    }
    if (uri.getHost() == null) {
      throw FetchException.refused(url, "URL has no host");
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    boolean listed = allowedHosts.contains(host) || uri.getPort() > 0 && allowedHosts.contains(host + ":" + uri.getPort());
    if (!allowPrivate && !listed) {
      InetAddress[] addresses;
      try {
        addresses = InetAddress.getAllByName(uri.getHost());
      } catch (UnknownHostException e) {
        throw FetchException.refused(url, "unknown host " + uri.getHost());
      }
      for (InetAddress a : addresses) {
        if (isPrivate(a)) {
          throw FetchException.refused(url, "refused: " + uri.getHost() + " resolves to a private or local address (" + a.getHostAddress() + "); use --allow-private-addresses to allow it");
        }
      }
    }
    return uri;
  }

  static boolean isPrivate(InetAddress a) {
    if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress() || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet6Address) {
      return (b[0] & 0xFE) == 0xFC; // fc00::/7 unique local
    }
    int first = b[0] & 0xFF;
    int second = b[1] & 0xFF;
    return first == 0 || first == 100 && second >= 64 && second <= 127 // carrier-grade NAT
        || first == 192 && second == 0 && (b[2] & 0xFF) == 0 || first >= 240;
  }
}
