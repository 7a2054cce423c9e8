package dev.worlddaily.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Locale;
import java.util.Objects;

/**
 * A news outlet.
 *
 * @param name display name, e.g. "The Harbour Ledger"
 * @param domain registrable host without "www.", lower case; the outlet's identity
 * @param country ISO 3166-1 alpha-2 code, upper case, or null when unknown
 * @param language ISO 639-1 code of its main language, or null
 * @param leaning declared political leaning ("left", "center-left", "center", "center-right",
 *     "right"), or null
 * @param ownership declared ownership ("public", "private", "state", "nonprofit"), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Outlet(
    String name, String domain, String country, String language, String leaning, String ownership) {

  public Outlet {
    Objects.requireNonNull(domain, "domain");
    domain = normalizeDomain(domain);
    if (name == null || name.isBlank()) {
      name = domain;
    }
    country = country == null || country.isBlank() ? null : country.toUpperCase(Locale.ROOT);
    language = language == null || language.isBlank() ? null : language.toLowerCase(Locale.ROOT);
  }

  /** An outlet known only by its host. */
  public static Outlet ofDomain(String domain) {
    return new Outlet(null, domain, null, null, null, null);
  }

  /** Lower-cases a host and strips a leading "www.". */
  public static String normalizeDomain(String host) {
    String h = host.trim().toLowerCase(Locale.ROOT);
    return h.startsWith("www.") ? h.substring(4) : h;
  }

  /**
   * This outlet with its unknown details taken from {@code other}: a name that is only the
   * domain, and null country, language, leaning or ownership.
   */
  public Outlet withGapsFrom(Outlet other) {
    return new Outlet(
        name.equals(domain) ? other.name : name, domain,
        country != null ? country : other.country,
        language != null ? language : other.language,
        leaning != null ? leaning : other.leaning,
        ownership != null ? ownership : other.ownership);
  }

  public Outlet withCountry(String newCountry) {
    return new Outlet(name, domain, newCountry, language, leaning, ownership);
  }
}
