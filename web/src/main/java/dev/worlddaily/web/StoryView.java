package dev.worlddaily.web;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.Citation;
import dev.worlddaily.model.story.Source;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.model.story.StoryImage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A story page: the story plus what its citation marks need (the number of each source and the
 * text of each cited span, for the hover card and the article view).
 */
public final class StoryView {
  private final Story story;
  private final boolean published;
  private final Map<String, Article> articles;
  private final Map<String, Integer> numbers = new HashMap<>();
  private final Instant now;

  /** One citation mark. */
  public record Mark(int number, String href, String quote, String outlet) {}

  public StoryView(Story story, boolean published, Map<String, Article> articles, Instant now) {
    this.story = story;
    this.published = published;
    this.articles = articles;
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
      String quote = a == null || c.end() > a.text().length() ? "" : a.text().substring(c.start(), c.end());
      String outlet = a == null ? "" : a.outlet().name();
      out.add(new Mark(n, "/articles/" + c.articleId() + "?from=" + c.start() + "&to=" + c.end() + "#cited", quote, outlet));
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

  public String categoryHref() {
    return story.category() == null ? "/" : "/category/" + story.category().slug();
  }

  public List<String> outletNames() {
    Set<String> names = new LinkedHashSet<>();
    story.sources().forEach(s -> names.add(s.outlet()));
    return List.copyOf(names);
  }

  public String countries() {
    if (story.coverage() == null) {
      return "";
    }
    return String.join(", ", story.coverage().countries().stream().map(Format::country).toList());
  }
}
