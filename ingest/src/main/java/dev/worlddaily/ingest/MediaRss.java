package dev.worlddaily.ingest;

import com.rometools.rome.feed.synd.SyndEntry;
import java.util.ArrayList;
import java.util.List;
import org.jdom2.Element;

/**
 * The lead image of a feed entry in Media RSS markup ({@code media:content} or {@code
 * media:thumbnail}, alone or in a {@code media:group}) with its caption ({@code
 * media:description}, else {@code media:title}) and credit ({@code media:credit}), as many RSS
 * and Atom feeds carry them. Rome keeps these elements as foreign markup.
 */
final class MediaRss {
  static final String NAMESPACE = "http://search.yahoo.com/mrss/";

  /** An image of an entry; caption and credit may be null. */
  record Image(String url, String caption, String credit) {}

  private MediaRss() {}

  /** The entry's first Media RSS image, or null. */
  static Image leadImage(SyndEntry entry) {
    List<Element> elements = new ArrayList<>();
    for (Element e : entry.getForeignMarkup()) {
      if (!NAMESPACE.equals(e.getNamespaceURI())) {
        continue;
      }
      if (e.getName().equals("group")) {
        elements.addAll(e.getChildren());
      } else {
        elements.add(e);
      }
    }
    for (Element e : elements) {
      if (NAMESPACE.equals(e.getNamespaceURI()) && isImage(e)) {
        String caption = first(child(e, "description"), child(e, "title"));
        return new Image(e.getAttributeValue("url").strip(), caption, child(e, "credit"));
      }
    }
    return null;
  }

  private static boolean isImage(Element e) {
    String url = e.getAttributeValue("url");
    if (url == null || url.isBlank()) {
      return false;
    }
    if (e.getName().equals("thumbnail")) {
      return true;
    }
    String medium = e.getAttributeValue("medium");
    String type = e.getAttributeValue("type");
    return e.getName().equals("content") && ("image".equals(medium) || type != null && type.startsWith("image/"));
  }

  /** The trimmed text of a Media RSS child, or null when absent or blank. */
  private static String child(Element e, String name) {
    Element c = e.getChild(name, e.getNamespace());
    String text = c == null ? null : c.getTextNormalize();
    return text == null || text.isEmpty() ? null : text;
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }
}
