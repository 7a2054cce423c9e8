package dev.worlddaily.web;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.worlddaily.store.JsonCodec;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON out and in for the API: the contract's mapper with {@code <}, {@code >}, {@code &} and
 * {@code '} written as {@code \\u} escapes (so no response can be read as markup even by a
 * careless client), a strong ETag from a digest of the body, and 304 for a matching
 * {@code If-None-Match}.
 */
final class JsonResponses {
  private final ObjectMapper json = JsonCodec.newMapper();

  JsonResponses() {
    json.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
  }

  String write(Object value) {
    return JsonCodec.write(json, value);
  }

  void send(Context ctx, Object value) {
    sendText(ctx, write(value), "application/json; charset=utf-8");
  }

  /** Sends a body with an ETag, or 304 when the client already has it. */
  static void sendText(Context ctx, String body, String contentType) {
    String etag = etag(body);
    ctx.header("ETag", etag);
    if (ctx.header("Cache-Control") == null && ctx.res().getHeader("Cache-Control") == null) {
      ctx.header("Cache-Control", "no-cache");
    }
    if (matches(ctx.header("If-None-Match"), etag)) {
      ctx.status(304);
      return;
    }
    ctx.contentType(contentType).result(body);
  }

  static String etag(String body) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
      return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(d, 16)) + "\"";
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** If-None-Match holds "*" or a list of tags, strong or weak (W/), any of which may match. */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String t : ifNoneMatch.split(",")) {
      String tag = t.strip();
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.equals("*") || tag.equals(etag)) {
        return true;
      }
    }
    return false;
  }

  /** A JSON object of string fields (others are read as text); 400 when the body is not an object. */
  Map<String, String> readStrings(String body) {
    try {
      JsonNode n = json.readTree(body);
      if (n == null || !n.isObject()) {
        throw new BadRequestResponse("the body must be a JSON object");
      }
      Map<String, String> out = new LinkedHashMap<>();
      n.properties().forEach(e -> out.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
      return out;
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new BadRequestResponse("invalid JSON");
    }
  }

  /** Escapes the characters that matter to HTML. */
  private static final class HtmlSafeEscapes extends CharacterEscapes {
    private final int[] table;

    HtmlSafeEscapes() {
      table = standardAsciiEscapesForJSON();
      table['<'] = ESCAPE_STANDARD;
      table['>'] = ESCAPE_STANDARD;
      table['&'] = ESCAPE_STANDARD;
      table['\''] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return table;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }
}
