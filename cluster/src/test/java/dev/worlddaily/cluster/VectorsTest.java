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
  void halfPrecisionKeepsCosinesToAboutTenToTheMinusFive() {
    Random r = new Random(3);
    for (int t = 0; t < 50; t++) {
      float[] a = unitRandom(r, 384);
      float[] b = unitRandom(r, 384);
      for (int i = 0; i < 384; i++) {
        b[i] = a[i] + 0.5f * b[i]; // correlated, as reports of one event are
      }
      short[] ha = Vectors.toHalf(a);
      short[] hb = Vectors.toHalf(b);
      double exact = Vectors.cosine(a, b);
      assertThat(Vectors.cosine(ha, hb)).isCloseTo(exact, within(1e-4));
      assertThat(Vectors.cosine(Vectors.fromHalf(ha), b)).isCloseTo(exact, within(1e-4));
      assertThat(Vectors.cosine(ha, hb)).isEqualTo(Vectors.cosine(Vectors.fromHalf(ha), Vectors.fromHalf(hb)));
    }
  }

  @Test
  void aVectorHalfPrecisionCannotHoldIsNotConverted() {
    assertThat(Vectors.toHalf(new float[] {1f, 70_000f})).isNull();
    assertThat(Vectors.toHalf(new float[] {1f, Float.NaN})).isNull();
    assertThat(Vectors.toHalf(null)).isNull();
    assertThat(Vectors.cosine((short[]) null, Vectors.toHalf(new float[] {1f}))).isZero();
  }
}
