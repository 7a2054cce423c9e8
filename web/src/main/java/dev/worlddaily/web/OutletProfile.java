package dev.worlddaily.web;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.model.story.Story;
import java.util.List;

/** An outlet page: who it is, its feeds with their health, its newest articles and the stories citing it. */
public record OutletProfile(Outlet outlet, List<SourceStatus> feeds, List<Article> articles, Listing<Story> stories) {
  public OutletProfile {
    feeds = List.copyOf(feeds);
    articles = List.copyOf(articles);
  }
}
