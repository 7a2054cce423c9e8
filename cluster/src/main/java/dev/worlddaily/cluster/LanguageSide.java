package dev.worlddaily.cluster;

/**
 * What a profile holds per language: sums of title-and-lead and body embeddings and of term
 * weights. Embeddings and words are only compared within one language (no multilingual model is
 * available). A story member's side is {@link #compact() compact}: its vectors as half-precision
 * floats (a story's sums stay floats, they keep growing), its words in frozen maps.
 */
final class LanguageSide {
  int articles;
  float[] leadSum;
  float[] bodySum;
  /** A compact side's vectors as {@link Float#floatToFloat16} bits; its float sums are null then. */
  private short[] lead16;
  private short[] body16;
  final WeightMap terms = new WeightMap();
  final WeightMap leadTerms = new WeightMap();

  void add(LanguageSide other) {
    articles += other.articles;
    leadSum = Vectors.add(leadSum, other.lead());
    bodySum = Vectors.add(bodySum, other.body());
    terms.add(other.terms);
    leadTerms.add(other.leadTerms);
  }

  /** The title-and-lead sum as floats (decoded, a new array, for a compact side). */
  float[] lead() {
    return lead16 != null ? Vectors.fromHalf(lead16) : leadSum;
  }

  /** The body sum as floats (decoded, a new array, for a compact side). */
  float[] body() {
    return body16 != null ? Vectors.fromHalf(body16) : bodySum;
  }

  double leadCosine(LanguageSide other) {
    return lead16 != null && other.lead16 != null ? Vectors.cosine(lead16, other.lead16) : Vectors.cosine(lead(), other.lead());
  }

  double bodyCosine(LanguageSide other) {
    return body16 != null && other.body16 != null ? Vectors.cosine(body16, other.body16) : Vectors.cosine(body(), other.body());
  }

  /**
   * A read-only copy for a story member: vectors in half precision, the {@code terms} and {@code
   * leadTerms} strongest words in frozen maps.
   */
  LanguageSide compact(int terms, int leadTerms) {
    LanguageSide s = new LanguageSide();
    s.articles = articles;
    s.lead16 = lead16 != null ? lead16 : Vectors.toHalf(leadSum);
    s.body16 = body16 != null ? body16 : Vectors.toHalf(bodySum);
    // A vector half precision cannot hold stays as it is.
    s.leadSum = s.lead16 == null ? leadSum : null;
    s.bodySum = s.body16 == null ? bodySum : null;
    s.terms.add(this.terms.top(terms));
    s.terms.freeze();
    s.leadTerms.add(this.leadTerms.top(leadTerms));
    s.leadTerms.freeze();
    return s;
  }
}
