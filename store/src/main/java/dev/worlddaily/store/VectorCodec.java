package dev.worlddaily.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** float[] vectors as little-endian float32 bytes, for BLOB columns. */
final class VectorCodec {
  private VectorCodec() {}

  static byte[] encode(float[] v) {
    if (v == null) {
      return null;
    }
    ByteBuffer b = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    b.asFloatBuffer().put(v);
    return b.array();
  }

  static float[] decode(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    float[] v = new float[bytes.length / Float.BYTES];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
    return v;
  }
}
