package dev.worlddaily.cluster;

import dev.worlddaily.model.EntityType;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.annotation.DateMention;
import dev.worlddaily.model.annotation.EntityMention;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What clustering compares of one article: its vectors, its named entities with counts, its main
 * place, the event dates it states, its outlet and time.
 */
record ArticleSignals(
    String id,
    float[] lead,
    float[] body,
    Map<String, Integer> entities,
    String mainPlace,
    Set<LocalDate> dates,
    String outlet,
    Instant time) {

  static ArticleSignals of(AnnotatedArticle a) {
    Map<String, Integer> entities = new LinkedHashMap<>();
    Map<String, Integer> places = new LinkedHashMap<>();
    for (EntityMention m : a.annotations().entities()) {
      if (m.type() == EntityType.OTHER) {
        continue;
      }
      String key = m.canonical() == null ? m.text() : m.canonical();
      entities.merge(key, 1, Integer::sum);
      if (m.type() == EntityType.PLACE || m.type() == EntityType.COUNTRY) {
        // A place named in the title or lead says where the event is; weigh it up.
        places.merge(key, m.start() < 400 ? 3 : 1, Integer::sum);
      }
    }
    String mainPlace = StoryState.argmax(places);
    Set<LocalDate> dates = new TreeSet<>();
    for (DateMention d : a.annotations().dates()) {
      dates.add(d.date());
    }
    Instant time = a.article().time();
    if (time == null && !dates.isEmpty()) {
      // Dates stated in the text stand in for a missing publication date.
      time = ((TreeSet<LocalDate>) dates).last().atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    return new ArticleSignals(a.id(), a.annotations().embedding(), a.annotations().bodyEmbedding(), entities,
        mainPlace, dates, a.article().outlet().domain(), time);
  }

  List<String> entityNames() {
    return List.copyOf(entities.keySet());
  }
}
