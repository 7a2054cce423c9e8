package dev.worlddaily.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Text kept deflated (zlib format, fastest level) where it is written often and read rarely:
 * story versions, which JSON shrinks about four times. The JDK's zlib, no library needed.
 */
final class PackedText {
  private PackedText() {}

  static byte[] pack(String text) {
    byte[] in = text.getBytes(StandardCharsets.UTF_8);
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try {
      deflater.setInput(in);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, in.length / 3));
      byte[] buffer = new byte[8192];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  static String unpack(byte[] packed) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(packed);
      ByteArrayOutputStream out = new ByteArrayOutputStream(packed.length * 4);
      byte[] buffer = new byte[8192];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new IllegalStateException("a packed text is cut short (" + packed.length + " bytes)");
        }
        out.write(buffer, 0, n);
      }
      return out.toString(StandardCharsets.UTF_8);
    } catch (DataFormatException e) {
      throw new IllegalStateException("a packed text is not zlib data: " + e.getMessage(), e);
    } finally {
      inflater.end();
    }
  }

  /** The text of a row that holds it either plainly (older rows) or packed. */
  static String either(String plain, byte[] packed) {
    return packed != null ? unpack(packed) : plain;
  }
}
