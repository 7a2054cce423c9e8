package dev.worlddaily.cluster;

/**
 * What a profile holds per language: sums of title-and-lead and body embeddings and of term
 * weights. Embeddings and words are only compared within one language (no multilingual model is
 * available). A story member's side is {@link #compact compact}: its vectors as signed bytes
 * with a scale each (a story's sums stay floats, they keep growing), its words in sorted maps.
 */
final class LanguageSide {
  int articles;
  float[] leadSum;
  float[] bodySum;
  /** A compact side's vectors ({@link Vectors#toBytes}); its float sums are null then. */
  private byte[] lead8;
  private byte[] body8;
  private float leadScale;
  private float bodyScale;
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
    return lead8 != null ? Vectors.fromBytes(lead8, leadScale) : leadSum;
  }

  /** The body sum as floats (decoded, a new array, for a compact side). */
  float[] body() {
    return body8 != null ? Vectors.fromBytes(body8, bodyScale) : bodySum;
  }

  double leadCosine(LanguageSide other) {
    return lead8 != null && other.lead8 != null ? Vectors.cosine(lead8, other.lead8) : Vectors.cosine(lead(), other.lead());
  }

  double bodyCosine(LanguageSide other) {
    return body8 != null && other.body8 != null ? Vectors.cosine(body8, other.body8) : Vectors.cosine(body(), other.body());
  }

  /**
   * A read-only copy for a story member: vectors as bytes, the {@code terms} and {@code leadTerms}
   * strongest words in sorted maps.
   */
  LanguageSide compact(int terms, int leadTerms) {
    LanguageSide s = new LanguageSide();
    s.articles = articles;
    s.lead8 = lead8 != null ? lead8 : Vectors.toBytes(leadSum);
    s.leadScale = lead8 != null ? leadScale : Vectors.byteScale(leadSum);
    s.body8 = body8 != null ? body8 : Vectors.toBytes(bodySum);
    s.bodyScale = body8 != null ? bodyScale : Vectors.byteScale(bodySum);
    // A vector the bytes cannot hold (zero or not finite) stays as it is.
    s.leadSum = s.lead8 == null ? leadSum : null;
    s.bodySum = s.body8 == null ? bodySum : null;
    s.terms.add(this.terms.top(terms));
    s.leadTerms.add(this.leadTerms.top(leadTerms));
    return s;
  }
}
