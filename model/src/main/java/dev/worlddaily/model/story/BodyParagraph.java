package dev.worlddaily.model.story;

import java.util.List;

/** A paragraph of a story's body. */
public record BodyParagraph(List<CitedText> sentences) {
  public BodyParagraph {
    sentences = List.copyOf(sentences == null ? List.of() : sentences);
  }
}
