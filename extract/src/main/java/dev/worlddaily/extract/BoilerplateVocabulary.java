package dev.worlddaily.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words by which pages name their non-article parts, kept as data: class and id tokens of
 * boilerplate containers, and the short phrases of boilerplate lines inside an article body.
 */
final class BoilerplateVocabulary {
  /** Class or id tokens (split on space, '-' and '_') that mark a boilerplate container. */
  static final Set<String> TOKENS = Set.of(
      "comment", "comments", "commentlist", "disqus", "cookie", "cookies", "consent", "gdpr",
      "newsletter", "subscribe", "subscription", "signup", "sign", "share", "sharing", "sharebar", "social",
      "socials", "related", "recommended", "recommendations", "recirc", "recirculation", "readmore", "promo",
      "promoted", "advert", "advertisement", "advertising", "ad", "ads", "adsbygoogle", "adslot", "adunit",
      "dfp", "sponsor", "sponsored", "outbrain", "taboola", "sidebar", "breadcrumb",
      "breadcrumbs", "pagination", "pager", "footer", "masthead", "menu", "navbar", "nav", "navigation",
      "topbar", "toolbar", "popup", "modal", "overlay", "banner", "byline", "bio", "biography", "tags",
      "taglist", "print", "follow", "copyright", "popular", "trending", "skip", "sr", "visually",
      "offscreen", "caption", "figcaption", "credit", "credits", "donate", "paywall", "login",
      "signin", "author", "authors", "meta", "dateline", "timestamp", "toc", "rating", "votes", "teaser",
      "teasers", "jump", "tools", "actions", "feedback", "survey", 
      "notification", "subnav", "header", "rail", "aside", "most");

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
          + "recommended(?: for you)?|more from\\b.*|you may also like\\b.*|read next\\b.*|also read:?.*)$");

  /** A byline or dateline line standing alone in the body. */
  static final Pattern BYLINE_LINE = Pattern.compile(
      "(?i)^(?:by|von|par|por)\\s+[\\p{Lu}][^.!?]{0,80}$|^(?:updated|published|posted|last updated)\\b.{0,60}$");

  private BoilerplateVocabulary() {}

  /** True when an element's class and id mark it as boilerplate. */
  static boolean isBoilerplate(String classAndId) {
    if (classAndId.isEmpty()) {
      return false;
    }
    // Tokens split at whitespace, '-' and '_', without a regular expression: this runs for
    // every element of every page.
    String s = classAndId.toLowerCase(Locale.ROOT);
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      boolean separator = c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n';
      if (separator) {
        if (start >= 0 && TOKENS.contains(s.substring(start, i))) {
          return !PROTECTING.matcher(classAndId).find();
        }
        start = -1;
      } else if (start < 0) {
        start = i;
      }
    }
    return false;
  }
}
