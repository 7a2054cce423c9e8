package dev.worlddaily.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reconciles a page's headline candidates: its {@code <h1>}s (what readers see) and its meta
 * titles (og:title, JSON-LD headline, twitter:title, {@code <title>}; SEO and social variants,
 * often with the outlet's name). The h1 that agrees with a meta title wins; a lone h1 wins; else
 * the first meta title without the outlet's name. The h1s of a list of cards count only when the
 * page has no other.
 */
final class TitleResolver {
  // Selectors parsed once: parsing a query costs more than running it on one element.
  private static final Evaluator NOT_HEADLINE_PLACES = QueryParser.parse("nav, footer, aside");
  private static final Evaluator ARTICLE_OR_MAIN = QueryParser.parse("article, main");
  /** Fewest words two titles must share to agree, when both have that many. */
  private static final int MIN_AGREEING_WORDS = 3;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern DOMAIN = Pattern.compile("(?i)(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}");
  /** Share of the shorter title's words found in the other for two titles to agree. */
  private static final double AGREEMENT = 0.5;
  private static final int MAX_TITLE_CHARS = 300;
  /** An h1 of more words is a paragraph set large (a dek), not a headline. */
  private static final int MAX_TITLE_WORDS = 30;
  /** Below this agreement with every meta title an h1 may be a page label rather than the headline. */
  private static final double LABEL_AGREEMENT = 0.4;
  private static final int MAX_LABEL_WORDS = 3;
  /** Agreement of two meta titles (og:title and {@code <title>}) that carry the same headline. */
  private static final double METAS_AGREE = 0.8;
  private static final int MAX_OUTLET_WORDS = 5;
  /** Fewest h1s sharing one class for them to be the titles of a list of cards, not the headline. */
  private static final int MIN_TEASERS = 3;
  private static final Pattern OUTLET_SEPARATOR = Pattern.compile("\\s+[|–—·•-]\\s+|\\s*\\|\\s*|:\\s+");

  private TitleResolver() {}

  /**
   * @param h1s the page's h1 elements in document order
   * @param metaTitles og:title, JSON-LD headline, twitter:title and {@code <title>}, nulls allowed
   */
  static String resolve(List<Element> h1s, List<String> metaTitles, String siteName, String host) {
    String title = choose(h1s, metaTitles, siteName, host);
    return title == null ? null : Titles.withoutTagline(title);
  }

  private static String choose(List<Element> h1s, List<String> metaTitles, String siteName, String host) {
    List<String> metas = new ArrayList<>();
    for (String m : metaTitles) {
      if (m != null && !m.isBlank()) {
        metas.add(HeadlineRepairs.readable(BlockReader.normalize(m)));
      }
    }
    List<String> candidates = new ArrayList<>();
    List<String> teasers = new ArrayList<>();
    Set<String> inArticle = new HashSet<>();
    Map<String, Integer> classUses = new HashMap<>();
    for (Element h1 : h1s) {
      classUses.merge(h1.className(), 1, Integer::sum);
    }
    for (Element h1 : h1s) {
      String t = HeadlineRepairs.readable(BlockReader.normalize(h1.text()));
      boolean withinArticle = h1.closest(ARTICLE_OR_MAIN) != null;
      if (isHeadline(h1, t, withinArticle, siteName, host)) {
        // h1s of one class, over and over, are the titles of a list of cards ("item__title"),
        // which may agree with the meta titles better than the headline does.
        (!h1.className().isEmpty() && classUses.get(h1.className()) >= MIN_TEASERS ? teasers : candidates).add(t);
        if (withinArticle) {
          inArticle.add(t);
        }
      }
    }
    if (candidates.isEmpty()) {
      candidates.addAll(teasers);
    }
    // An h1 that a meta title carries as its outlet part is the site's name, not the headline.
    candidates.removeIf(c -> metas.stream().anyMatch(m -> outletPartOf(c, m, metas)));
    String best = null;
    double bestAgreement = 0;
    for (String c : candidates) {
      for (String m : metas) {
        double a = agreement(c, m);
        // On a tie the h1 of the article goes first: the other may be the publication's name.
        if (a > bestAgreement || a == bestAgreement && a > 0 && inArticle.contains(c) && !inArticle.contains(best)) {
          best = c;
          bestAgreement = a;
        }
      }
    }
    if (best != null && bestAgreement >= AGREEMENT) {
      return Titles.clean(HeadlineRepairs.repair(best, cleaned(metas, siteName, host)), siteName, host);
    }
    if (!candidates.isEmpty() && metas.isEmpty()
        || candidates.size() == 1 && words(candidates.get(0)).size() >= 2 && !isLabel(candidates.get(0), bestAgreement, metas, siteName, host)) {
      return Titles.clean(candidates.get(0), siteName, host);
    }
    return metas.isEmpty() ? null : Titles.clean(metas.get(0), siteName, host);
  }

  private static List<String> cleaned(List<String> metas, String siteName, String host) {
    List<String> out = new ArrayList<>();
    for (String m : metas) {
      out.add(Titles.clean(m, siteName, host));
    }
    return out;
  }

  /**
   * True when the lone h1, sharing almost no word with the meta titles, is a section or page
   * label ("Our Blog", "M&amp;A Updates") over the headline the meta titles carry: it is short, or
   * two meta titles agree on a headline of their own.
   */
  private static boolean isLabel(String h1, double agreement, List<String> metas, String siteName, String host) {
    if (agreement >= LABEL_AGREEMENT) {
      return false;
    }
    if (words(h1).size() <= MAX_LABEL_WORDS) {
      return true;
    }
    for (int i = 0; i < metas.size(); i++) {
      for (int j = i + 1; j < metas.size(); j++) {
        if (agreement(Titles.clean(metas.get(i), siteName, host), Titles.clean(metas.get(j), siteName, host)) >= METAS_AGREE) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * An h1 that can be the headline: not empty, not a template, not the site's logo or name (in the
   * article only the bare name is).
   */
  private static boolean isHeadline(Element h1, String text, boolean inArticle, String siteName, String host) {
    if (text.isEmpty() || text.length() > MAX_TITLE_CHARS || text.contains("{{") || words(text).size() > MAX_TITLE_WORDS) {
      return false;
    }
    if (Ancestors.within(h1, NOT_HEADLINE_PLACES) || h1.hasAttr("hidden")) {
      return false;
    }
    int levels = 0;
    for (Element e = h1; e != null && levels < 3 && !e.normalName().equals("body"); e = e.parent(), levels++) {
      if (namesSiteIdentity(e.className()) || namesSiteIdentity(e.id())) {
        return false;
      }
    }
    if (words(text).size() > 4) {
      return true;
    }
    // In the article a short h1 is the site's name only when it is just that name: "Alder Gazette
    // Almanac 2026" on the Alder Gazette's site is a headline.
    return inArticle ? !isOnlySite(text, siteName, host) : !Titles.isSite(text, siteName, host, true);
  }

  /** True when the text is the site's declared name, its domain or a label of its host, and nothing more. */
  private static boolean isOnlySite(String text, String siteName, String host) {
    String a = Titles.letters(text);
    if (a.isEmpty() || siteName != null && a.equals(Titles.letters(siteName)) || DOMAIN.matcher(text.strip()).matches()) {
      return true;
    }
    if (host != null) {
      for (String label : host.toLowerCase(Locale.ROOT).split("\\.")) {
        if (a.equals(label.replace("-", ""))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when a class list or id names the site's logo, brand or name. Taxonomy classes are
   * skipped: WordPress lists the post's tags and categories on its article ("tag-fashion-brands").
   */
  static boolean namesSiteIdentity(String names) {
    for (String token : names.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (token.startsWith("tag-") || token.startsWith("category-")) {
        continue;
      }
      if (token.contains("logo") || token.contains("brand") || token.contains("site-title") || token.contains("site-name")) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code c} is the outlet part of the meta title {@code m}: its last part ("Headline
   * | Outlet"), or its first part ("Outlet: Headline") when another meta title is the rest. The
   * rest must be longer than {@code c} and share no word with it: outlet names are short.
   */
  static boolean outletPartOf(String c, String m, List<String> metas) {
    Set<String> cw = words(c);
    if (cw.isEmpty() || cw.size() > MAX_OUTLET_WORDS) {
      return false;
    }
    Matcher sep = OUTLET_SEPARATOR.matcher(m);
    int firstEnd = -1;
    int lastStart = -1;
    int lastEnd = -1;
    while (sep.find()) {
      firstEnd = firstEnd < 0 ? sep.start() : firstEnd;
      lastStart = sep.start();
      lastEnd = sep.end();
    }
    if (firstEnd < 0) {
      return false;
    }
    String head = m.substring(0, lastStart);
    String tail = m.substring(lastEnd);
    if (words(tail).equals(cw) && disjointAndLonger(words(head), cw)) {
      return true;
    }
    String first = m.substring(0, firstEnd);
    String rest = m.substring(firstEnd).replaceFirst("^\\s*[|:–—·•-]\\s*", "");
    if (words(first).equals(cw) && disjointAndLonger(words(rest), cw)) {
      Set<String> restWords = words(rest);
      return metas.stream().anyMatch(o -> o != m && words(o).equals(restWords));
    }
    return false;
  }

  private static boolean disjointAndLonger(Set<String> rest, Set<String> c) {
    return rest.size() > c.size() && java.util.Collections.disjoint(rest, c);
  }

  /** The share of the shorter title's words that the other title has. */
  static double agreement(String a, String b) {
    Set<String> x = words(a);
    Set<String> y = words(b);
    // Single letters ("M&A", "a") say nothing about two titles sharing a headline.
    x.removeIf(TitleResolver::letter);
    y.removeIf(TitleResolver::letter);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    Set<String> common = new HashSet<>(x);
    common.retainAll(y);
    // A word or two found in a long title is no agreement: "Discord" in "How we got into Discord, Slack and more".
    int shorter = Math.min(x.size(), y.size());
    return common.size() / (double) Math.max(shorter, Math.min(MIN_AGREEING_WORDS, Math.max(x.size(), y.size())));
  }

  private static boolean letter(String w) {
    return w.length() == 1 && !Character.isDigit(w.charAt(0));
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
