package dev.worlddaily.bench.synthesis;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.Outlet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Seeded articles about one fictional event (a storm hitting the invented port of Calverin) by
 * many fictional outlets: the same facts in different words and orders, differing figures,
 * quotes, background and outlet-specific angles, as many outlets' reports of one event look.
 */
final class SyntheticStory {
  private static final String[] OPENINGS = {
    "A powerful storm struck the port city of Calverin on %s, killing %d people and flooding more than %d homes, officials said.",
    "At least %2$d people died when a storm hit Calverin on %1$s, and %3$d homes were flooded, according to the civil protection agency.",
    "Storm Idris tore through Calverin on %s, leaving %d people dead and %d homes under water.",
    "Rescuers in Calverin searched flooded streets on %s after a storm killed %d people and damaged %d homes.",
  };
  private static final String[] FACTS = {
    "Mayor Irena Voss said %d residents had been moved to schools and sports halls.",
    "The regional power company said %d households were still without electricity.",
    "Winds of up to %d kilometres an hour were recorded at the harbour, the weather service said.",
    "The national government pledged $%d million in emergency aid.",
    "The port, which handles a quarter of the country's grain exports, was closed for %d days.",
    "Insurers estimated the damage at $%d million.",
    "Rail services between Calverin and the capital were suspended after a bridge was damaged.",
    "Hospitals in the city treated %d people for injuries, most of them minor.",
  };
  private static final String[] CONTEXT = {
    "Calverin was hit by a similar storm in 2019, when the sea wall failed in three places.",
    "Engineers had warned last year that the sea wall needed urgent repairs.",
    "Critics said the city had spent too little on flood defences for a decade.",
    "The storm was the strongest to reach the coast in more than twenty years, meteorologists said.",
    "Fishermen said they had lost boats and nets worth their yearly income.",
    "Opposition leaders accused the government of ignoring warnings from scientists.",
  };
  private static final String[] QUOTES = {
    "\"We have never seen water this high in the old town,\" said Mayor Irena Voss.",
    "\"The sea wall held where it was repaired and failed where it was not,\" said engineer Tomas Halden.",
    "\"We lost everything in one night,\" said Mara Quist, a baker near the harbour.",
    "\"Help is on its way and it will stay as long as it is needed,\" Prime Minister Anton Berg said.",
  };
  private static final String[] NEXT = {
    "The government will decide next week whether to declare a state of emergency.",
    "Schools are expected to reopen on Monday if the water recedes.",
    "The port authority said it planned to resume loading ships within days.",
    "A second storm is forecast to reach the coast later this week.",
  };

  private SyntheticStory() {}

  static List<Article> articles(int count, long seed) {
    Random r = new Random(seed);
    List<Article> out = new ArrayList<>();
    Instant t0 = Instant.parse("2026-11-20T06:00:00Z");
    for (int i = 0; i < count; i++) {
      String domain = String.format(Locale.ROOT, "outlet%03d.example", i);
      Outlet outlet = new Outlet("Outlet " + i, domain, new String[] {"NZ", "GB", "US", "CA", "AU", "DE"}[i % 6], "en", null, null);
      List<String> paragraphs = new ArrayList<>();
      String day = "Tuesday";
      int deaths = 12 + (r.nextInt(10) == 0 ? r.nextInt(4) : 0);
      paragraphs.add(String.format(Locale.ROOT, OPENINGS[r.nextInt(OPENINGS.length)], day, deaths, 400 + 50 * r.nextInt(3)));
      List<String> sentences = new ArrayList<>();
      for (String f : pick(r, FACTS, 4 + r.nextInt(3))) {
        sentences.add(f.contains("%d") ? String.format(Locale.ROOT, f, figure(r, f)) : f);
      }
      sentences.addAll(pick(r, CONTEXT, 2 + r.nextInt(2)));
      sentences.addAll(pick(r, QUOTES, 1 + r.nextInt(2)));
      sentences.add(String.format(Locale.ROOT, "Outlet %d's correspondent reported that volunteers from %d nearby towns had joined the clean-up.", i, 3 + r.nextInt(20)));
      java.util.Collections.shuffle(sentences, r);
      sentences.addAll(pick(r, NEXT, 1 + r.nextInt(2)));
      for (int s = 0; s < sentences.size(); s += 2) {
        paragraphs.add(String.join(" ", sentences.subList(s, Math.min(sentences.size(), s + 2))));
      }
      out.add(Article.builder().url("https://" + domain + "/storm-calverin-" + i).outlet(outlet)
          .title(new String[] {"Storm kills " + deaths + " in Calverin", "Calverin counts the cost of Storm Idris", "Deadly storm floods Calverin"}[r.nextInt(3)])
          .published(t0.plusSeconds(600L * i)).blocks(paragraphs, null).build());
    }
    return out;
  }

  private static int figure(Random r, String template) {
    if (template.contains("million")) {
      return 20 + 5 * r.nextInt(6);
    }
    if (template.contains("days")) {
      return 2 + r.nextInt(3);
    }
    if (template.contains("kilometres")) {
      return 140 + 10 * r.nextInt(4);
    }
    return 1000 + 500 * r.nextInt(8);
  }

  private static List<String> pick(Random r, String[] pool, int n) {
    List<String> all = new ArrayList<>(List.of(pool));
    java.util.Collections.shuffle(all, r);
    return all.subList(0, Math.min(n, all.size()));
  }
}
