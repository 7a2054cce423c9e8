package dev.worlddaily.model.story;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An image taken from a source article, credited to its outlet. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoryImage(String url, String caption, String credit, String articleId) {}
