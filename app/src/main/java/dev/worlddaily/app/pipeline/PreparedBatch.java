package dev.worlddaily.app.pipeline;

import dev.worlddaily.model.annotation.AnnotatedArticle;
import java.util.List;

/**
 * A batch after {@link StoryPipeline#prepare}: its enriched new or revised articles, and the
 * report so far (what was skipped). Handed to {@link StoryPipeline#commit} once, by one thread.
 */
public record PreparedBatch(BatchReport report, List<AnnotatedArticle> enriched) {
  public PreparedBatch {
    enriched = List.copyOf(enriched);
  }
}
