package dev.worlddaily.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.worlddaily.model.ArticleImage;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the lead image (og:image, JSON-LD image, else the first figure of the article), never a
 * logo, icon, avatar or tracking pixel, and reads its caption and credit from the page: the
 * {@code <figure>}'s {@code <figcaption>}, a caption or cutline element beside the image, or the
 * structured data.
 */
final class ImageReader {
  // Selectors parsed once: parsing a query costs more than running it on one element.
  private static final Evaluator FIGURE = QueryParser.parse("figure");
  private static final Evaluator ARTICLE_OR_MAIN = QueryParser.parse("article, main");
  private static final Evaluator FEATURED = QueryParser.parse("[class*=featured], [class*=lead]");
  private static final Evaluator NOT_PHOTO_PLACES = QueryParser.parse("nav, footer, [class*=logo], [class*=avatar], [class*=author]");
  private static final Evaluator IMG = QueryParser.parse("img");
  /** Path words of images that are not article photos. */
  private static final Pattern BAD_IMAGE = Pattern.compile(
      "(?i)(?:^|[/_.\\-])(?:logo|logos|icon|icons|favicon|sprite|sprites|avatar|avatars|pixel|spacer|blank|tracking|beacon|"
          + "1x1|badge|badges|placeholder|gravatar|emoji|share-default|default-share)(?=$|[/_.\\-]|\\d)");
  private static final String CAPTION_QUERY = "figcaption, [class*=caption], [class*=Caption], [class*=cutline], [class*=Cutline], [class*=legend],"
      + " [itemprop=caption]";
  private static final String CREDIT_QUERY = "[class*=credit], [class*=Credit], [class*=copyright], [class*=photographer], [itemprop=creditText],"
      + " [itemprop=copyrightHolder], cite, small";
  private static final Evaluator CAPTION = QueryParser.parse(CAPTION_QUERY);
  private static final Evaluator CREDIT = QueryParser.parse(CREDIT_QUERY);
  private static final Evaluator CAPTION_OR_P = QueryParser.parse(CAPTION_QUERY + ", p");

  /**
   * A credit at the end of a caption: "Photo: Name", "(Credit: Agency)", "(Name)", or after a dash
   * "— Name/Agency".
   */
  private static final Pattern CREDIT_TAIL = Pattern.compile(
      "(?i)\\s*[(\\[]?\\s*((?:photo(?:graph)?s?|image|picture|credit|foto|bild)\\s*(?:by|:|credit:?)\\s*[^()\\[\\]]{2,80}?)\\s*[)\\]]?\\s*$"
          + "|\\s*\\(([^()]{2,60})\\)\\s*$"
          + "|\\s+[—–|]\\s+((?:photo|image|credit|foto|bild|©)[^—–|]{2,80}|[^—–|/]{1,40}/[^—–|]{2,60})\\s*$");
  private static final int MIN_PIXELS = 100;
  private static final int MAX_CANDIDATE_IMAGES = 40;
  private static final int MAX_CAPTION_CHARS = 600;

  private ImageReader() {}

  static ArticleImage read(PageIndex index, PageMetas m, JsonNode ld) {
    Document doc = index.doc;
    String[] fromLd = JsonLd.image(ld);
    Element firstFigure = firstContentImage(index);
    String url = absoluteUrl(doc, firstGood(m.first("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"),
        fromLd == null ? null : fromLd[0], firstFigure == null ? null : source(firstFigure)));
    if (url == null) {
      return null;
    }
    Element img = matchingImage(index, url);
    if (img == null && firstFigure != null && sameFile(source(firstFigure), url)) {
      img = firstFigure;
    }
    String caption = null;
    String credit = null;
    if (img != null) {
      Element cap = captionOf(img);
      if (cap != null) {
        Element creditEl = Subtrees.selectFirst(cap, CREDIT);
        if (creditEl == null) {
          creditEl = siblingCredit(cap);
        }
        credit = creditEl == null ? null : creditEl.text();
        caption = creditEl == null || !cap.text().contains(creditEl.text()) ? cap.text() : cap.text().replace(creditEl.text(), "");
      } else {
        Element holder = img.closest(FIGURE);
        Element creditEl = holder == null ? null : Subtrees.selectFirst(holder, CREDIT);
        credit = creditEl == null ? null : creditEl.text();
      }
    }
    if (caption != null && credit == null) {
      // "A crane at the dock (Photo: Ann Lee)": the credit written into the caption.
      Matcher tail = CREDIT_TAIL.matcher(caption);
      if (tail.find() && tail.start() > 0) {
        credit = tail.group(1) != null ? tail.group(1) : tail.group(2) != null ? tail.group(2) : tail.group(3);
        caption = caption.substring(0, tail.start());
      }
    }
    if (blank(caption)) {
      caption = MetadataReader.first(fromLd == null ? null : fromLd[1], m.get("og:image:alt"), m.get("twitter:image:alt"), img == null ? null : img.attr("alt"));
    }
    if (blank(credit) && fromLd != null) {
      credit = fromLd[2];
    }
    return new ArticleImage(url, clean(caption), clean(credit), intAttr(m.get("og:image:width")), intAttr(m.get("og:image:height")));
  }

  /**
   * The first image inside a figure of the article, else of the page, else in a "featured" or
   * "lead" box, else in the article; never a logo, avatar or pixel.
   */
  private static Element firstContentImage(PageIndex index) {
    Element best = null;
    int bestRank = Integer.MAX_VALUE;
    int seen = 0;
    for (Element img : index.images) {
      // The lead image is near the top: pages with hundreds of thumbnails are not walked through.
      if (seen++ >= MAX_CANDIDATE_IMAGES) {
        break;
      }
      Element figure = img.closest(FIGURE);
      int rank = figure != null ? (figure.closest(ARTICLE_OR_MAIN) != null ? 0 : 1)
          : index.within(img, FEATURED) ? 2 : img.closest(ARTICLE_OR_MAIN) != null ? 3 : Integer.MAX_VALUE;
      if (rank < bestRank && good(source(img)) != null && !tiny(img)
          && !index.within(img, NOT_PHOTO_PLACES)) {
        best = img;
        bestRank = rank;
        if (rank == 0) {
          break;
        }
      }
    }
    return best;
  }

  /** The page's {@code <img>} showing the chosen image, compared by file name. */
  private static Element matchingImage(PageIndex index, String url) {
    for (Element img : index.images) {
      if (sameFile(source(img), url) || sameFile(firstSrcset(img.attr("srcset")), url)) {
        return img;
      }
    }
    return null;
  }

  /** The caption element of an image: its figure's figcaption, or a caption next to it. */
  private static Element captionOf(Element img) {
    Element figure = img.closest(FIGURE);
    if (figure != null) {
      Element cap = Subtrees.selectFirst(figure, CAPTION);
      if (cap != null && TextLengths.atMost(cap, MAX_CAPTION_CHARS)) {
        return cap;
      }
    }
    // A caption beside the image: in the same small container, up to two levels up.
    Element holder = img;
    for (int level = 0; level < 3 && holder.parent() != null; level++) {
      holder = holder.parent();
      if (!TextLengths.atMost(holder, MAX_CAPTION_CHARS * 2)) {
        break;
      }
      for (Element c : Subtrees.select(holder, CAPTION_OR_P)) {
        if (!c.text().isBlank() && c.text().length() <= MAX_CAPTION_CHARS && Subtrees.selectFirst(c, IMG) == null
            && (c.is(CAPTION) || c.siblingIndex() > 0 && holder.text().length() < MAX_CAPTION_CHARS)) {
          return c;
        }
      }
      // A small box holding just the image and a line of text: the text is the caption.
      if (!holder.text().isBlank() && holder.text().length() <= MAX_CAPTION_CHARS && Subtrees.select(holder, IMG).size() == 1) {
        return holder;
      }
    }
    return null;
  }

  /** A credit element right after the caption (some pages put the credit beside it). */
  private static Element siblingCredit(Element caption) {
    Element next = caption.nextElementSibling();
    return next != null && next.is(CREDIT) && next.text().length() < 120 ? next : null;
  }

  /** The first URL of a srcset ("a.jpg 480w, b.jpg 800w"). */
  private static String firstSrcset(String srcset) {
    String s = srcset.strip();
    int end = 0;
    while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != ',') {
      end++;
    }
    return s.substring(0, end);
  }

  private static String source(Element img) {
    for (String attr : new String[] {"src", "data-src", "data-lazy-src", "data-original"}) {
      String v = img.attr(attr);
      if (!v.isBlank() && !v.startsWith("data:")) {
        return v;
      }
    }
    return null;
  }

  private static boolean tiny(Element img) {
    Integer w = intAttr(img.attr("width"));
    Integer h = intAttr(img.attr("height"));
    return w != null && w < MIN_PIXELS || h != null && h < MIN_PIXELS;
  }

  private static boolean sameFile(String a, String b) {
    if (a == null || b == null || a.isBlank() || b.isBlank()) {
      return false;
    }
    String fa = fileName(a);
    return !fa.isEmpty() && fa.equals(fileName(b));
  }

  private static String fileName(String url) {
    int end = url.length();
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '?' || c == '#') {
        end = i;
        break;
      }
    }
    String s = url.substring(0, end);
    return s.substring(s.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
  }

  private static String firstGood(String... urls) {
    for (String u : urls) {
      String g = good(u);
      if (g != null) {
        return g;
      }
    }
    return null;
  }

  /** The URL when it can be an article photo: not a logo, icon, avatar, pixel, SVG or data URL. */
  static String good(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String u = url.strip();
    String lower = u.toLowerCase(Locale.ROOT);
    if (lower.startsWith("data:")) {
      return null;
    }
    String path = lower.replaceFirst("^[a-z]+://[^/]+", "").replaceFirst("[?#].*$", "");
    if (path.endsWith(".svg") || path.endsWith(".ico") || path.endsWith(".gif") && BAD_IMAGE.matcher(path).find() || BAD_IMAGE.matcher(path).find()) {
      return null;
    }
    return u;
  }

  private static String absoluteUrl(Document doc, String url) {
    if (url == null) {
      return null;
    }
    try {
      URI base = URI.create(doc.location().isBlank() ? "http://localhost/" : doc.location());
      URI u = base.resolve(url.replace(" ", "%20"));
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      // An image must be a hierarchical http(s) URL with a host: "https:¦¦//x" parses as an
      // opaque URI with scheme https and would reach readers as a broken link.
      boolean web = scheme.equals("http") || scheme.equals("https");
      return web && !u.isOpaque() && u.getHost() != null ? u.toString() : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Integer intAttr(String v) {
    try {
      return v == null || v.isBlank() ? null : Integer.valueOf(v.strip().replaceFirst("px$", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = BlockReader.normalize(s).replaceAll("^[\\s,;:·|–—-]+|[\\s,;:·|–—-]+$", "");
    return t.isEmpty() ? null : t;
  }
}
