package dev.worlddaily.bench.enrich;

import dev.worlddaily.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Distinct fictional news articles for the enrichment benchmark: every sentence is drawn from
 * templates filled with invented people, places, organisations and numbers, so that no two
 * articles (and so no two embeddings) are the same.
 */
final class ArticleGenerator {
  private static final String[] GIVEN = {"Marit", "Tomas", "Ana", "Jonas", "Fatou", "Ibrahima", "Kiri", "Noor", "Lucia", "Awa", "Pedro", "Ingrid"};
  private static final String[] FAMILY = {"Ekholm", "Ferreira", "Perez", "Lind", "Sarr", "Ba", "Tane", "Haddad", "Vargas", "Ndour", "Okafor", "Brandt"};
  private static final String[] PLACES = {"Port Sarin", "Koussara", "Alder Bay", "Valmora", "the Keth Valley", "Nordhavn", "San Lucas", "Mount Kea"};
  private static final String[] COUNTRIES = {"Chile", "Senegal", "Norway", "Turkey", "Brazil", "Kenya", "Germany", "Japan", "Canada", "India"};
  private static final String[] ORGS = {"the Harbour Council", "Alder Sea Lines", "the Red Cross", "the World Health Organization", "Valmora University", "the Port Authority"};
  private static final String[] TOPICS = {"the sea wall", "the vaccination campaign", "the new terminal", "the wage talks", "the rail line", "the election"};
  private static final String[] TEMPLATES = {
    "%P, the regional director of %O, said on %D that work on %T in %L would resume within %N weeks.",
    "\"We are doing everything we can, and we will not stop until it is finished,\" %P told reporters in %L.",
    "The project is expected to cost €%F billion, about %N%% more than first planned, according to %O.",
    "More than %K people attended a meeting in %L on %D, where officials from %C presented the plans.",
    "Critics in %C argue that %T was rushed, and %P said the government had ignored warnings from %O.",
    "Output rose from %N million barrels a day last year to %M million, the ministry in %C said.",
    "In %L, shops stayed closed and about %K residents were still without power on %D.",
    "%P, who has led %O since %Y, said: \"The numbers speak for themselves. We need more help.\"",
    "The talks between %C and %C ended without an agreement, and a new round is planned for %D.",
    "A spokeswoman for %O said %N of the %K workers had returned, while others waited for news about %T.",
  };
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "12 March 2026", "November 3"};

  private final int words;

  ArticleGenerator(int words) {
    this.words = words;
  }

  List<Article> generate(int count, Random random) {
    List<Article> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      List<String> paragraphs = new ArrayList<>();
      int total = 0;
      StringBuilder paragraph = new StringBuilder();
      while (total < words) {
        String sentence = fill(TEMPLATES[random.nextInt(TEMPLATES.length)], random);
        total += sentence.split(" ").length;
        paragraph.append(paragraph.isEmpty() ? "" : " ").append(sentence);
        if (random.nextInt(3) == 0) {
          paragraphs.add(paragraph.toString());
          paragraph.setLength(0);
        }
      }
      if (!paragraph.isEmpty()) {
        paragraphs.add(paragraph.toString());
      }
      String title = "Work on " + TOPICS[random.nextInt(TOPICS.length)] + " in " + PLACES[random.nextInt(PLACES.length)] + " to resume, report " + i;
      out.add(EnrichmentBench.article(i, title, paragraphs));
    }
    return out;
  }

  private static String fill(String template, Random r) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < template.length(); k++) {
      char c = template.charAt(k);
      if (c != '%' || k + 1 == template.length()) {
        sb.append(c);
        continue;
      }
      char f = template.charAt(++k);
      switch (f) {
        case 'P' -> sb.append(GIVEN[r.nextInt(GIVEN.length)]).append(' ').append(FAMILY[r.nextInt(FAMILY.length)]);
        case 'L' -> sb.append(PLACES[r.nextInt(PLACES.length)]);
        case 'C' -> sb.append(COUNTRIES[r.nextInt(COUNTRIES.length)]);
        case 'O' -> sb.append(ORGS[r.nextInt(ORGS.length)]);
        case 'T' -> sb.append(TOPICS[r.nextInt(TOPICS.length)]);
        case 'D' -> sb.append(DAYS[r.nextInt(DAYS.length)]);
        case 'N' -> sb.append(2 + r.nextInt(40));
        case 'M' -> sb.append(42 + r.nextInt(40));
        case 'K' -> sb.append(String.format(java.util.Locale.ROOT, "%,d", 1000 + r.nextInt(90000)));
        case 'F' -> sb.append(1 + r.nextInt(9)).append('.').append(r.nextInt(10));
        case 'Y' -> sb.append(1990 + r.nextInt(35));
        case '%' -> sb.append('%');
        default -> sb.append('%').append(f);
      }
    }
    return sb.toString();
  }
}
