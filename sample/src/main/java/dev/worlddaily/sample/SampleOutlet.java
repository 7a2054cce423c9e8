package dev.worlddaily.sample;

import dev.worlddaily.model.Outlet;

/**
 * A fictional outlet of the sample corpus.
 *
 * @param name display name
 * @param domain fictional domain ending in {@code .example}
 * @param country ISO 3166-1 alpha-2
 * @param language ISO 639-1
 * @param leaning declared leaning
 * @param ownership declared ownership
 * @param template the page template it uses
 * @param feedFormat "rss" or "atom"
 * @param fullTextFeed true when its feed carries whole articles, false for teasers
 * @param bodyStyle how its pages mark up paragraphs: "p", "div", "br" or "p-with-ad"
 * @param tagline the line under its name
 */
public record SampleOutlet(
    String name, String domain, String country, String language, String leaning, String ownership,
    String template, String feedFormat, boolean fullTextFeed, String bodyStyle, String tagline) {

  public Outlet toOutlet() {
    return new Outlet(name, domain, country, language, leaning, ownership);
  }

  public String feedPath() {
    return "/" + domain + ("atom".equals(feedFormat) ? "/atom.xml" : "/feed.xml");
  }
}
