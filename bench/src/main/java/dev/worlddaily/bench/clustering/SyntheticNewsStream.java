package dev.worlddaily.bench.clustering;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.Category;
import dev.worlddaily.model.EntityType;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.annotation.Annotations;
import dev.worlddaily.model.annotation.DateMention;
import dev.worlddaily.model.annotation.EntityMention;
import dev.worlddaily.model.annotation.FigureMention;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * A seeded, endless stream of enriched news articles for benchmarks: events of a few dozen themes
 * start at a steady rate; each is reported by a handful of outlets (a few events by hundreds)
 * over the following hours, in articles that share the theme's vocabulary and embedding
 * direction, the event's own names, words, figures and date, and some noise. Articles come out in
 * publication order, generated when they are due, so the stream itself holds little memory.
 * Everything is invented: syllable words, names and outlets.
 */
final class SyntheticNewsStream {
  static final int DIMENSIONS = 384;
  private static final String[] SYLLABLES = {"ka", "lo", "mer", "tin", "sa", "ru", "vel", "dor", "an", "is", "po", "ne",
      "ma", "ril", "ost", "ba", "te", "gon", "li", "ur", "fe", "zan", "mo", "ke", "sil", "var", "du", "ei", "ha", "nor"};
  private static final String[] FILLER = ("the a of and to in on for that with as by at from said was were has have will "
      + "after over about more than into its their this which who also").split(" ");

  /** A theme: its embedding direction, vocabulary and the country most of its news happens in. */
  private record Theme(float[] direction, String[] words, String country) {}

  /** An event: its theme, embedding, names, words, figures, day, and how many articles it gets. */
  private record Event(int id, Theme theme, float[] vector, String[] people, String place, String[] words, int[] figures,
      LocalDate day, Instant start, int articles) {}

  private record Due(Instant time, Event event, int index) {}

  private final Random random;
  private final List<Theme> themes = new ArrayList<>();
  private final String[] outlets;
  private final double eventsPerHour;
  private final PriorityQueue<Due> due = new PriorityQueue<>((a, b) -> {
    int c = a.time().compareTo(b.time());
    return c != 0 ? c : a.event().id() != b.event().id() ? Integer.compare(a.event().id(), b.event().id()) : Integer.compare(a.index(), b.index());
  });
  private Instant nextEvent;
  private int events;

  /**
   * @param seed the seed: the same seed gives the same stream
   * @param articlesPerDay the mean rate of articles
   * @param start the publication time of the first article
   */
  SyntheticNewsStream(long seed, double articlesPerDay, Instant start) {
    this.random = new Random(seed);
    for (int t = 0; t < 40; t++) {
      String[] words = new String[30];
      for (int w = 0; w < words.length; w++) {
        words[w] = word(2 + random.nextInt(2));
      }
      themes.add(new Theme(gaussian(1.0), words, capitalised(word(3))));
    }
    outlets = new String[400];
    for (int o = 0; o < outlets.length; o++) {
      outlets[o] = word(3) + o + ".example";
    }
    // Articles per event: 1 + geometric with mean 2, and one event in 200 has 50 to 300 (mean about 3.9).
    this.eventsPerHour = articlesPerDay / 24.0 / 3.9;
    this.nextEvent = start;
  }

  /** The next article in publication order, with its annotations and its true event. */
  Generated next() {
    while (due.isEmpty() || !nextEvent.isAfter(due.peek().time())) {
      spawn();
    }
    Due d = due.poll();
    return generate(d.event(), d.index(), d.time());
  }

  /** An article of the stream and the event it reports. */
  record Generated(AnnotatedArticle article, int eventId) {}

  private void spawn() {
    Theme theme = themes.get(random.nextInt(themes.size()));
    int size = random.nextDouble() < 0.005 ? 50 + random.nextInt(250) : 1 + geometric(1 / 3.0);
    String[] people = {person(), person()};
    String[] words = new String[12];
    for (int w = 0; w < words.length; w++) {
      words[w] = word(3 + random.nextInt(2));
    }
    int[] figures = {10 + random.nextInt(5000), 10 + random.nextInt(500)};
    float[] vector = unit(add(theme.direction(), gaussian(0.8)));
    Event e = new Event(events++, theme, vector, people, capitalised(word(3)) + " " + (random.nextBoolean() ? "Bay" : "City"),
        words, figures, LocalDate.ofInstant(nextEvent, ZoneOffset.UTC), nextEvent, size);
    for (int i = 0; i < size; i++) {
      // Most reports come within hours, some a day or two later.
      long minutes = (long) (-Math.log(1 - random.nextDouble()) * (size > 20 ? 1440 : 360));
      due.add(new Due(nextEvent.plus(Duration.ofMinutes(minutes)), e, i));
    }
    double hours = -Math.log(1 - random.nextDouble()) / eventsPerHour;
    nextEvent = nextEvent.plusMillis((long) (hours * 3_600_000));
  }

  private Generated generate(Event e, int index, Instant time) {
    Random r = new Random(e.id() * 1_000_003L + index);
    String outlet = outlets[r.nextInt(outlets.length)];
    StringBuilder text = new StringBuilder();
    List<EntityMention> entities = new ArrayList<>();
    List<FigureMention> figures = new ArrayList<>();
    List<DateMention> dates = new ArrayList<>();
    for (int sentence = 0; sentence < 8; sentence++) {
      if (text.length() > 0) {
        text.append(sentence == 4 ? "\n\n" : " ");
      }
      for (int w = 0; w < 14; w++) {
        double p = r.nextDouble();
        if (w == 0 && sentence % 3 == 0) {
          mention(text, entities, e.people()[r.nextInt(2)], EntityType.PERSON);
        } else if (w == 6 && sentence % 2 == 0) {
          mention(text, entities, r.nextInt(4) == 0 ? e.theme().country() : e.place(), r.nextInt(4) == 0 ? EntityType.COUNTRY : EntityType.PLACE);
        } else if (w == 9 && sentence % 4 == 1) {
          int v = e.figures()[r.nextInt(2)];
          int start = text.length();
          text.append(v).append(" people");
          figures.add(new FigureMention(start, text.length(), text.substring(start), v, "people"));
        } else if (w == 3 && sentence == 1) {
          int start = text.length();
          String day = e.day().getDayOfMonth() + " " + e.day().getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
          text.append(day);
          dates.add(new DateMention(start, text.length(), day, e.day()));
        } else {
          text.append(p < 0.35 ? e.theme().words()[r.nextInt(e.theme().words().length)] : p < 0.55 ? e.words()[r.nextInt(e.words().length)]
              : FILLER[r.nextInt(FILLER.length)]);
        }
        text.append(w == 13 ? "." : " ");
      }
    }
    String title = capitalised(e.words()[0]) + " " + e.theme().words()[1] + " in " + e.place();
    Article article = Article.builder().url("https://" + outlet + "/e" + e.id() + "-" + index).outlet(Outlet.ofDomain(outlet))
        .title(title).published(time).blocks(List.of(text.toString().split("\n\n")), null).build();
    float[] lead = unit(add(e.vector(), gaussian(r, 0.35)));
    float[] body = unit(add(lead, gaussian(r, 0.2)));
    Annotations annotations = new Annotations("en", Category.WORLD, List.of(), entities, figures, List.of(), dates, lead, body);
    return new Generated(new AnnotatedArticle(article, annotations), e.id());
  }

  private static void mention(StringBuilder text, List<EntityMention> out, String name, EntityType type) {
    int start = text.length();
    text.append(name);
    out.add(new EntityMention(start, text.length(), name, type, name));
  }

  private String person() {
    return capitalised(word(2)) + " " + capitalised(word(3));
  }

  private String word(int syllables) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return b.toString();
  }

  private static String capitalised(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  private int geometric(double p) {
    return (int) Math.floor(Math.log(1 - random.nextDouble()) / Math.log(1 - p));
  }

  private float[] gaussian(double scale) {
    return gaussian(random, scale);
  }

  private static float[] gaussian(Random r, double scale) {
    float[] v = new float[DIMENSIONS];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) (r.nextGaussian() * scale);
    }
    return v;
  }

  private static float[] add(float[] a, float[] b) {
    float[] out = new float[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i] + b[i];
    }
    return out;
  }

  private static float[] unit(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    float s = (float) (1 / Math.sqrt(n));
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] * s;
    }
    return out;
  }
}
