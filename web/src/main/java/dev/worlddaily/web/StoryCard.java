package dev.worlddaily.web;

import dev.worlddaily.model.story.Story;
import dev.worlddaily.model.story.StoryImage;
import java.time.Instant;

/** A story as a list item: headline, dek, lead image and coverage line. */
public record StoryCard(Story story, boolean published, Instant now) {
  public String href() {
    return "/stories/" + Format.encode(story.slug() == null ? story.id() : story.slug());
  }

  public StoryImage image() {
    for (StoryImage i : story.images()) {
      if (Format.safeUrl(i.url()) != null) {
        return i;
      }
    }
    return null;
  }

  public String imageUrl() {
    StoryImage i = image();
    return i == null ? null : Format.safeUrl(i.url());
  }

  public String imageAlt() {
    StoryImage i = image();
    return i == null ? "" : StoryView.alt(i);
  }

  public String category() {
    return story.category() == null ? "News" : story.category().label();
  }

  public String categoryHref() {
    return story.category() == null ? "/" : "/category/" + story.category().slug();
  }

  public boolean oneSided() {
    return story.coverage() != null && story.coverage().oneSided();
  }

  public String coverageLine() {
    if (story.coverage() == null) {
      return "";
    }
    int outlets = story.coverage().outlets();
    int countries = story.coverage().countries().size();
    return Format.plural(outlets, "outlet", "outlets") + (countries > 0 ? " · " + Format.plural(countries, "country", "countries") : "");
  }

  public String updatedIso() {
    return Format.iso(story.updated());
  }

  public String ago() {
    return Format.ago(story.updated(), now);
  }
}
