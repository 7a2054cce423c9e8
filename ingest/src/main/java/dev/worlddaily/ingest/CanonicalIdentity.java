package dev.worlddaily.ingest;

import crawlercommons.domains.EffectiveTldFinder;
import dev.worlddaily.model.Article;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/** Which URL an ingested article is known by: its canonical URL, when the page may declare it. */
final class CanonicalIdentity {
  private static final Pattern IP_OR_LOCAL = Pattern.compile("^(?:\\d{1,3}(?:\\.\\d{1,3}){3}|\\[?[0-9a-f:]+\\]?|localhost)$");

  private CanonicalIdentity() {}

  /**
   * The article under its canonical URL, cleaned (tracking parameters, fragment, host case).
   * A declared canonical (rel=canonical, og:url) on another site than the page is ignored: a
   * syndicated copy that names the original as canonical must not become a revision of the
   * original; the near-duplicate index links it instead. Pages on an IP address or localhost
   * (local servers, the demo) have no site to compare, so their declaration is taken.
   */
  static Article canonical(Article a) {
    String declared = a.canonicalUrl();
    String fetchedHost = hostOf(a.url());
    String declaredHost = hostOf(declared);
    if (fetchedHost != null && declaredHost != null && !sameSite(fetchedHost, declaredHost)) {
      declared = a.url();
    }
    String canonical = UrlCanonicalizer.canonicalize(declared);
    if (canonical.equals(a.canonicalUrl())) {
      return a;
    }
    return a.toBuilder().id(null).canonicalUrl(canonical).build();
  }

  static boolean sameSite(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    if (x.equals(y) || IP_OR_LOCAL.matcher(x).matches()) {
      return true;
    }
    return site(x).equals(site(y));
  }

  /** The registrable domain (public suffix list); for an unlisted suffix, the last two labels. */
  private static String site(String host) {
    String assigned = EffectiveTldFinder.getAssignedDomain(host, true, false);
    if (assigned != null) {
      return assigned;
    }
    String[] labels = host.split("\\.");
    return labels.length <= 2 ? host : labels[labels.length - 2] + "." + labels[labels.length - 1];
  }

  static String hostOf(String url) {
    try {
      URI u = URI.create(url.strip());
      return u.getScheme() != null && u.getScheme().toLowerCase(Locale.ROOT).startsWith("http") ? u.getHost() : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
