package dev.worlddaily.synthesize;

import dev.worlddaily.model.story.Story;

/**
 * Writes a story from its articles. Every sentence, key point, quote and figure of the result
 * carries citations whose spans contain it; whatever cannot be verified is dropped.
 */
public interface StorySynthesizer {
  Story synthesize(StoryDraft draft);
}
