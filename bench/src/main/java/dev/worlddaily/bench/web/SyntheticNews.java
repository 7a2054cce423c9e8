package dev.worlddaily.bench.web;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.ArticleImage;
import dev.worlddaily.model.Category;
import dev.worlddaily.model.Citation;
import dev.worlddaily.model.EntityType;
import dev.worlddaily.model.Feed;
import dev.worlddaily.model.FeedHealth;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.model.Progress;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.annotation.Annotations;
import dev.worlddaily.model.story.BodyParagraph;
import dev.worlddaily.model.story.Change;
import dev.worlddaily.model.story.CitedText;
import dev.worlddaily.model.story.Coverage;
import dev.worlddaily.model.story.Figure;
import dev.worlddaily.model.story.FigureValue;
import dev.worlddaily.model.story.Perspective;
import dev.worlddaily.model.story.Quote;
import dev.worlddaily.model.story.Related;
import dev.worlddaily.model.story.Relation;
import dev.worlddaily.model.story.Source;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.model.story.StoryEntity;
import dev.worlddaily.model.story.StoryImage;
import dev.worlddaily.model.story.TimelineEntry;
import dev.worlddaily.store.SearchIndex;
import dev.worlddaily.store.Store;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Fills a store and index with fictional stories shaped like the synthesizer's (2–6 sources,
 * four cited paragraphs, key points, quotes, figures, perspectives, timeline, images, related,
 * change log), spread over a number of days, from a pool of fictional outlets and names drawn
 * with a skewed (Zipf-like) frequency so that some names trend. Seeded: the same seed gives the
 * same data.
 */
final class SyntheticNews {
  private static final String[] SYLLABLES = {"ka", "lo", "ver", "san", "mi", "dra", "tor", "el", "ba", "rin", "us", "ta",
      "gor", "ni", "que", "li", "mon", "a", "fe", "ros", "ti", "bel", "un", "ca"};
  private static final String[] WORDS = {"council", "harbour", "minister", "budget", "storm", "vote", "talks", "court", "strike",
      "market", "plant", "river", "border", "election", "treaty", "quake", "ferry", "festival", "reform", "inquiry", "port",
      "rail", "summit", "drought", "vaccine", "league", "bank", "rates", "exports", "police"};
  private static final String[] COUNTRIES = {"NZ", "CA", "DE", "FR", "BR", "IN", "JP", "KE", "NG", "ZA", "AU", "GB", "US", "MX",
      "SE", "PL", "ID", "PH", "EG", "AR"};

  private final Random random;
  private final List<Outlet> outlets = new ArrayList<>();
  private final List<String> names = new ArrayList<>();

  SyntheticNews(long seed) {
    this.random = new Random(seed);
    for (int i = 0; i < 60; i++) {
      String name = capital(word(2)) + " " + (i % 3 == 0 ? "Ledger" : i % 3 == 1 ? "Courier" : "Herald");
      outlets.add(new Outlet(name, name.toLowerCase(Locale.ROOT).replace(' ', '-') + i + ".example", COUNTRIES[i % COUNTRIES.length],
          "en", i % 5 == 0 ? "left" : i % 5 == 1 ? "right" : "center", "private"));
    }
    for (int i = 0; i < 2_000; i++) {
      names.add(capital(word(2 + random.nextInt(2))) + (i % 2 == 0 ? " " + capital(word(2)) : ""));
    }
  }

  List<Outlet> outlets() {
    return outlets;
  }

  /** Writes {@code stories} stories ending at {@code newest}, over {@code days} days. */
  void fill(Store store, SearchIndex index, int stories, int days, Instant newest, Progress progress) {
    for (Outlet o : outlets) {
      store.saveOutlet(o);
      Feed f = Feed.of("https://" + o.domain() + "/feed.xml", o);
      store.saveFeed(f);
      store.saveFeedHealth(new FeedHealth(f.id(), newest, newest, null, null, 0, 40, null, null, newest.plusSeconds(900)));
    }
    List<Related> recent = new ArrayList<>();
    for (int i = 0; i < stories; i++) {
      Instant updated = newest.minusSeconds((long) ((double) i / stories * days * 86_400));
      List<AnnotatedArticle> made = new ArrayList<>();
      Story s = story("syn-" + i, updated, recent, made);
      for (AnnotatedArticle a : made) {
        store.saveArticle(a);
        store.assign(a.id(), s.id());
        index.indexArticle(a.id(), s.id());
      }
      boolean published = s.sources().size() > 1;
      store.saveStory(s, published);
      index.indexStory(s, published);
      recent.add(new Related(s.id(), s.headline(), Relation.SAME_TOPIC));
      if (recent.size() > 20) {
        recent.remove(0);
      }
      if (i % 500 == 499) {
        index.commit();
      }
      progress.update(i + 1, stories);
    }
    index.commit();
  }

  /** One story; its source articles are added to {@code made}. */
  private Story story(String id, Instant updated, List<Related> recent, List<AnnotatedArticle> made) {
    int sourceCount = 2 + random.nextInt(5) - (random.nextInt(4) == 0 ? 1 : 0);
    Set<String> distinct = new LinkedHashSet<>();
    while (distinct.size() < 3) {
      distinct.add(name());
    }
    List<String> tags = new ArrayList<>(distinct);
    Category category = Category.values()[random.nextInt(Category.values().length)];
    String headline = capital(tags.get(0)) + " " + word() + " " + WORDS[random.nextInt(WORDS.length)] + " as " + tags.get(1) + " " + word() + "s";
    Set<Outlet> used = new LinkedHashSet<>();
    while (used.size() < sourceCount) {
      used.add(outlets.get(random.nextInt(outlets.size())));
    }
    List<Source> sources = new ArrayList<>();
    List<StoryImage> images = new ArrayList<>();
    List<CitedText> cited = new ArrayList<>();
    int n = 0;
    for (Outlet o : used) {
      Instant published = updated.minusSeconds(random.nextInt(36 * 3600));
      List<String> paragraphs = new ArrayList<>();
      for (int p = 0; p < 8; p++) {
        paragraphs.add(sentence(tags) + " " + sentence(tags) + " " + sentence(tags));
      }
      String slug = id + "-" + n++;
      Article a = Article.builder().url("https://" + o.domain() + "/news/" + slug).outlet(o).title(headline + " (" + o.name() + ")")
          .authors(List.of(capital(word(2)) + " " + capital(word(3)))).published(published).language("en").blocks(paragraphs, null)
          .images(List.of(ArticleImage.of("https://" + o.domain() + "/img/" + slug + ".jpg", "A view of " + tags.get(0), "Photo: " + o.name())))
          .build();
      made.add(new AnnotatedArticle(a, new Annotations("en", category, List.of(), List.of(), List.of(), List.of(), List.of(), null, null)));
      sources.add(new Source(a.id(), a.url(), o.name(), o.domain(), a.title(), a.authors(), published, "en"));
      images.add(new StoryImage(a.images().get(0).url(), a.images().get(0).caption(), o.name() + " / " + a.images().get(0).credit(), a.id()));
      String text = a.text();
      int start = 0;
      for (int k = 0; k < 4; k++) {
        int end = text.indexOf(". ", start) + 1;
        if (end <= start) {
          break;
        }
        cited.add(new CitedText(text.substring(start, end), List.of(new Citation(a.id(), start, end))));
        start = end + 1;
      }
    }
    List<BodyParagraph> body = new ArrayList<>();
    for (int p = 0; p < 4; p++) {
      body.add(new BodyParagraph(List.of(cited.get((3 * p) % cited.size()), cited.get((3 * p + 1) % cited.size()), cited.get((3 * p + 2) % cited.size()))));
    }
    CitedText lead = cited.get(0);
    List<String> countries = used.stream().map(Outlet::country).distinct().toList();
    List<Related> related = recent.isEmpty() ? List.of() : List.of(recent.get(random.nextInt(recent.size())), recent.get(random.nextInt(recent.size())));
    return Story.builder(id).slug(headline.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + id.substring(4)).version(1 + random.nextInt(4))
        .firstSeen(updated.minus(Duration.ofHours(random.nextInt(30)))).updated(updated)
        .headline(headline).dek(lead.text(), lead.citations()).category(category).tags(tags)
        .entities(tags.stream().map(t -> new StoryEntity(t, EntityType.values()[Math.abs(t.hashCode()) % 5], List.of(), sourceCount)).toList())
        .body(body).keyPoints(cited.subList(0, Math.min(4, cited.size())))
        .quotes(List.of(new Quote(lead.text(), tags.get(0), lead.citations())))
        .figures(List.of(new Figure("people · affected", List.of(new FigureValue(random.nextInt(900) + " people", 100, "people", lead.citations()),
            new FigureValue(random.nextInt(900) + " people", 120, "people", cited.get(1).citations())), true)))
        .perspectives(List.of(new Perspective(sources.get(0).outlet(), cited.get(1).text(), cited.get(1).citations())))
        .timeline(List.of(new TimelineEntry(LocalDate.ofInstant(updated, ZoneOffset.UTC).minusDays(1), cited.get(2).text(), cited.get(2).citations()),
            new TimelineEntry(LocalDate.ofInstant(updated, ZoneOffset.UTC), lead.text(), lead.citations())))
        .images(images).sources(sources).coverage(new Coverage(sources.size(), sources.size(), countries, countries.size() == 1))
        .related(related).changes(List.of(new Change(1, updated.minusSeconds(3600), "first published from 2 sources"), new Change(2, updated, "1 new source")))
        .build();
  }

  /** A name drawn with a skewed frequency: low indexes are much more common. */
  private String name() {
    double u = random.nextDouble();
    return names.get((int) Math.min(names.size() - 1, Math.floor(Math.pow(names.size(), u)) - 1));
  }

  private String sentence(List<String> tags) {
    StringBuilder sb = new StringBuilder(capital(word()));
    int len = 10 + random.nextInt(14);
    for (int i = 0; i < len; i++) {
      sb.append(' ').append(i == 3 ? tags.get(random.nextInt(tags.size())) : i % 4 == 1 ? WORDS[random.nextInt(WORDS.length)] : word());
    }
    return sb.append('.').toString();
  }

  private String word() {
    return word(1 + random.nextInt(3));
  }

  private String word(int syllables) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return sb.toString();
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
