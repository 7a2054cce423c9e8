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
}
