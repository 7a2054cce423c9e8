package dev.worlddaily.enrich;

import dev.worlddaily.model.EntityType;
import dev.worlddaily.model.annotation.EntityMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Within one document a name keeps its meaning: "Ekholm" after "Marit Ekholm" is that person,
 * "Alder" after "Alder Sea Lines" that organisation; a name typed on better evidence once (a
 * person with a title, a place after "in") gives its type to its mentions typed on less.
 */
final class DocumentConsistency {
  private DocumentConsistency() {}

  /** {@code evidence} maps a mention's start to its {@link Evidence} level; absent means strong. */
  static List<EntityMention> apply(List<EntityMention> mentions, Map<Integer, Integer> evidence, Gazetteer gazetteer) {
    Map<String, EntityMention> fullPersonByPart = new HashMap<>();
    Map<String, EntityType> bestType = new HashMap<>();
    Map<String, Integer> bestLevel = new HashMap<>();
    for (EntityMention m : mentions) {
      int level = evidence.getOrDefault(m.start(), Evidence.STRONG);
      if (m.type() == EntityType.PERSON) {
        String[] parts = m.canonical().split("\\s+");
        if (parts.length >= 2) {
          // A part that names something else ("Iraqi", "Jordan") never stands for the person.
          if (!gazetteer.knows(parts[parts.length - 1])) {
            fullPersonByPart.putIfAbsent(parts[parts.length - 1], m);
          }
          if (!gazetteer.knows(parts[0])) {
            fullPersonByPart.putIfAbsent(parts[0], m);
          }
        }
      }
      if (level > bestLevel.getOrDefault(m.text(), -1)) {
        bestLevel.put(m.text(), level);
        bestType.put(m.text(), m.type());
      }
    }
    List<EntityMention> out = new ArrayList<>(mentions.size());
    for (EntityMention m : mentions) {
      int level = evidence.getOrDefault(m.start(), Evidence.STRONG);
      String[] parts = m.canonical().split("\\s+");
      EntityMention full = fullPersonByPart.get(m.canonical());
      if (parts.length == 1 && full != null && (level < Evidence.STRONG || m.type() == EntityType.PERSON || m.type() == EntityType.OTHER)
          && gazetteer.countryOfDemonym(m.text()).isEmpty()) {
        out.add(new EntityMention(m.start(), m.end(), m.text(), EntityType.PERSON, full.canonical()));
      } else if (parts.length >= 2 && m.type() == EntityType.PERSON) {
        // "Luiz Inácio Lula da Silva" and "Lula da Silva": the longer form named first wins.
        EntityMention longer = fullPersonByPart.get(parts[parts.length - 1]);
        String canonical = longer != null && longer.canonical().length() > m.canonical().length()
            && longer.canonical().contains(parts[parts.length - 1]) ? longer.canonical() : m.canonical();
        out.add(new EntityMention(m.start(), m.end(), m.text(), EntityType.PERSON, canonical));
      } else if (level < bestLevel.get(m.text()) && bestType.get(m.text()) != m.type()) {
        out.add(new EntityMention(m.start(), m.end(), m.text(), bestType.get(m.text()), m.canonical()));
      } else {
        out.add(m);
      }
    }
    return out;
  }
}
