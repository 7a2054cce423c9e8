package dev.worlddaily.enrich;

import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names the entity rules know: countries in many languages (the JDK's CLDR data, plus our own
 * aliases), demonyms and capitals as signals of their country, and common given names. Keys are
 * folded (transliterated to Latin, accents removed, lower case), so "Украина", "Ukraine" and
 * "UKRAINE" meet. Loaded once and shared.
 */
public final class Gazetteer {
  private static final List<String> NAME_LANGUAGES = List.of(
      "en", "de", "fr", "es", "it", "pt", "nl", "sv", "pl", "ru", "uk", "tr", "el", "ar", "zh", "ja");

  private final Transliterator toLatin = Transliterator.getInstance("Any-Latin; Latin-ASCII");
  private final Map<String, String> countryByName = new HashMap<>();
  private final Map<String, String> countryByDemonym = new HashMap<>();
  private final Map<String, String> countryByCapital = new HashMap<>();
  private final Set<String> givenNames = new HashSet<>();

  public Gazetteer() {
    for (String iso : Locale.getISOCountries()) {
      Locale country = Locale.of("", iso);
      for (String lang : NAME_LANGUAGES) {
        String name = country.getDisplayCountry(Locale.forLanguageTag(lang));
        if (!name.isBlank() && !name.equals(iso)) {
          countryByName.putIfAbsent(fold(name), iso);
        }
      }
    }
    load("country-aliases.tsv", countryByName);
    load("demonyms.tsv", countryByDemonym);
    load("capitals.tsv", countryByCapital);
    try (BufferedReader r = reader("given-names.txt")) {
      r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> givenNames.add(fold(l.strip())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void load(String resource, Map<String, String> into) {
    try (BufferedReader r = reader(resource)) {
      r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> {
        String[] parts = l.split("\t");
        into.put(fold(parts[0].strip()), parts[1].strip());
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static BufferedReader reader(String resource) {
    InputStream in = Gazetteer.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("gazetteer resource missing: " + resource);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** Folds a name for lookup: Latin script, no accents, lower case, single spaces, no leading "the". */
  public String fold(String name) {
    String s = name;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x24F) {
        synchronized (toLatin) {
          s = toLatin.transliterate(s);
        }
        break;
      }
    }
    s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
    return s.startsWith("the ") ? s.substring(4) : s;
  }

  /** ISO code of a country named in any known language or alias. */
  public Optional<String> country(String name) {
    return Optional.ofNullable(countryByName.get(fold(name)));
  }

  /** ISO code of the country a demonym or adjective ("French") points to. */
  public Optional<String> countryOfDemonym(String word) {
    return Optional.ofNullable(countryByDemonym.get(fold(word)));
  }

  /** ISO code of the country whose capital or seat of government this is ("Paris", "the Kremlin"). */
  public Optional<String> countryOfCapital(String name) {
    return Optional.ofNullable(countryByCapital.get(fold(name)));
  }

  /** The country an entity name signals: a country name, a demonym or a capital. */
  public Optional<String> countrySignal(String name) {
    return country(name).or(() -> countryOfDemonym(name)).or(() -> countryOfCapital(name));
  }

  /** Canonical names where the CLDR display name is not what news writes. */
  private static final Map<String, String> CANONICAL = Map.of(
      "MM", "Myanmar", "TR", "Turkey", "KR", "South Korea", "KP", "North Korea", "CD", "DR Congo",
      "CG", "Republic of the Congo", "PS", "Palestine", "CI", "Ivory Coast", "VA", "Vatican", "XK", "Kosovo");

  /** The English name of a country code ("TR" -> "Turkey"). */
  public static String countryName(String iso) {
    String fixed = CANONICAL.get(iso);
    return fixed != null ? fixed : Locale.of("", iso).getDisplayCountry(Locale.ENGLISH);
  }

  public boolean isGivenName(String word) {
    return givenNames.contains(fold(word));
  }
}
