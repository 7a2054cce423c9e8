package dev.worlddaily.enrich;

import com.ibm.icu.util.TimeZone;
import dev.worlddaily.model.EntityType;
import dev.worlddaily.model.annotation.EntityMention;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The calendar day an article was published on where it was written, against which "on Friday"
 * and "yesterday" resolve: an article published at 23:30 UTC on a Thursday is a Friday-morning
 * article in Sydney or Jakarta. Publication times arrive in UTC, so the place is inferred, in this
 * order: the dateline's city or country ("AUCKLAND (Meridian Wire) -"); the outlet's country when
 * it is configured; the country the article's first ~1,500 characters point to most (country
 * names, demonyms, capitals). A country spanning several zones gives the day most of its zones
 * have at that instant; nothing known gives the UTC day.
 */
final class PublicationDay {
  private static final int LEAD_CHARS = 1500;
  private static final int DATELINE_CHARS = 40;

  private static final java.util.Set<String> JAVA_ZONES = java.util.Set.copyOf(java.time.ZoneId.getAvailableZoneIds());

  private final Gazetteer gazetteer;
  private final Map<String, String[]> zonesByCountry = new ConcurrentHashMap<>();

  PublicationDay(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The local publication day, or null when the publication time is unknown. */
  LocalDate of(Instant published, String outletCountry, String text, List<EntityMention> entities) {
    if (published == null) {
      return null;
    }
    Optional<String> zone = datelineZone(text, entities);
    if (zone.isPresent()) {
      return LocalDate.ofInstant(published, java.time.ZoneId.of(zone.get()));
    }
    String country = datelineCountry(text, entities).orElse(outletCountry);
    if (country == null) {
      country = mainCountry(entities).orElse(null);
    }
    return country == null ? LocalDate.ofInstant(published, ZoneOffset.UTC) : dayIn(country, published);
  }

  /** The zone of a dateline's city, when the time-zone database knows the city. */
  private Optional<String> datelineZone(String text, List<EntityMention> entities) {
    EntityMention d = dateline(text, entities);
    return d == null || d.type() != EntityType.PLACE ? Optional.empty()
        : gazetteer.zoneOfCity(d.canonical() == null ? d.text() : d.canonical()).filter(PublicationDay::javaZone);
  }

  /** The country of a dateline: its own ("LONDON"), the one named after it ("RHEINFELD, Germany"). */
  private Optional<String> datelineCountry(String text, List<EntityMention> entities) {
    EntityMention d = dateline(text, entities);
    if (d == null) {
      return Optional.empty();
    }
    for (EntityMention e : entities) {
      if (e.start() > d.end() && e.start() <= d.end() + 3 && e.type() == EntityType.COUNTRY) {
        return gazetteer.country(e.canonical());
      }
    }
    return gazetteer.countrySignal(d.canonical() == null ? d.text() : d.canonical());
  }

  /** A place or country opening the text and followed by the outlet in brackets or a dash. */
  private static EntityMention dateline(String text, List<EntityMention> entities) {
    if (entities.isEmpty()) {
      return null;
    }
    EntityMention first = entities.get(0);
    if (first.start() > 2 || first.end() > DATELINE_CHARS
        || first.type() != EntityType.PLACE && first.type() != EntityType.COUNTRY
        || !first.text().equals(first.text().toUpperCase(java.util.Locale.ROOT))) {
      return null;
    }
    String after = text.substring(first.end(), Math.min(text.length(), first.end() + DATELINE_CHARS));
    return after.matches("(?s)^(?:,[^(\\-—–]{0,30})?\\s*(?:\\(|-|—|–).*") ? first : null;
  }

  /** The country the lead's countries, demonyms and capitals point to most often. */
  private Optional<String> mainCountry(List<EntityMention> entities) {
    Map<String, Integer> votes = new HashMap<>();
    for (EntityMention e : entities) {
      if (e.start() > LEAD_CHARS) {
        break;
      }
      if (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION || e.type() == EntityType.EVENT) {
        continue;
      }
      gazetteer.countrySignal(e.canonical() == null ? e.text() : e.canonical()).ifPresent(c -> votes.merge(c, 1, Integer::sum));
    }
    // Most votes; among equals the first in alphabetical order, so the answer never depends on hashing.
    return votes.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
        .map(Map.Entry::getKey);
  }

  /** The day most of a country's time zones have at an instant (the UTC day for an unknown country). */
  LocalDate dayIn(String country, Instant at) {
    String[] zones = zonesByCountry.computeIfAbsent(country,
        c -> TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, c, null).stream()
            .filter(PublicationDay::javaZone).toArray(String[]::new));
    LocalDate utc = LocalDate.ofInstant(at, ZoneOffset.UTC);
    Map<LocalDate, Integer> days = new HashMap<>();
    for (String z : zones) {
      days.merge(LocalDate.ofInstant(at, java.time.ZoneId.of(z)), 1, Integer::sum);
    }
    LocalDate best = utc;
    int most = 0;
    for (Map.Entry<LocalDate, Integer> e : days.entrySet()) {
      if (e.getValue() > most || e.getValue() == most && e.getKey().equals(utc)) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }

  private static boolean javaZone(String id) {
    return JAVA_ZONES.contains(id);
  }
}
