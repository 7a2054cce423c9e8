package dev.worlddaily.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.model.Paragraph;
import dev.worlddaily.model.ParagraphKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of the JSONL input of {@code wdn cluster}, {@code synthesize} and {@code annotate}:
 * {@code id}, {@code text}, optional {@code title}, {@code url}, {@code outlet}, {@code
 * published}, {@code story}. The text is kept exactly as given: citations index into it.
 */
record InputArticle(String id, String story, Article article) {
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n");

  /** Parses one JSON object; throws IllegalArgumentException with a one-line reason. */
  static InputArticle parse(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("expected a JSON object");
    }
    String id = text(node, "id");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("missing \"id\"");
    }
    String text = text(node, "text");
    if (text == null) {
      throw new IllegalArgumentException("missing \"text\" for id " + id);
    }
    String url = text(node, "url");
    String outletName = text(node, "outlet");
    Article article =
        Article.builder()
            .id(id)
            .url(url == null || url.isBlank() ? "urn:wdn:input:" + id : url)
            .outlet(outlet(outletName, url))
            .title(text(node, "title"))
            .published(time(text(node, "published"), id))
            .text(text, paragraphs(text))
            .build();
    JsonNode story = node.get("story");
    return new InputArticle(id, story == null || story.isNull() ? null : story.asText(), article);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Outlet outlet(String name, String url) {
    if (name != null && !name.isBlank()) {
      String key = name.strip().toLowerCase(Locale.ROOT);
      return key.matches("[a-z0-9.-]+\\.[a-z]{2,}") ? Outlet.ofDomain(key)
          : new Outlet(name.strip(), key.replaceAll("[^\\p{L}\\p{N}]+", "-"), null, null, null, null);
    }
    if (url != null) {
      try {
        String host = java.net.URI.create(url).getHost();
        if (host != null) {
          return Outlet.ofDomain(host);
        }
      } catch (IllegalArgumentException ignored) {
        // fall through: an unparseable URL gives no outlet
      }
    }
    return Outlet.ofDomain("unknown");
  }

  private static Instant time(String raw, String id) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(raw).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(raw);
      } catch (DateTimeParseException e2) {
        try {
          return LocalDate.parse(raw).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e3) {
          throw new IllegalArgumentException("unreadable \"published\" for id " + id + ": " + raw);
        }
      }
    }
  }

  /** Paragraph offsets from blank lines, without changing the text. */
  static List<Paragraph> paragraphs(String text) {
    List<Paragraph> out = new ArrayList<>();
    Matcher m = BLANK_LINE.matcher(text);
    int start = 0;
    while (true) {
      int end = m.find() ? m.start() : text.length();
      int s = start;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        out.add(new Paragraph(s, e, ParagraphKind.TEXT));
      }
      if (end == text.length()) {
        return out;
      }
      start = m.end();
    }
  }
}
