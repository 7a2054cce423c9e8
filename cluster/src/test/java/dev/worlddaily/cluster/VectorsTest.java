package dev.worlddaily.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class VectorsTest {
  static float[] unitRandom(Random r, int n) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) r.nextGaussian();
    }
    return Vectors.unit(v);
  }

  @Test
  void bytesKeepCosinesToAboutTenToTheMinusThree() {
    Random r = new Random(3);
    for (int t = 0; t < 50; t++) {
      float[] a = unitRandom(r, 384);
      float[] b = unitRandom(r, 384);
      for (int i = 0; i < 384; i++) {
        b[i] = a[i] + 0.5f * b[i]; // correlated, as reports of one event are
      }
      byte[] qa = Vectors.toBytes(a);
      byte[] qb = Vectors.toBytes(b);
      double exact = Vectors.cosine(a, b);
      assertThat(Vectors.cosine(qa, qb)).isCloseTo(exact, within(3e-3));
      float[] back = Vectors.fromBytes(qa, Vectors.byteScale(a));
      assertThat(Vectors.cosine(back, a)).isGreaterThan(0.999);
      for (int i = 0; i < 384; i++) {
        assertThat(back[i]).isCloseTo(a[i], within(Vectors.byteScale(a) / 2 + 1e-7f));
      }
    }
  }

  @Test
  void aVectorBytesCannotHoldIsNotConverted() {
    assertThat(Vectors.toBytes(new float[] {0f, 0f})).isNull();
    assertThat(Vectors.toBytes(new float[] {1f, Float.NaN})).isNull();
    assertThat(Vectors.toBytes(null)).isNull();
    assertThat(Vectors.cosine((byte[]) null, Vectors.toBytes(new float[] {1f}))).isZero();
  }
}
