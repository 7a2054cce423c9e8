package dev.worlddaily.app.pipeline;

import dev.worlddaily.model.annotation.AnnotatedArticle;
import java.util.List;
import java.util.Map;

/**
 * A batch after {@link StoryPipeline#prepare}: its enriched new or revised articles, the MinHash
 * signatures of their texts by article id (for the near-duplicate check, computed off the commit
 * thread), and the report so far (what was skipped). Handed to {@link StoryPipeline#commit}
 * once, by one thread.
 */
public record PreparedBatch(BatchReport report, List<AnnotatedArticle> enriched, Map<String, int[]> signatures) {
  public PreparedBatch {
    enriched = List.copyOf(enriched);
    signatures = Map.copyOf(signatures);
  }
}
