package dev.worlddaily.web;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.Citation;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.model.story.Source;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.model.story.StoryImage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A story page: the story plus what its citation marks need (the number of each source and the
 * text of each cited span, for the hover card and the article view) and its coverage by
 * country and declared leaning.
 */
public final class StoryView {
  private final Story story;
  private final boolean published;
  private final Map<String, Article> articles;
  private final Map<String, Outlet> outlets;
  private final Map<String, Integer> numbers = new HashMap<>();
  private final Instant now;

  /** One citation mark: the source's number, the cited passage and where it comes from. */
  public record Mark(int number, String href, String quote, String outlet, String original) {}

  /** One segment of a coverage bar: a country or leaning, its outlets, its share in percent. */
  public record Segment(String label, String key, List<String> outlets, double start, double percent) {
    /** x and width of its rectangle in a bar drawn with viewBox 0 0 100 h. */
    public String x() {
      return String.format(java.util.Locale.ROOT, "%.2f", start);
    }

    public String width() {
      return String.format(java.util.Locale.ROOT, "%.2f", Math.max(0, percent - 0.4));
    }

    public String title() {
      return label + ": " + String.join(", ", outlets);
    }
  }

  public StoryView(Story story, boolean published, Map<String, Article> articles, Map<String, Outlet> outlets, Instant now) {
    this.story = story;
    this.published = published;
    this.articles = articles;
    this.outlets = outlets;
    this.now = now;
    for (int i = 0; i < story.sources().size(); i++) {
      numbers.putIfAbsent(story.sources().get(i).articleId(), i + 1);
    }
  }

  public Story story() {
    return story;
  }

  public boolean published() {
    return published;
  }

  public Instant now() {
    return now;
  }

  /** Marks of a list of citations, one per cited source, in source order. */
  public List<Mark> marks(List<Citation> citations) {
    List<Mark> out = new ArrayList<>();
    Set<Integer> seen = new LinkedHashSet<>();
    for (Citation c : citations) {
      Integer n = numbers.get(c.articleId());
      if (n == null || !seen.add(n)) {
        continue;
      }
      Article a = articles.get(c.articleId());
      boolean inside = a != null && c.start() >= 0 && c.end() <= a.text().length() && c.start() < c.end();
      String quote = inside ? a.text().substring(c.start(), c.end()) : "";
      String outlet = a != null ? a.outlet().name() : story.sources().get(n - 1).outlet();
      String original = a == null ? null : Format.safeUrl(a.canonicalUrl() != null ? a.canonicalUrl() : a.url());
      out.add(new Mark(n, "/articles/" + Format.encode(c.articleId()) + "?from=" + c.start() + "&to=" + c.end() + "#cited", quote, outlet, original));
    }
    return out;
  }

  public int number(Source s) {
    return numbers.getOrDefault(s.articleId(), 0);
  }

  public String sourceUrl(Source s) {
    return Format.safeUrl(s.url());
  }

  public List<StoryImage> images() {
    return story.images().stream().filter(i -> Format.safeUrl(i.url()) != null).toList();
  }

  /** The image's alt text: its caption, else what it is and whose. */
  public static String alt(StoryImage i) {
    if (i.caption() != null && !i.caption().isBlank()) {
      return i.caption();
    }
    return "Image from " + (i.credit() == null || i.credit().isBlank() ? "a source" : i.credit());
  }

  public String categoryHref() {
    return story.category() == null ? "/" : "/category/" + story.category().slug();
  }

  public Outlet outlet(Source s) {
    return s.domain() == null ? null : outlets.get(s.domain());
  }

  /** Outlets by country, largest share first; outlets of unknown country last. */
  public List<Segment> byCountry() {
    return segments(o -> o.country() == null ? null : o.country(), Format::country, "Country unknown");
  }

  /** Outlets by declared leaning, in left-to-right order; empty when no outlet declares one. */
  public List<Segment> byLeaning() {
    if (outlets.values().stream().allMatch(o -> o.leaning() == null)) {
      return List.of();
    }
    List<Segment> s = new ArrayList<>(segments(Outlet::leaning, l -> l, "Not declared"));
    List<String> order = List.of("left", "center-left", "center", "center-right", "right");
    s.sort(java.util.Comparator.comparingInt(x -> order.contains(x.key()) ? order.indexOf(x.key()) : order.size()));
    return laidOut(s);
  }

  private List<Segment> segments(java.util.function.Function<Outlet, String> key, java.util.function.Function<String, String> label, String unknown) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (Outlet o : outlets.values()) {
      String k = key.apply(o);
      groups.computeIfAbsent(k == null ? "" : k, x -> new ArrayList<>()).add(o.name());
    }
    int total = Math.max(1, outlets.size());
    List<Segment> out = new ArrayList<>();
    groups.forEach((k, names) -> out.add(new Segment(k.isEmpty() ? unknown : label.apply(k), k.isEmpty() ? "unknown" : k, names, 0, 100.0 * names.size() / total)));
    out.sort(java.util.Comparator.comparing((Segment x) -> x.key().equals("unknown")).thenComparing(x -> -x.outlets().size()));
    return laidOut(out);
  }

  private static List<Segment> laidOut(List<Segment> in) {
    List<Segment> out = new ArrayList<>();
    double x = 0;
    for (Segment s : in) {
      out.add(new Segment(s.label(), s.key(), s.outlets(), x, s.percent()));
      x += s.percent();
    }
    return out;
  }

  public String countries() {
    if (story.coverage() == null) {
      return "";
    }
    return String.join(", ", story.coverage().countries().stream().map(Format::country).toList());
  }
}
