package dev.worlddaily.web;

import dev.worlddaily.model.Category;
import java.time.LocalDate;
import java.util.List;

/**
 * What every page's frame shows: site name, page title, navigation, the search box and the
 * page's feeds.
 *
 * @param siteName the site's name
 * @param title the page title (without the site name)
 * @param active the active navigation item ("latest", "trends", a category slug, "search", ...), or ""
 * @param query the search text to show in the box
 * @param today the date in the masthead
 * @param feedPath the path of this page's feeds without extension ("" for the front page's
 *     {@code /feed.xml} and {@code /atom.xml}, {@code /category/world/} for a section's)
 */
public record Chrome(String siteName, String title, String active, String query, LocalDate today, String feedPath) {
  public List<Category> categories() {
    return List.of(Category.values());
  }

  public String fullTitle() {
    return title == null || title.isBlank() ? siteName : title + " · " + siteName;
  }

  public String rss() {
    return (feedPath == null || feedPath.isEmpty() ? "/" : feedPath) + "feed.xml";
  }

  public String atom() {
    return (feedPath == null || feedPath.isEmpty() ? "/" : feedPath) + "atom.xml";
  }

  public Chrome withFeeds(String path) {
    return new Chrome(siteName, title, active, query, today, path);
  }

  /** The class of a navigation link: "active" for the current section. */
  public String navClass(String item) {
    return item.equals(active) ? "active" : "";
  }

  /** aria-current of a navigation link. */
  public String current(String item) {
    return item.equals(active) ? "page" : null;
  }
}
