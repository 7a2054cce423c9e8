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

  /** Largest magnitude kept in half precision (its largest finite value is 65504). */
  private static final float HALF_MAX = 65000f;

  /**
   * The vector in half precision ({@link Float#floatToFloat16} bits: 11 significant bits, so a
   * cosine moves by about 1e-5); null for null, or when a component is too large for it.
   */
  static short[] toHalf(float[] v) {
    if (v == null) {
      return null;
    }
    short[] out = new short[v.length];
    for (int i = 0; i < v.length; i++) {
      if (!(Math.abs(v[i]) <= HALF_MAX)) {
        return null;
      }
      out[i] = Float.floatToFloat16(v[i]);
    }
    return out;
  }

  /** A half-precision vector decoded to floats; null for null. */
  static float[] fromHalf(short[] v) {
    if (v == null) {
      return null;
    }
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = Float.float16ToFloat(v[i]);
    }
    return out;
  }

  /** {@link #cosine(float[], float[])} of two half-precision vectors, decoded as it goes. */
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
