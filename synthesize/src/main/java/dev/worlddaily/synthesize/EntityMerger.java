package dev.worlddaily.synthesize;

import dev.worlddaily.model.EntityType;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.annotation.EntityMention;
import dev.worlddaily.model.story.StoryEntity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Merges the entity mentions of a story's articles into story entities: one canonical name per
 * entity with its aliases ("Lula", "President Lula" and "Luiz Inácio Lula da Silva" are one
 * person; countries already share canonical names), ranked by how many outlets name them.
 */
final class EntityMerger {
  private static final Set<EntityType> TAGGABLE = Set.of(
      EntityType.PERSON, EntityType.ORGANIZATION, EntityType.COUNTRY, EntityType.PLACE, EntityType.EVENT);

  private EntityMerger() {}

  /** A merged entity while it is being built. */
  private static final class Group {
    String name;
    final EntityType type;
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<String> articles = new HashSet<>();
    final Set<String> outlets = new HashSet<>();
    int mentions;

    Group(String name, EntityType type) {
      this.name = name;
      this.type = type;
    }
  }

  static List<StoryEntity> merge(List<AnnotatedArticle> articles) {
    Map<String, Group> groups = new LinkedHashMap<>();
    for (AnnotatedArticle a : articles) {
      for (EntityMention m : a.annotations().entities()) {
        String canonical = m.canonical() == null ? m.text() : m.canonical();
        Group g = find(groups, canonical, m.type());
        if (g == null) {
          g = new Group(canonical, m.type());
          groups.put(key(canonical, m.type()), g);
        } else if (m.type() == EntityType.PERSON && canonical.split("\\s+").length > g.name.split("\\s+").length) {
          g.aliases.add(g.name);
          g.name = canonical;
        }
        if (!canonical.equals(g.name)) {
          g.aliases.add(canonical);
        }
        if (!m.text().equals(g.name)) {
          g.aliases.add(m.text());
        }
        g.articles.add(a.id());
        g.outlets.add(a.article().outlet().domain());
        g.mentions++;
      }
    }
    List<Group> ranked = new ArrayList<>(new LinkedHashSet<>(groups.values()));
    ranked.sort(Comparator.comparingInt((Group g) -> -g.outlets.size()).thenComparingInt(g -> -g.articles.size())
        .thenComparingInt(g -> -g.mentions).thenComparing(g -> g.name));
    List<StoryEntity> out = new ArrayList<>();
    for (Group g : ranked) {
      g.aliases.remove(g.name);
      out.add(new StoryEntity(g.name, g.type, List.copyOf(g.aliases), g.articles.size()));
    }
    return out;
  }

  /**
   * The 3 to {@code max} most salient entities worth a tag, preferring those named by several
   * outlets; the outlets' own names (a wire agency in a dateline) are not tags.
   */
  static List<String> tags(List<StoryEntity> ranked, int max, Set<String> outletNames) {
    List<String> out = new ArrayList<>();
    for (StoryEntity e : ranked) {
      if (out.size() >= max) {
        break;
      }
      if (TAGGABLE.contains(e.type()) && e.name().length() > 1 && !out.contains(e.name())
          && !outletNames.contains(e.name().toLowerCase(Locale.ROOT))) {
        out.add(e.name());
      }
    }
    return out;
  }

  private static Group find(Map<String, Group> groups, String canonical, EntityType type) {
    Group exact = groups.get(key(canonical, type));
    if (exact != null || type != EntityType.PERSON) {
      return exact;
    }
    // A person named partly ("Lula", "Lula da Silva") is the person whose full name contains it.
    Set<String> tokens = tokens(canonical);
    for (Group g : groups.values()) {
      if (g.type != EntityType.PERSON) {
        continue;
      }
      Set<String> other = tokens(g.name);
      if (other.containsAll(tokens) || tokens.containsAll(other)) {
        return g;
      }
    }
    return null;
  }

  private static Set<String> tokens(String name) {
    Set<String> out = new HashSet<>();
    for (String t : name.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (t.length() > 2) {
        out.add(t);
      }
    }
    return out;
  }

  private static String key(String name, EntityType type) {
    return type + ":" + name.toLowerCase(Locale.ROOT);
  }
}
