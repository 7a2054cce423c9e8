package dev.worlddaily.web;

import dev.worlddaily.model.Category;
import java.time.LocalDate;
import java.util.List;

/**
 * What every page's frame shows: site name, page title, navigation and the search box.
 *
 * @param siteName the site's name
 * @param title the page title (without the site name)
 * @param active the active navigation item ("latest", a category slug, "search"), or ""
 * @param query the search text to show in the box
 * @param today the date in the masthead
 */
public record Chrome(String siteName, String title, String active, String query, LocalDate today) {
  public List<Category> categories() {
    return List.of(Category.values());
  }

  public String fullTitle() {
    return title == null || title.isBlank() ? siteName : title + " · " + siteName;
  }
}
