package dev.worlddaily.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable identifiers derived from content, so that the same input always gets the same id. */
public final class Ids {
  private Ids() {}

  /** Article id from its canonical URL: "a" followed by 16 hex digits. */
  public static String articleId(String canonicalUrl) {
    return "a" + sha256Hex(canonicalUrl).substring(0, 16);
  }

  /** Feed id from its URL: "f" followed by 12 hex digits. */
  public static String feedId(String url) {
    return "f" + sha256Hex(url).substring(0, 12);
  }

  /** Hex SHA-256 of a text's UTF-8 bytes. */
  public static String sha256Hex(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }

  /**
   * Hash of an article's text used to recognise the same content under another URL: whitespace
   * runs collapsed and case folded so that re-wrapping does not change it.
   */
  public static String contentHash(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sha256Hex(sb.toString().toLowerCase(java.util.Locale.ROOT));
  }
}
