package dev.worlddaily.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/** Which elements are boilerplate by their class or id, sized against the whole page. */
final class Boilerplate {
  /** A layout-named element with this much text and few links is content, whatever its name. */
  private static final int TEXT_RICH_CHARS = 400;
  private static final double TEXT_RICH_LINK_DENSITY = 0.25;

  private final TextStats stats;
  private final int pageText;
  private final Map<Element, Boolean> cache = new IdentityHashMap<>();

  Boilerplate(TextStats stats, int pageText) {
    this.stats = stats;
    this.pageText = pageText;
  }

  TextStats stats() {
    return stats;
  }

  /** True when the element holds half the page's text or more (a page-wide wrapper, such as an ASP.NET form). */
  boolean mostOfPage(Element e) {
    return stats.text(e) >= 0.5 * Math.max(1, pageText);
  }

  /**
   * Named as boilerplate, and not half the page: layout wrappers whose utility classes happen
   * to contain a word like "banner" hold the whole article, and are not boilerplate.
   */
  boolean is(Element e) {
    return cache.computeIfAbsent(e, this::judge);
  }

  private boolean judge(Element x) {
    String tag = x.normalName();
    if (tag.equals("article") || tag.equals("main") || mostOfPage(x)) {
      return false;
    }
    String cls = x.className();
    String id = x.id();
    // Without the concatenation when one is empty: (cls + " ").strip() is cls.strip().
    String name = id.isEmpty() ? cls.strip() : cls.isEmpty() ? id.strip() : (cls + " " + id).strip();
    return switch (BoilerplateVocabulary.mark(name)) {
      case BOILERPLATE -> true;
      case LAYOUT -> stats.text(x) < TEXT_RICH_CHARS || stats.linkDensity(x) >= TEXT_RICH_LINK_DENSITY;
      case NONE -> false;
    };
  }

  /** True when the element or an ancestor below {@code top} is boilerplate. */
  boolean within(Element e, Element top) {
    for (Element x = e; x != null && x != top; x = x.parent()) {
      if (is(x)) {
        return true;
      }
    }
    return false;
  }
}
