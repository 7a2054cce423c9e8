package dev.worlddaily.model.story;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.worlddaily.model.Category;
import dev.worlddaily.model.Citation;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A synthesized story: the contract of JSON API v1 (SYSTEM.md). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "slug", "version", "firstSeen", "updated", "headline", "dek"})
public record Story(
    String id,
    String slug,
    int version,
    Instant firstSeen,
    Instant updated,
    String headline,
    String dek,
    List<Citation> dekCitations,
    Category category,
    List<String> tags,
    List<StoryEntity> entities,
    List<BodyParagraph> body,
    List<CitedText> keyPoints,
    List<Quote> quotes,
    List<Figure> figures,
    List<Perspective> perspectives,
    List<TimelineEntry> timeline,
    List<StoryImage> images,
    List<Source> sources,
    Coverage coverage,
    List<Related> related,
    List<Change> changes) {

  public Story {
    Objects.requireNonNull(id, "id");
    if (version < 1) {
      throw new IllegalArgumentException("version must be >= 1: " + version);
    }
    dekCitations = copy(dekCitations);
    tags = copy(tags);
    entities = copy(entities);
    body = copy(body);
    keyPoints = copy(keyPoints);
    quotes = copy(quotes);
    figures = copy(figures);
    perspectives = copy(perspectives);
    timeline = copy(timeline);
    images = copy(images);
    sources = copy(sources);
    related = copy(related);
    changes = copy(changes);
  }

  private static <T> List<T> copy(List<T> list) {
    return List.copyOf(list == null ? List.of() : list);
  }

  /** Ids of the source articles, in source order. */
  public List<String> articleIds() {
    return sources.stream().map(Source::articleId).toList();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Mutable builder for stories; {@link #build()} validates. */
  public static final class Builder {
    private String id;
    private String slug;
    private int version = 1;
    private Instant firstSeen;
    private Instant updated;
    private String headline;
    private String dek;
    private List<Citation> dekCitations;
    private Category category;
    private List<String> tags;
    private List<StoryEntity> entities;
    private List<BodyParagraph> body;
    private List<CitedText> keyPoints;
    private List<Quote> quotes;
    private List<Figure> figures;
    private List<Perspective> perspectives;
    private List<TimelineEntry> timeline;
    private List<StoryImage> images;
    private List<Source> sources;
    private Coverage coverage;
    private List<Related> related;
    private List<Change> changes;

    private Builder(String id) {
      this.id = id;
    }

    private Builder(Story s) {
      id = s.id;
      slug = s.slug;
      version = s.version;
      firstSeen = s.firstSeen;
      updated = s.updated;
      headline = s.headline;
      dek = s.dek;
      dekCitations = s.dekCitations;
      category = s.category;
      tags = s.tags;
      entities = s.entities;
      body = s.body;
      keyPoints = s.keyPoints;
      quotes = s.quotes;
      figures = s.figures;
      perspectives = s.perspectives;
      timeline = s.timeline;
      images = s.images;
      sources = s.sources;
      coverage = s.coverage;
      related = s.related;
      changes = s.changes;
    }

    public Builder id(String v) { id = v; return this; }
    public Builder slug(String v) { slug = v; return this; }
    public Builder version(int v) { version = v; return this; }
    public Builder firstSeen(Instant v) { firstSeen = v; return this; }
    public Builder updated(Instant v) { updated = v; return this; }
    public Builder headline(String v) { headline = v; return this; }
    public Builder dek(String v, List<Citation> citations) { dek = v; dekCitations = citations; return this; }
    public Builder category(Category v) { category = v; return this; }
    public Builder tags(List<String> v) { tags = v; return this; }
    public Builder entities(List<StoryEntity> v) { entities = v; return this; }
    public Builder body(List<BodyParagraph> v) { body = v; return this; }
    public Builder keyPoints(List<CitedText> v) { keyPoints = v; return this; }
    public Builder quotes(List<Quote> v) { quotes = v; return this; }
    public Builder figures(List<Figure> v) { figures = v; return this; }
    public Builder perspectives(List<Perspective> v) { perspectives = v; return this; }
    public Builder timeline(List<TimelineEntry> v) { timeline = v; return this; }
    public Builder images(List<StoryImage> v) { images = v; return this; }
    public Builder sources(List<Source> v) { sources = v; return this; }
    public Builder coverage(Coverage v) { coverage = v; return this; }
    public Builder related(List<Related> v) { related = v; return this; }
    public Builder changes(List<Change> v) { changes = v; return this; }

    public Story build() {
      return new Story(
          id, slug, version, firstSeen, updated, headline, dek, dekCitations, category, tags,
          entities, body, keyPoints, quotes, figures, perspectives, timeline, images, sources,
          coverage, related, changes);
    }
  }
}
