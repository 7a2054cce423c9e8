package dev.worlddaily.enrich;

import dev.worlddaily.model.EntityType;
import dev.worlddaily.model.annotation.EntityMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Within one document a name keeps its meaning: "Ekholm" after "Marit Ekholm" is that person,
 * "Alder" after "Alder Sea Lines" that organisation; a name typed confidently once (a person
 * with a title, an organisation with a suffix) gives its type to its other mentions.
 */
final class DocumentConsistency {
  private DocumentConsistency() {}

  static List<EntityMention> apply(List<EntityMention> mentions, Gazetteer gazetteer) {
    Map<String, EntityMention> fullPersonByPart = new HashMap<>();
    Map<String, EntityType> typeBySurface = new HashMap<>();
    for (EntityMention m : mentions) {
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
      if (m.type() != EntityType.OTHER) {
        typeBySurface.putIfAbsent(m.text(), m.type());
      }
    }
    List<EntityMention> out = new ArrayList<>(mentions.size());
    for (EntityMention m : mentions) {
      String[] parts = m.canonical().split("\\s+");
      EntityMention full = fullPersonByPart.get(m.canonical());
      if (parts.length == 1 && full != null && m.type() != EntityType.COUNTRY) {
        out.add(new EntityMention(m.start(), m.end(), m.text(), EntityType.PERSON, full.canonical()));
      } else if (parts.length >= 2 && m.type() == EntityType.PERSON) {
        // "Luiz Inácio Lula da Silva" and "Lula da Silva": the longer form named first wins.
        EntityMention longer = fullPersonByPart.get(parts[parts.length - 1]);
        String canonical = longer != null && longer.canonical().length() > m.canonical().length()
            && longer.canonical().contains(parts[parts.length - 1]) ? longer.canonical() : m.canonical();
        out.add(new EntityMention(m.start(), m.end(), m.text(), EntityType.PERSON, canonical));
      } else if (m.type() == EntityType.OTHER && typeBySurface.containsKey(m.text()) && gazetteer.countryOfDemonym(m.text()).isEmpty()) {
        out.add(new EntityMention(m.start(), m.end(), m.text(), typeBySurface.get(m.text()), m.canonical()));
      } else {
        out.add(m);
      }
    }
    return out;
  }
}
