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
    // Into a plain array: appending char by char to a StringBuilder costs several times more,
    // and every extracted article is hashed.
    char[] out = new char[text.length()];
    int n = 0;
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c <= ' ' || c >= '\u0080') && Character.isWhitespace(c)) {
        space = n > 0;
      } else {
        if (space) {
          out[n++] = ' ';
          space = false;
        }
        // ASCII letters are lowered here; String.toLowerCase then finds nothing left to change
        // in most texts and returns its input instead of copying it (lowering is idempotent and
        // an ASCII letter is cased either way, so the final-sigma rule reads the same context).
        out[n++] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
      }
    }
    return sha256Hex(new String(out, 0, n).toLowerCase(java.util.Locale.ROOT));
  }
}
