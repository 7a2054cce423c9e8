package dev.worlddaily.synthesize;

import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.story.Related;
import dev.worlddaily.model.story.Story;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What synthesis starts from.
 *
 * @param storyId the stable story id
 * @param articles the story's articles (independent reports and wire copies), in arrival order
 * @param previous the currently published version, or null for a new story; the result's
 *     version and change log continue from it
 * @param related stories linked to this one
 * @param now the time of this synthesis
 */
public record StoryDraft(
    String storyId, List<AnnotatedArticle> articles, Story previous, List<Related> related, Instant now) {
  public StoryDraft {
    Objects.requireNonNull(storyId, "storyId");
    articles = List.copyOf(articles);
    related = List.copyOf(related == null ? List.of() : related);
    now = now == null ? Instant.now() : now;
  }
}
