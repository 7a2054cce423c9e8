package dev.worlddaily.cluster;

/**
 * What a profile holds per language: sums of title-and-lead and body embeddings and of term
 * weights. Embeddings and words are only compared within one language (no multilingual model is
 * available). Three forms of the vectors: an article's, as the floats it came with; a story's,
 * as the mean of its articles' vectors in half precision (a story keeps growing, so its vectors
 * are re-rounded from floats at every article; the mean stays within half precision's range
 * however many articles come); a story member's ({@link #compact compact}), as signed bytes
 * with a scale each. Its words are in sorted weight maps.
 */
final class LanguageSide {
  int articles;
  /** An article's vectors; null in the other forms. */
  float[] leadSum;
  float[] bodySum;
  /** A story's mean vectors in half precision ({@link Vectors#toHalf}). */
  private short[] leadMean16;
  private short[] bodyMean16;
  /** A compact side's vectors ({@link Vectors#toBytes}). */
  private byte[] lead8;
  private byte[] body8;
  private float leadScale;
  private float bodyScale;
  final WeightMap terms = new WeightMap();
  final WeightMap leadTerms = new WeightMap();

  /** Adds another side's articles to this one (a story's): its vectors, then its words. */
  void add(LanguageSide other) {
    float[] lead = Vectors.add(lead(), other.lead());
    float[] body = Vectors.add(body(), other.body());
    articles += other.articles;
    leadSum = null;
    bodySum = null;
    leadMean16 = Vectors.toHalf(lead, articles);
    bodyMean16 = Vectors.toHalf(body, articles);
    terms.add(other.terms);
    leadTerms.add(other.leadTerms);
  }

  /** The title-and-lead sum as floats (decoded, a new array, for a story or compact side). */
  float[] lead() {
    return lead8 != null ? Vectors.fromBytes(lead8, leadScale) : leadMean16 != null ? Vectors.fromHalf(leadMean16, articles) : leadSum;
  }

  /** The body sum as floats (decoded, a new array, for a story or compact side). */
  float[] body() {
    return body8 != null ? Vectors.fromBytes(body8, bodyScale) : bodyMean16 != null ? Vectors.fromHalf(bodyMean16, articles) : bodySum;
  }

  double leadCosine(LanguageSide other) {
    return cosine(lead8, leadMean16, leadSum, other.lead8, other.leadMean16, other.leadSum, this::lead, other::lead);
  }

  double bodyCosine(LanguageSide other) {
    return cosine(body8, bodyMean16, bodySum, other.body8, other.bodyMean16, other.bodySum, this::body, other::body);
  }

  /**
   * The cosine of two vectors each held in one of the three forms: bytes with bytes (members in
   * a split check), floats or half precision with half precision (an article or a story with a
   * story) directly; any other pair through floats.
   */
  private static double cosine(byte[] a8, short[] a16, float[] a32, byte[] b8, short[] b16, float[] b32,
      java.util.function.Supplier<float[]> a, java.util.function.Supplier<float[]> b) {
    if (a8 != null && b8 != null) {
      return Vectors.cosine(a8, b8);
    }
    if (b16 != null && a8 == null) {
      return a16 != null ? Vectors.cosine(a16, b16) : Vectors.cosine(a32, b16);
    }
    if (a16 != null && b8 == null) {
      return Vectors.cosine(b32, a16);
    }
    return Vectors.cosine(a.get(), b.get());
  }

  /**
   * A read-only copy for a story member: vectors as bytes, the {@code terms} and {@code leadTerms}
   * strongest words in sorted maps with half-precision weights.
   */
  LanguageSide compact(int terms, int leadTerms) {
    LanguageSide s = new LanguageSide();
    s.articles = articles;
    float[] lead = lead8 == null ? lead() : null;
    float[] body = body8 == null ? body() : null;
    s.lead8 = lead8 != null ? lead8 : Vectors.toBytes(lead);
    s.leadScale = lead8 != null ? leadScale : Vectors.byteScale(lead);
    s.body8 = body8 != null ? body8 : Vectors.toBytes(body);
    s.bodyScale = body8 != null ? bodyScale : Vectors.byteScale(body);
    // A vector the bytes cannot hold (zero or not finite) stays as it is.
    s.leadSum = s.lead8 == null ? lead : null;
    s.bodySum = s.body8 == null ? body : null;
    s.terms.add(this.terms.top(terms));
    s.terms.halve();
    s.leadTerms.add(this.leadTerms.top(leadTerms));
    s.leadTerms.halve();
    return s;
  }
}
