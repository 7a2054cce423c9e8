package dev.worlddaily.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LanguageSideTest {
  static LanguageSide article(float[] lead, float[] body) {
    LanguageSide s = new LanguageSide();
    s.articles = 1;
    s.leadSum = lead;
    s.bodySum = body;
    return s;
  }

  @Test
  void aStoryKeepsTheSumsOfItsArticlesInHalfPrecisionMeans() {
    Random r = new Random(17);
    float[] topic = VectorsTest.unitRandom(r, 384);
    LanguageSide story = new LanguageSide();
    float[] leadSum = new float[384];
    float[] bodySum = new float[384];
    for (int a = 0; a < 40; a++) {
      float[] lead = VectorsTest.unitRandom(r, 384);
      float[] body = VectorsTest.unitRandom(r, 384);
      for (int i = 0; i < 384; i++) {
        lead[i] += 2 * topic[i];
        body[i] += topic[i];
        leadSum[i] += lead[i];
        bodySum[i] += body[i];
      }
      story.add(article(lead, body));
    }
    assertThat(story.articles).isEqualTo(40);
    assertThat(story.leadSum).isNull();
    // Each article re-rounds the mean (a relative step of 2^-11 at most), so the error of a
    // component walks: about sqrt(articles) * 3e-4 of it. Its direction, which cosines see, barely
    // moves.
    float[] lead = story.lead();
    for (int i = 0; i < 384; i++) {
      assertThat(lead[i]).isCloseTo(leadSum[i], within(Math.abs(leadSum[i]) * 1e-2f + 1e-3f));
    }
    assertThat(Vectors.cosine(lead, leadSum)).isGreaterThan(0.99999);
    LanguageSide probe = article(VectorsTest.unitRandom(r, 384), VectorsTest.unitRandom(r, 384));
    for (int i = 0; i < 384; i++) {
      probe.leadSum[i] += topic[i];
    }
    assertThat(probe.leadCosine(story)).isCloseTo(Vectors.cosine(probe.leadSum, leadSum), within(1e-3));
    assertThat(story.leadCosine(probe)).isEqualTo(probe.leadCosine(story));
    assertThat(probe.bodyCosine(story)).isCloseTo(Vectors.cosine(probe.bodySum, bodySum), within(1e-3));
    LanguageSide other = new LanguageSide();
    other.add(probe);
    assertThat(story.leadCosine(other)).isCloseTo(Vectors.cosine(probe.leadSum, leadSum), within(1e-3));
  }

  @Test
  void aStoryOfVeryManyArticlesStaysFinite() {
    float[] v = new float[8];
    java.util.Arrays.fill(v, 0.35f);
    LanguageSide many = article(v.clone(), v.clone());
    many.articles = 1_000_000; // stands for a million articles of the same vector
    for (int i = 0; i < 8; i++) {
      many.leadSum[i] *= 1_000_000;
      many.bodySum[i] *= 1_000_000;
    }
    LanguageSide story = new LanguageSide();
    story.add(many);
    story.add(article(v.clone(), v.clone()));
    assertThat(story.lead()[0]).isCloseTo(0.35f * 1_000_001, within(0.35f * 1_000_001 * 1e-3f));
    assertThat(story.leadCosine(article(v, v))).isCloseTo(1.0, within(1e-6));
  }

  @Test
  void aMemberComparesWithMembersInNibblesAndWithStoriesThroughFloats() {
    Random r = new Random(19);
    float[] a = VectorsTest.unitRandom(r, 384);
    float[] b = VectorsTest.unitRandom(r, 384);
    LanguageSide story = new LanguageSide();
    story.add(article(a, a));
    LanguageSide member = article(b, b).compact(10, 5);
    assertThat(member.lead()).hasSize(384);
    assertThat(member.leadCosine(story)).isCloseTo(Vectors.cosine(a, b), within(3e-2));
    assertThat(member.leadCosine(article(a, a).compact(10, 5))).isCloseTo(Vectors.cosine(a, b), within(3e-2));
    assertThat(story.compact(10, 5).bodyCosine(member)).isCloseTo(Vectors.cosine(a, b), within(3e-2));
    assertThat(member.leadCosine(member)).isCloseTo(1.0, within(1e-2));
  }
}
