package dev.worlddaily.store;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.worlddaily.model.annotation.Annotations;

/**
 * The one JSON configuration of the project: ISO-8601 times, nulls omitted, unknown fields
 * ignored on read (so stored JSON from an older version still loads).
 */
public final class JsonCodec {
  private JsonCodec() {}

  /**
   * A new mapper for the story contract and stored records. Markup characters in strings are
   * written as unicode escapes ({@code \u003c}), which is the same JSON, but can never close a
   * script element or open a tag if a consumer pastes it into HTML.
   */
  public static ObjectMapper newMapper() {
    ObjectMapper m = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .build();
    m.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
    return m;
  }

  /** Escapes the characters that are markup in HTML. */
  private static final class HtmlSafeEscapes extends CharacterEscapes {
    private final int[] escapes;

    HtmlSafeEscapes() {
      escapes = CharacterEscapes.standardAsciiEscapesForJSON();
      for (char c : new char[] {'<', '>', '&', '\''}) {
        escapes[c] = CharacterEscapes.ESCAPE_STANDARD;
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }

  /** A mapper for annotations at rest: embeddings are stored as binary columns, not JSON. */
  static ObjectMapper newAnnotationMapper() {
    ObjectMapper m = newMapper();
    m.addMixIn(Annotations.class, WithoutVectors.class);
    return m;
  }

  /** Writes a value, turning Jackson's checked exception into an unchecked one with context. */
  public static String write(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }

  /** Reads a value, turning Jackson's checked exception into an unchecked one with context. */
  public static <T> T read(ObjectMapper mapper, String json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot read stored " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }

  @SuppressWarnings("unused")
  private abstract static class WithoutVectors {
    @JsonIgnore
    abstract float[] embedding();

    @JsonIgnore
    abstract float[] bodyEmbedding();
  }
}
