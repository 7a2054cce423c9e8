package dev.worlddaily.enrich;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
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

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private final Transliterator toLatin = Transliterator.getInstance("Any-Latin; Latin-ASCII");
  private final Map<String, String> countryByName = new HashMap<>();
  private final Map<String, String> countryByDemonym = new HashMap<>();
  private final Map<String, String> countryByCapital = new HashMap<>();
  private final Set<String> givenNames = new HashSet<>();
  private final Map<String, String> places = new HashMap<>();
  private final Map<String, String> organizations = new HashMap<>();
  private final Map<String, String> groups = new HashMap<>();
  private final Map<String, String> languages = new HashMap<>();
  private final Set<String> firstWords = new HashSet<>();
  private final Set<String> zoneCities = new HashSet<>();
  private final Map<String, String> zoneByCity = new HashMap<>();

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
    lines("given-names.txt").forEach(l -> givenNames.add(fold(l)));
    // Cities of the time-zone database (CLDR exemplar cities), macro-regions, our own list.
    TimeZoneNames zoneNames = TimeZoneNames.getInstance(ULocale.ENGLISH);
    for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
      String city = zoneNames.getExemplarLocationName(zone);
      if (city != null && city.indexOf(',') < 0) {
        zoneCities.add(fold(city));
        zoneByCity.putIfAbsent(fold(city), zone);
      }
    }
    for (String region : List.of("002", "005", "009", "011", "013", "014", "015", "017", "018", "019", "021", "029", "030", "034", "035", "039", "142", "143", "145", "150", "151", "154", "155", "419")) {
      String name = ULocale.getDisplayCountry("und_" + region, ULocale.ENGLISH);
      if (!name.isBlank() && !name.equals(region)) {
        places.putIfAbsent(fold(name), name);
      }
    }
    countryByCapital.keySet().forEach(k -> places.putIfAbsent(k, null));
    lines("places.txt").forEach(l -> places.put(fold(l), l));
    lines("organizations.txt").forEach(l -> organizations.put(fold(l), l));
    lines("groups.txt").forEach(l -> groups.put(fold(l), l));
    for (String code : Locale.getISOLanguages()) {
      String name = Locale.of(code).getDisplayLanguage(Locale.ENGLISH);
      if (!name.isBlank() && !name.equals(code) && name.indexOf(' ') < 0) {
        languages.put(fold(name), name);
      }
    }
    zoneCities.removeAll(places.keySet());
    for (Map<String, ?> m : List.of(countryByName, countryByDemonym, countryByCapital, places, organizations, groups)) {
      for (String k : m.keySet()) {
        int space = k.indexOf(' ');
        firstWords.add(space < 0 ? k : k.substring(0, space));
      }
    }
  }

  private static List<String> lines(String resource) {
    try (BufferedReader r = reader(resource)) {
      return r.lines().map(String::strip).filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private void load(String resource, Map<String, String> into) {
    lines(resource).forEach(l -> {
      String[] parts = l.split("\t");
      into.put(fold(parts[0].strip()), parts[1].strip());
    });
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
    String ascii = foldAscii(name);
    if (ascii != null) {
      return ascii;
    }
    String s = name;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x24F) {
        synchronized (toLatin) {
          s = toLatin.transliterate(s);
        }
        break;
      }
    }
    s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    s = SPACES.matcher(s.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ").strip();
    return s.startsWith("the ") ? s.substring(4) : s;
  }

  /** The fold of a plain ASCII name without the costly normalisation, or null for other text. */
  private static String foldAscii(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    boolean space = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
    }
    String s = sb.toString();
    return s.startsWith("the ") ? s.substring(4) : s;
  }

  /** ISO code of a country named in any known language or alias. */
  public Optional<String> country(String name) {
    return Optional.ofNullable(countryByName.get(fold(name)));
  }

  /** ISO code of the country a demonym or adjective ("French", "Iraqis") points to. */
  public Optional<String> countryOfDemonym(String word) {
    String key = fold(word);
    String iso = countryByDemonym.get(key);
    if (iso == null && key.length() > 4 && key.endsWith("s")) {
      iso = countryByDemonym.get(key.substring(0, key.length() - 1));
    }
    return Optional.ofNullable(iso);
  }

  /** Whether a name is a known place other than a country: a city, region, state or capital. */
  public boolean isPlace(String name) {
    return places.containsKey(fold(name));
  }

  /**
   * Whether a name is a known place, counting also the ~400 cities of the time-zone database
   * (CLDR exemplar cities). Those decide only where the text's case says nothing (lines in
   * capitals, datelines): in running text a capitalised name is found anyway and its context
   * types it, and a gazetteer that large there adds more passing mentions ("cities such as
   * Recife and Belém", which tipped the demo's forum story apart in clustering) than it fixes
   * types (CoNLL dev LOC F1 0.905 this way, 0.910 with them everywhere; docs/BENCHMARKS.md).
   */
  public boolean isPlaceInCapitals(String name) {
    return isPlace(name) || zoneCities.contains(fold(name));
  }

  /** The time-zone id of a city of the time-zone database ("Auckland" -> "Pacific/Auckland"). */
  public Optional<String> zoneOfCity(String name) {
    return Optional.ofNullable(zoneByCity.get(fold(name)));
  }

  /** Whether a name is a well-known organisation ("Reuters", "World Bank"). */
  public boolean isOrganization(String name) {
    return organizations.containsKey(fold(name));
  }

  /** Whether a word names a people, faith or other group ("Kurdish", "Muslim"), or a language. */
  public boolean isGroupOrLanguage(String name) {
    String key = fold(name);
    return groups.containsKey(key) || languages.containsKey(key);
  }

  /** Whether any known multi-word name starts with this word ("New" of "New York"). */
  public boolean startsKnownName(String word) {
    return firstWords.contains(fold(word));
  }

  /** Whether the gazetteer knows this name as anything. */
  public boolean knows(String name) {
    String key = fold(name);
    return countryByName.containsKey(key) || places.containsKey(key) || organizations.containsKey(key)
        || groups.containsKey(key) || languages.containsKey(key) || countryOfDemonym(name).isPresent();
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
