package dev.worlddaily.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words by which pages name their non-article parts, kept as data: class and id tokens of
 * boilerplate containers, and the short phrases of boilerplate lines inside an article body.
 */
final class BoilerplateVocabulary {
  /** Class or id tokens (split on space, '-', '_' and case changes) that mark a boilerplate container. */
  static final Set<String> TOKENS = Set.of(
      "comment", "comments", "commentlist", "disqus", "cookie", "cookies", "consent", "gdpr",
      "newsletter", "subscribe", "subscription", "signup", "sign", "share", "sharing", "sharebar", "social",
      "socials", "related", "recommended", "recommendations", "recirc", "recirculation", "readmore", "promo",
      "promoted", "advert", "advertisement", "advertising", "ad", "ads", "adsbygoogle", "adslot", "adunit",
      "dfp", "sponsor", "sponsored", "outbrain", "taboola", "popup", "modal", "overlay", "byline", "bio", "biography",
      "copyright", "sr", "visually", "offscreen", "caption", "figcaption", "credit", "credits", "donate", "paywall", "login",
      "signin", "author", "authors", "dateline", "timestamp", "rating", "votes", "feedback", "survey", "notification",
      "disclosure", "disclaimer", "teaser", "teasers", "popular", "trending",
      "breadcrumb", "breadcrumbs", "pagination", "pager");

  /**
   * Tokens of layout regions (navigation, headers, sidebars, tool bars). They mark boilerplate
   * only while the element is not text-rich: a misnamed region ("content-nav-section",
   * "toc-para" chapters) can hold the article itself, while real menus are short or all links.
   */
  static final Set<String> LAYOUT_TOKENS = Set.of(
      "masthead", "menu", "navbar", "nav", "navigation", "subnav", "topbar", "toolbar", "banner", "tags", "taglist",
      "print", "follow", "skip", "meta", "toc", "jump", "tools", "actions", "header", "most", "button", "buttons", "btn", "cta");

  /** How a class/id marks an element: not at all, as a layout region, or as boilerplate. */
  enum Mark { NONE, LAYOUT, BOILERPLATE }

  /** Region tokens that, beside a wrapper word, name a page layout around the article rather than the region. */
  private static final Set<String> REGIONS = Set.of("sidebar", "rail", "aside", "footer");
  /** Wrapper words: "c-layout-sidebar-left", "main-wrap has-rail-right" hold the article and its sidebar. */
  private static final Set<String> WRAPPER_WORDS = Set.of("has", "with", "layout", "wrap", "wrapper", "container", "page", "grid", "row", "left", "right");

  /** Names that say "this is the article body", which protect a container from the list above. */
  static final Pattern PROTECTING = Pattern.compile(
      "(?i)article[-_]*body|story[-_]*body|entry[-_]*content|post[-_]*(?:content|body)|article[-_]*(?:content|text)|main[-_]*content|body[-_]*text|rich[-_]*text");

  /** Whole-block phrases that are never article text. */
  static final Pattern JUNK_BLOCK = Pattern.compile(
      "(?i)^(?:advertisement|anzeige|publicité|sponsored(?: content)?|read more\\b.*|continue reading\\b.*|"
          + "click here\\b.*|sign up\\b.*|subscribe\\b.*|share (?:this|on)\\b.*|follow us\\b.*|related:?.*|"
          + "see also:?.*|all rights reserved.*|©.*|copyright\\b.*|\\(?photo:.*|image:.*|getty images|"
          + "skip to (?:main )?content|loading\\.*|(?:we|this site) uses? cookies\\b.*|accept(?: all)?(?: cookies)?|"
          + "most read|trending now|comments?(?: \\(\\d+\\))?|\\d+ comments?|newsletter|print|email|tweet|"
          + "recommended(?: for you)?|more from\\b.*|you may also like\\b.*|read next\\b.*|also read:?.*|"
          + "(?:(?:featured?|top|header|cover|lead|hero) )?(?:image|photo|picture)s? (?:by|via|courtesy(?: of)?|credits?:?)\\s.{0,120}|"
          + "follow [\\p{L}\\p{N}&' ]{1,40})$");

  /** The heading of a list of other articles; it and the teasers after it are dropped. */
  static final Pattern RELATED_HEADING = Pattern.compile(
      "(?i)^(?:related(?: articles| posts| stories| content| reading| links| news| coverage)?|"
          + "(?:recommended|suggested)(?: for you| reading| articles| posts| stories)?|"
          + "you (?:may|might|will|could) (?:also )?(?:like|love|enjoy|be interested(?: in)?)\\b.*|"
          + "(?:other|more|similar|popular|latest|recent|trending|top) (?:posts|articles|stories|news|reads|recipes|guides|videos)\\b.*|"
          + "more from\\b.*|read (?:next|also)\\b.*|read more\\s*:.*|read more (?:from|on|about|stories|articles|posts)\\b.*|also read\\b.*|see also\\b.*|keep reading\\b.*|don'?t miss\\b.*|"
          + "(?:good|great|more) (?:articles|posts|stories) to read\\b.*)[:.!]?$");

  /**
   * Calls to action inside an article: newsletters, follows, donations, affiliate notices, promo
   * codes; each pattern under a word it must contain, so that a paragraph is matched only
   * against the patterns whose word it has.
   */
  private static final Map<String, Pattern> PROMOTIONS = Map.ofEntries(
      Map.entry("sign up", Pattern.compile("(?i)\\bsign up (?:for|to) (?:our|the|my)\\b.{0,40}?\\b(?:newsletters?|mailing list|e-?mails?)\\b")),
      Map.entry("subscribe", Pattern.compile("(?i)\\bsubscribe to (?:our|the|my)\\b.{0,30}?\\b(?:newsletters?|mailing list|channel|podcast|blog)\\b")),
      Map.entry("follow", Pattern.compile("(?i)\\bfollow (?:us|me)\\b.{0,30}\\bon (?:facebook|instagram|twitter|x|pinterest|tiktok|youtube|linkedin)\\b")),
      Map.entry("join", Pattern.compile("(?i)\\bjoin (?:our|my) (?:mailing list|newsletter|community)\\b")),
      Map.entry("if you", Pattern.compile("(?i)\\bif you (?:liked|enjoyed|found)\\b.{0,20}\\b(?:article|post|story|recipe|episode)\\b")),
      Map.entry("please consider", Pattern.compile("(?i)\\bplease consider (?:supporting|sharing|subscribing|donating|a donation)\\b")),
      Map.entry("funded by", Pattern.compile("(?i)\\bfunded by (?:readers|our readers|donations)\\b")),
      Map.entry("journalism", Pattern.compile("(?i)\\bsupport (?:our|independent) journalism\\b")),
      Map.entry("commission", Pattern.compile("(?i)\\b(?:i|we) (?:may )?(?:earn|receive|get) (?:a )?(?:small )?commission\\b")),
      Map.entry("as an ", Pattern.compile("(?i)\\bas an (?:amazon associate|affiliate)\\b")),
      Map.entry("rating", Pattern.compile("(?i)\\bleave a (?:star )?rating\\b")),
      Map.entry("off your first", Pattern.compile("(?i)\\boff your first (?:order|purchase|box|month)\\b")),
      Map.entry("code", Pattern.compile("(?i)\\b(?:use|with) (?:the |my |our )?(?:promo |discount |coupon )?code:?\\s+\\p{Lu}")));

  /** True when the text is a call to action ({@link #PROMOTIONS}). */
  static boolean isPromotion(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i < PROMOTION_KEYS.length; i++) {
      if (lower.contains(PROMOTION_KEYS[i]) && PROMOTION_PATTERNS[i].matcher(text).find()) {
        return true;
      }
    }
    return false;
  }

  // The map as two arrays: walking a Map.ofEntries costs more than the look-ups it guards.
  private static final String[] PROMOTION_KEYS = PROMOTIONS.keySet().toArray(String[]::new);
  private static final Pattern[] PROMOTION_PATTERNS = java.util.Arrays.stream(PROMOTION_KEYS).map(PROMOTIONS::get).toArray(Pattern[]::new);

  /** A byline or dateline line standing alone in the body. */
  static final Pattern BYLINE_LINE = Pattern.compile(
      "(?i)^(?:by|von|par|por|written by|words by|reporting by)\\s+[\\p{Lu}][^.!?]{0,80}$|^(?:updated|published|posted|last updated)\\b.{0,60}$");

  private static final Pattern RESPONSIVE_DISPLAY = Pattern.compile(
      "(?:d-(?:sm|md|lg|xl|xxl)-|(?:sm|md|lg|xl|2xl):)(?:block|flex|inline|inline-block|inline-flex|grid|table|contents)");

  private BoilerplateVocabulary() {}

  /**
   * Utility classes that hide an element on every screen ("d-none", "is-hidden"), unless another
   * class shows it on some screens ("d-none d-md-block"). Tailwind's plain "hidden" is left alone:
   * collapsed accordions (FAQ answers) use it for text that is part of the article.
   */
  static boolean hiddenClass(String className) {
    if (className.isEmpty() || !(className.contains("none") || className.contains("hidden"))) {
      return false;
    }
    boolean hidden = false;
    for (String c : className.split("\\s+")) {
      switch (c) {
        case "d-none", "is-hidden", "u-hidden", "display-none" -> hidden = true;
        default -> {
          if (RESPONSIVE_DISPLAY.matcher(c).matches()) {
            return false;
          }
        }
      }
    }
    return hidden;
  }

  /** How an element's class and id mark it; names of the article body protect it from both marks. */
  static Mark mark(String classAndId) {
    if (classAndId.isEmpty()) {
      return Mark.NONE;
    }
    // Tokens split at whitespace, '-', '_' and lower-to-upper case changes ("ShareLinks",
    // "RichFooter": CSS-module and styled-component names), without a regular expression: this
    // runs for every element of every page.
    String s = classAndId.toLowerCase(Locale.ROOT);
    boolean sameLength = s.length() == classAndId.length();
    Mark found = Mark.NONE;
    boolean region = false;
    boolean wrapper = false;
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      boolean separator = c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n';
      boolean caseChange = sameLength && !separator && start >= 0 && i > 0
          && Character.isUpperCase(classAndId.charAt(i)) && Character.isLowerCase(classAndId.charAt(i - 1));
      if (separator || caseChange) {
        if (start >= 0) {
          String token = s.substring(start, i);
          if (REGIONS.contains(token)) {
            region = true;
          } else if (TOKENS.contains(token)) {
            found = Mark.BOILERPLATE;
            break;
          } else if (LAYOUT_TOKENS.contains(token)) {
            found = Mark.LAYOUT;
          }
          wrapper |= WRAPPER_WORDS.contains(token);
        }
        start = caseChange ? i : -1;
      } else if (start < 0) {
        start = i;
      }
    }
    if (region && found != Mark.BOILERPLATE) {
      found = wrapper ? Mark.LAYOUT : Mark.BOILERPLATE;
    }
    return found == Mark.NONE || !PROTECTING.matcher(classAndId).find() ? found : Mark.NONE;
  }
}
