package dev.worlddaily.cluster;

/** Dense and sparse vector arithmetic for profiles. */
final class Vectors {
  private Vectors() {}

  /** {@code sum + v} as a new array; null stands for the zero vector. */
  static float[] add(float[] sum, float[] v) {
    if (v == null) {
      return sum;
    }
    if (sum == null) {
      return v.clone();
    }
    float[] out = sum.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] += v[i];
    }
    return out;
  }

  /** Cosine of two vectors (either may be an unnormalised sum); 0 when either is null or zero. */
  static double cosine(float[] a, float[] b) {
    if (a == null || b == null) {
      return 0;
    }
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  /** The vector scaled to unit length (a copy); null for null or zero. */
  static float[] unit(float[] v) {
    if (v == null) {
      return null;
    }
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    if (n == 0) {
      return null;
    }
    float[] out = new float[v.length];
    float scale = (float) (1 / Math.sqrt(n));
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] * scale;
    }
    return out;
  }

  /**
   * The scale of a vector as signed bytes: its largest magnitude over 127, so that the largest
   * component is 127 and each is within half a step (a cosine moves by about 1e-3); 0 when the
   * vector is null, zero or not finite.
   */
  static float byteScale(float[] v) {
    if (v == null) {
      return 0;
    }
    float max = 0;
    for (float x : v) {
      if (!Float.isFinite(x)) {
        return 0;
      }
      max = Math.max(max, Math.abs(x));
    }
    return max / 127f;
  }

  /** The vector as signed bytes of {@link #byteScale}; null when that scale is 0. */
  static byte[] toBytes(float[] v) {
    float scale = byteScale(v);
    if (scale == 0) {
      return null;
    }
    byte[] out = new byte[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (byte) Math.max(-127, Math.min(127, Math.round(v[i] / scale)));
    }
    return out;
  }

  /** Bytes back to floats; null for null. */
  static float[] fromBytes(byte[] v, float scale) {
    if (v == null) {
      return null;
    }
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] * scale;
    }
    return out;
  }

  /** Cosine of two byte vectors (scales cancel); 0 when either is null or zero. */
  static double cosine(byte[] a, byte[] b) {
    if (a == null || b == null) {
      return 0;
    }
    long dot = 0;
    long na = 0;
    long nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt((double) na * nb);
  }

  /** {@code v / divisor} in half precision ({@link Float#floatToFloat16}); null for null. */
  static short[] toHalf(float[] v, float divisor) {
    if (v == null) {
      return null;
    }
    short[] out = new short[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = Float.floatToFloat16(v[i] / divisor);
    }
    return out;
  }

  /** Half precision back to floats, times {@code factor}; null for null. */
  static float[] fromHalf(short[] v, float factor) {
    if (v == null) {
      return null;
    }
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = Float.float16ToFloat(v[i]) * factor;
    }
    return out;
  }

  /** Cosine of a float vector and a half-precision one; 0 when either is null or zero. */
  static double cosine(float[] a, short[] b) {
    if (a == null || b == null) {
      return 0;
    }
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      float y = Float.float16ToFloat(b[i]);
      dot += a[i] * y;
      na += a[i] * a[i];
      nb += y * y;
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  /** Cosine of two half-precision vectors; 0 when either is null or zero. */
  static double cosine(short[] a, short[] b) {
    if (a == null || b == null) {
      return 0;
    }
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      float x = Float.float16ToFloat(a[i]);
      float y = Float.float16ToFloat(b[i]);
      dot += x * y;
      na += x * x;
      nb += y * y;
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  /** The high nibble of the last byte when a vector has an odd number of components. */
  private static final int ODD = -8;

  /**
   * The scale of a vector as signed nibbles (4 bits, -7 to 7): its largest magnitude over 7; 0
   * when the vector is null, zero or not finite.
   */
  static float nibbleScale(float[] v) {
    return byteScale(v) * 127f / 7f;
  }

  /**
   * The vector as signed nibbles of {@link #nibbleScale}, two a byte (component 2i in the low
   * half, 2i+1 in the high half; an odd count marks the last high half with -8); null when that
   * scale is 0. Cosines move by about 1e-2 (a sixteenth of the bytes' precision).
   */
  static byte[] toNibbles(float[] v) {
    float scale = nibbleScale(v);
    if (scale == 0) {
      return null;
    }
    byte[] out = new byte[(v.length + 1) / 2];
    for (int i = 0; i < v.length; i++) {
      int q = Math.max(-7, Math.min(7, Math.round(v[i] / scale)));
      out[i >> 1] |= (byte) ((i & 1) == 0 ? q & 0xF : q << 4);
    }
    if ((v.length & 1) == 1) {
      out[out.length - 1] |= (byte) (ODD << 4);
    }
    return out;
  }

  /** Nibbles back to floats; null for null. */
  static float[] fromNibbles(byte[] v, float scale) {
    if (v == null) {
      return null;
    }
    boolean odd = v.length > 0 && v[v.length - 1] >> 4 == ODD;
    float[] out = new float[v.length * 2 - (odd ? 1 : 0)];
    for (int i = 0; i < out.length; i++) {
      out[i] = nibble(v, i) * scale;
    }
    return out;
  }

  private static int nibble(byte[] v, int i) {
    int b = v[i >> 1];
    return (i & 1) == 0 ? (b << 28) >> 28 : b >> 4;
  }

  /**
   * Cosine of two nibble vectors of one length, from their scales and their exact norms (of the
   * floats they were made from, {@link #norm}): the quantization noise then only blurs the dot
   * product, which it leaves unbiased, instead of also inflating the norms, which would pull
   * every cosine down by a percent or two. 0 when either is null or zero.
   */
  static double nibbleCosine(byte[] a, float scaleA, float normA, byte[] b, float scaleB, float normB) {
    if (a == null || b == null || normA == 0 || normB == 0) {
      return 0;
    }
    long dot = 0;
    for (int i = 0; i < a.length; i++) {
      int x = a[i];
      int y = b[i];
      int xh = x >> 4;
      int yh = y >> 4;
      if (xh == ODD || yh == ODD) {
        xh = 0;
        yh = 0;
      }
      dot += ((x << 28) >> 28) * ((y << 28) >> 28) + xh * yh;
    }
    return Math.max(-1, Math.min(1, dot * (double) scaleA * scaleB / ((double) normA * normB)));
  }

  /** The Euclidean norm; 0 for null. */
  static float norm(float[] v) {
    if (v == null) {
      return 0;
    }
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    return (float) Math.sqrt(n);
  }
}
