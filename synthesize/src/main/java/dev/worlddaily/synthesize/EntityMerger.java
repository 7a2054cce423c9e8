package dev.worlddaily.synthesize;

import dev.worlddaily.model.EntityType;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.annotation.EntityMention;
import dev.worlddaily.model.annotation.TextSpan;
import dev.worlddaily.model.story.StoryEntity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
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
 * person; "DAKAR" and "Dakar" one place; a name typed PLACE in one article and OTHER in another
 * is one entity of the more specific type), ranked by how many outlets name them. A wire
 * dateline ("DAKAR (Meridian Wire) - ") and the outlets themselves are not the story's entities.
 */
final class EntityMerger {
  private static final Set<EntityType> TAGGABLE = Set.of(
      EntityType.PERSON, EntityType.ORGANIZATION, EntityType.COUNTRY, EntityType.PLACE, EntityType.EVENT);

  private static final java.util.regex.Pattern DEMONYM = java.util.regex.Pattern.compile("\\p{Lu}\\p{L}+(?:ans?|ians?|eans?|ese|ish|ic|i|ch|-based)s?");

  private EntityMerger() {}

  /** A merged entity while it is being built. */
  private static final class Group {
    String name;
    final Map<EntityType, Integer> types = new EnumMap<>(EntityType.class);
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<String> articles = new HashSet<>();
    final Set<String> outlets = new HashSet<>();
    int mentions;

    Group(String name) {
      this.name = name;
    }

    /** The most frequent specific type; OTHER only when no mention says more. */
    EntityType type() {
      return types.entrySet().stream().filter(e -> e.getKey() != EntityType.OTHER)
          .max(Map.Entry.<EntityType, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
          .map(Map.Entry::getKey).orElse(EntityType.OTHER);
    }

    boolean isPerson() {
      return types.containsKey(EntityType.PERSON) && type() == EntityType.PERSON;
    }
  }

  static List<StoryEntity> merge(List<AnnotatedArticle> articles) {
    Set<String> outletNames = outletNames(articles);
    Map<String, Group> groups = new LinkedHashMap<>();
    for (AnnotatedArticle a : articles) {
      int datelineEnd = datelineEnd(a);
      for (EntityMention m : a.annotations().entities()) {
        String canonical = m.canonical() == null ? m.text() : m.canonical();
        if (m.end() <= datelineEnd || outletNames.contains(canonical.toLowerCase(Locale.ROOT))) {
          continue;
        }
        Group g = find(groups, canonical, m.type());
        if (g == null) {
          g = new Group(canonical);
          groups.put(key(canonical), g);
        } else if (prefer(canonical, g.name, m.type())) {
          g.aliases.add(g.name);
          g.name = canonical;
        }
        if (!canonical.equals(g.name)) {
          g.aliases.add(canonical);
        }
        if (!m.text().equals(g.name)) {
          g.aliases.add(m.text());
        }
        g.types.merge(m.type(), 1, Integer::sum);
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
      g.aliases.removeIf(alias -> alias.equalsIgnoreCase(g.name));
      out.add(new StoryEntity(g.name, g.type(), List.copyOf(g.aliases), g.articles.size()));
    }
    return out;
  }

  /** A person's fuller name wins; a name in ordinary case wins over one in capitals ("Dakar" over "DAKAR"). */
  private static boolean prefer(String candidate, String current, EntityType type) {
    if (type == EntityType.PERSON && candidate.split("\\s+").length > current.split("\\s+").length) {
      return true;
    }
    return candidate.equalsIgnoreCase(current) && isCapitals(current) && !isCapitals(candidate);
  }

  private static boolean isCapitals(String s) {
    return s.length() > 1 && s.equals(s.toUpperCase(Locale.ROOT)) && !s.equals(s.toLowerCase(Locale.ROOT));
  }

  /** Where a wire dateline opening the article ends (0: none). */
  private static int datelineEnd(AnnotatedArticle a) {
    List<TextSpan> sentences = a.annotations().sentences();
    if (sentences.isEmpty()) {
      return 0;
    }
    TextSpan first = sentences.get(0);
    return first.start() + SentencePool.datelineLength(a.article().text().substring(first.start(), first.end()));
  }

  /**
   * The 3 to {@code max} most salient entities worth a tag, preferring those named by several
   * outlets; the outlets' own names (a wire agency in a dateline) are not tags.
   */
  static List<String> tags(List<StoryEntity> ranked, int max, Set<String> outletNames) {
    List<String> out = new ArrayList<>();
    // Named by several articles first, typed or not (a name no gazetteer knows is still a name
    // every outlet uses, unless it is an adjective of nationality); then the typed rest.
    for (StoryEntity e : ranked) {
      boolean typed = TAGGABLE.contains(e.type());
      boolean plainName = e.type() == EntityType.OTHER && !DEMONYM.matcher(e.name()).matches();
      if (e.articles() >= 2 && (typed || plainName)) {
        addTag(out, e, max, outletNames);
      }
    }
    for (StoryEntity e : ranked) {
      if (TAGGABLE.contains(e.type())) {
        addTag(out, e, max, outletNames);
      }
    }
    return out;
  }

  private static void addTag(List<String> out, StoryEntity e, int max, Set<String> outletNames) {
    String name = e.name();
    if (name.length() <= 1 || out.contains(name) || outletNames.contains(name.toLowerCase(Locale.ROOT))) {
      return;
    }
    // "Philippine" beside "Philippines", "Port" beside "Port Sarin": one tag, the longer name.
    for (int i = 0; i < out.size(); i++) {
      String t = out.get(i);
      if (extendsName(name, t)) {
        out.set(i, name);
        return;
      }
      if (extendsName(t, name)) {
        return;
      }
    }
    if (out.size() < max) {
      out.add(name);
    }
  }

  /** "Philippines" extends "Philippine", "Port Sarin" extends "Port"; "Nigeria" does not extend "Niger". */
  private static boolean extendsName(String longer, String shorter) {
    return longer.equals(shorter + "s") || longer.startsWith(shorter + " ");
  }

  static Set<String> outletNames(List<AnnotatedArticle> articles) {
    Set<String> names = new HashSet<>();
    for (AnnotatedArticle a : articles) {
      names.add(a.article().outlet().name().toLowerCase(Locale.ROOT));
    }
    return names;
  }

  private static Group find(Map<String, Group> groups, String canonical, EntityType type) {
    Group exact = groups.get(key(canonical));
    if (exact != null || type != EntityType.PERSON) {
      return exact;
    }
    // A person named partly ("Lula", "Lula da Silva") is the person whose full name contains it.
    Set<String> tokens = tokens(canonical);
    for (Group g : groups.values()) {
      if (!g.isPerson()) {
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

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
