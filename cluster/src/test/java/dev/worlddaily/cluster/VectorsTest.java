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

  @Test
  void nibblesKeepCosinesToAboutTenToTheMinusTwo() {
    Random r = new Random(5);
    double errors = 0;
    for (int t = 0; t < 50; t++) {
      int n = t % 2 == 0 ? 384 : 383;
      float[] a = unitRandom(r, n);
      float[] b = unitRandom(r, n);
      for (int i = 0; i < n; i++) {
        b[i] = a[i] + 0.5f * b[i];
      }
      byte[] qa = Vectors.toNibbles(a);
      byte[] qb = Vectors.toNibbles(b);
      assertThat(qa).hasSize((n + 1) / 2);
      float scale = Vectors.nibbleScale(a);
      float scaleB = Vectors.nibbleScale(b);
      double exact = Vectors.cosine(a, b);
      double quantized = Vectors.nibbleCosine(qa, scale, Vectors.norm(a), qb, scaleB, Vectors.norm(b));
      assertThat(quantized).isCloseTo(exact, within(3e-2));
      errors += quantized - exact;
      float[] back = Vectors.fromNibbles(qa, scale);
      assertThat(back).hasSize(n);
      for (int i = 0; i < n; i++) {
        assertThat(back[i]).isCloseTo(a[i], within(scale / 2 + 1e-7f));
      }
    }
    // Exact norms leave the quantized cosines unbiased: their errors cancel out on average.
    assertThat(errors / 50).isCloseTo(0, within(2e-3));
    assertThat(Vectors.toNibbles(new float[] {0f, 0f, 0f})).isNull();
    assertThat(Vectors.fromNibbles(Vectors.toNibbles(new float[] {-1f, 0.6f, 1f}), 1f)).containsExactly(-7f, 4f, 7f);
  }
}
