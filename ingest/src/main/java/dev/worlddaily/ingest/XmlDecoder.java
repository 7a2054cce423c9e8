package dev.worlddaily.ingest;

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
 * The bytes of an XML document (feed, sitemap, OPML) as text: a byte-order mark wins; bytes that
 * are valid UTF-8 with multi-byte sequences are UTF-8 whatever is declared (servers and
 * templates often claim ISO-8859-1 for UTF-8); else the charset of the HTTP header, then the
 * XML declaration's encoding, then UTF-8, and windows-1252 when UTF-8 does not decode.
 */
final class XmlDecoder {
  private static final Pattern DECLARED = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private XmlDecoder() {}

  static String decode(byte[] b, String headerCharset) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
    }
    String utf8 = strict(b, StandardCharsets.UTF_8);
    if (utf8 != null && hasHighBytes(b)) {
      return utf8;
    }
    Charset declared = charset(headerCharset);
    if (declared == null) {
      Matcher m = DECLARED.matcher(new String(b, 0, Math.min(b.length, 200), StandardCharsets.ISO_8859_1));
      declared = m.find() ? charset(m.group(1)) : null;
    }
    if (declared != null && declared != StandardCharsets.UTF_8) {
      String text = strict(b, declared);
      if (text != null) {
        return text;
      }
    }
    return utf8 != null ? utf8 : new String(b, WINDOWS_1252);
  }

  private static boolean hasHighBytes(byte[] b) {
    for (byte x : b) {
      if (x < 0) {
        return true;
      }
    }
    return false;
  }

  private static String strict(byte[] b, Charset cs) {
    try {
      return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Charset charset(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii")) {
      return WINDOWS_1252; // as browsers do: the C1 range is really windows-1252 punctuation
    }
    try {
      return Charset.forName(n);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}
