package dev.worlddaily.synthesize;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.ArticleImage;
import dev.worlddaily.model.Category;
import dev.worlddaily.model.Citation;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.annotation.DateMention;
import dev.worlddaily.model.annotation.QuoteMention;
import dev.worlddaily.model.annotation.TextSpan;
import dev.worlddaily.model.story.Coverage;
import dev.worlddaily.model.story.Perspective;
import dev.worlddaily.model.story.Quote;
import dev.worlddaily.model.story.Source;
import dev.worlddaily.model.story.StoryImage;
import dev.worlddaily.model.story.TimelineEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** The parts of a story drawn directly from its articles: quotes, perspectives, timeline, images, sources, coverage, category. */
final class StoryParts {
  private static final Pattern BAD_IMAGE = Pattern.compile("(?i)(logo|icon|favicon|sprite|avatar|pixel|spacer|1x1|badge|placeholder)");

  private StoryParts() {}

  static List<Quote> quotes(List<AnnotatedArticle> reports, int max) {
    List<Quote> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Set<String> speakers = new HashSet<>();
    // Two passes: first one quote per speaker, then more if room remains.
    for (int pass = 0; pass < 2; pass++) {
      for (AnnotatedArticle a : reports) {
        for (QuoteMention q : a.annotations().quotes()) {
          if (out.size() >= max || q.speaker() == null) {
            continue;
          }
          String key = q.text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
          if (seen.contains(key) || pass == 0 && speakers.contains(q.speaker())) {
            continue;
          }
          seen.add(key);
          speakers.add(q.speaker());
          out.add(new Quote(q.text(), q.speaker(), List.of(new Citation(a.id(), q.start(), q.end()))));
        }
      }
    }
    return out;
  }

  /**
   * Per outlet, the sentence that most stresses what the other outlets do not say: unlike any of
   * their sentences, yet about the story (it shares concepts several outlets use) and early in
   * its report. Only when at least two outlets report.
   */
  static List<Perspective> perspectives(SentencePool pool) {
    Map<String, List<Candidate>> byOutlet = new LinkedHashMap<>();
    for (Candidate c : pool.ranked()) {
      byOutlet.computeIfAbsent(c.outlet(), k -> new ArrayList<>()).add(c);
    }
    if (byOutlet.size() < 2) {
      return List.of();
    }
    List<Perspective> out = new ArrayList<>();
    for (List<Candidate> own : byOutlet.values()) {
      Candidate best = null;
      double bestScore = 0;
      for (Candidate c : own) {
        double distinct = 1 - pool.echo(c);
        if (!pool.selfContained(c) || c.words() < 8 || distinct < 0.5 || pool.gain(c, Set.of()) == 0) {
          continue;
        }
        double s = distinct * distinct * (1.0 / (1 + c.index()) + 0.5);
        if (s > bestScore) {
          best = c;
          bestScore = s;
        }
      }
      if (best != null) {
        out.add(new Perspective(best.article().article().outlet().name(), best.text(), List.of(best.citation())));
      }
    }
    return out;
  }

  static List<TimelineEntry> timeline(List<AnnotatedArticle> reports, int max) {
    Map<LocalDate, TimelineEntry> byDate = new TreeMap<>();
    for (AnnotatedArticle a : reports) {
      String text = a.article().text();
      for (DateMention d : a.annotations().dates()) {
        if (byDate.containsKey(d.date())) {
          continue;
        }
        for (TextSpan s : a.annotations().sentences()) {
          if (s.start() <= d.start() && d.end() <= s.end()) {
            int start = s.start() + SentencePool.datelineLength(text.substring(s.start(), s.end()));
            String sentence = text.substring(start, s.end());
            if (sentence.split("\\s+").length >= 6 && sentence.split("\\s+").length <= 45) {
              byDate.put(d.date(), new TimelineEntry(d.date(), sentence, List.of(new Citation(a.id(), start, s.end()))));
            }
            break;
          }
        }
      }
    }
    if (byDate.size() < 2) {
      return List.of();
    }
    List<TimelineEntry> out = new ArrayList<>(byDate.values());
    return out.size() > max ? out.subList(out.size() - max, out.size()) : out;
  }

  static List<StoryImage> images(List<AnnotatedArticle> articles, int max) {
    List<StoryImage> out = new ArrayList<>();
    Set<String> urls = new HashSet<>();
    Set<String> captions = new HashSet<>();
    for (AnnotatedArticle a : articles) {
      for (ArticleImage img : a.article().images()) {
        String url = img.url();
        String lower = url.toLowerCase(Locale.ROOT);
        if (out.size() >= max || !(lower.startsWith("http://") || lower.startsWith("https://")) || BAD_IMAGE.matcher(lower).find()) {
          continue;
        }
        String captionKey = img.caption() == null ? "" : img.caption().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
        if (!urls.add(url) || !captionKey.isEmpty() && !captions.add(captionKey)) {
          continue;
        }
        String outlet = a.article().outlet().name();
        String credit = img.credit() == null ? outlet : outlet + " / " + img.credit();
        out.add(new StoryImage(url, img.caption(), credit, a.id()));
      }
    }
    return out;
  }

  static List<Source> sources(List<AnnotatedArticle> articles) {
    List<Source> out = new ArrayList<>();
    for (AnnotatedArticle a : articles) {
      Article x = a.article();
      out.add(new Source(x.id(), readableUrl(x), x.outlet().name(), x.outlet().domain(), x.title(), x.authors(),
          x.published(), a.annotations().language() != null ? a.annotations().language() : x.language()));
    }
    return out;
  }

  /**
   * The URL a reader follows: the canonical one when it is on the host we fetched from (it drops
   * tracking parameters), else the one we fetched, which is known to answer.
   */
  static String readableUrl(Article a) {
    try {
      String fetchedHost = java.net.URI.create(a.url()).getHost();
      String canonicalHost = java.net.URI.create(a.canonicalUrl()).getHost();
      return fetchedHost != null && fetchedHost.equalsIgnoreCase(canonicalHost) ? a.canonicalUrl() : a.url();
    } catch (IllegalArgumentException e) {
      return a.url();
    }
  }

  /**
   * Articles, independent outlets (wire copies count as their original), their countries, and
   * {@code oneSided} when at least two outlets report and all of them are from one country or
   * all declare the same side (left or right).
   */
  static Coverage coverage(List<AnnotatedArticle> articles) {
    List<Article> list = articles.stream().map(AnnotatedArticle::article).toList();
    Set<String> keys = IndependentOutlets.keys(list);
    Set<String> countries = new LinkedHashSet<>();
    Set<String> leanings = new HashSet<>();
    boolean allLeaningsKnown = true;
    boolean allCountriesKnown = true;
    Set<String> domains = new HashSet<>();
    for (Article a : list) {
      if (!keys.contains(a.outlet().domain())) {
        continue;
      }
      domains.add(a.outlet().domain());
      if (a.outlet().country() != null) {
        countries.add(a.outlet().country());
      } else {
        allCountriesKnown = false;
      }
      if (a.outlet().leaning() == null) {
        allLeaningsKnown = false;
      } else {
        leanings.add(side(a.outlet().leaning()));
      }
    }
    int outlets = keys.size();
    // One-sided only when it is known: an outlet of unknown country or leaning may be the other side.
    boolean oneCountry = allCountriesKnown && countries.size() == 1 && outlets >= 2;
    boolean oneSide = allLeaningsKnown && leanings.size() == 1 && outlets >= 2 && !leanings.contains("center");
    return new Coverage(articles.size(), outlets, List.copyOf(countries), oneCountry || oneSide);
  }

  /** "center-left" and "left" are one side; "center" is its own. */
  private static String side(String leaning) {
    String l = leaning.toLowerCase(Locale.ROOT);
    return l.contains("left") ? "left" : l.contains("right") ? "right" : "center";
  }

  static Category category(List<AnnotatedArticle> articles) {
    Map<Category, Integer> votes = new EnumMap<>(Category.class);
    for (AnnotatedArticle a : articles) {
      if (a.annotations().category() != null) {
        votes.merge(a.annotations().category(), 1, Integer::sum);
      }
    }
    return votes.entrySet().stream().max(Map.Entry.<Category, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
        .map(Map.Entry::getKey).orElse(Category.WORLD);
  }
}
