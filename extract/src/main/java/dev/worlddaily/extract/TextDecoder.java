package dev.worlddaily.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text: a byte-order mark wins, then the charset the transport declared, then a
 * {@code <meta charset>} in the first bytes, then UTF-8; a declared charset that does not decode
 * cleanly while UTF-8 does is ignored (servers often lie), and undecodable UTF-8 falls back to
 * windows-1252, which maps every byte.
 */
final class TextDecoder {
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset FALLBACK = Charset.forName("windows-1252");

  private TextDecoder() {}

  static String decode(byte[] bytes, String declared, boolean html) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    Charset transport = charset(declared);
    Charset meta = null;
    if (html) {
      String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      if (m.find()) {
        meta = charset(m.group(1));
      }
    }
    Charset first = transport != null ? transport : meta;
    if (first != null) {
      String strict = strict(bytes, first);
      if (strict != null && !(first != StandardCharsets.UTF_8 && looksLikeUtf8(bytes))) {
        return strict;
      }
    }
    String utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return utf8;
    }
    return new String(bytes, first != null && first != StandardCharsets.UTF_8 ? first : FALLBACK);
  }

  /** True when the bytes hold multi-byte UTF-8 sequences and decode as UTF-8 without error. */
  private static boolean looksLikeUtf8(byte[] bytes) {
    boolean multiByte = false;
    for (byte b : bytes) {
      if (b < 0) {
        multiByte = true;
        break;
      }
    }
    return multiByte && strict(bytes, StandardCharsets.UTF_8) != null;
  }

  private static String strict(byte[] bytes, Charset cs) {
    if (cs == StandardCharsets.UTF_8) {
      // The JDK's own decoding is several times faster than a reporting decoder; only text that
      // came out with replacement characters is checked again, strictly.
      String fast = new String(bytes, StandardCharsets.UTF_8);
      if (fast.indexOf('\uFFFD') < 0) {
        return fast;
      }
    }
    try {
      return cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Charset charset(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String n = name.strip().toLowerCase(Locale.ROOT);
    // Browsers treat these labels as windows-1252; so do we.
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      return FALLBACK;
    }
    try {
      return Charset.forName(n);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
