package dev.worlddaily.cluster;

/**
 * What a profile holds per language: sums of title-and-lead and body embeddings and of term
 * weights. Embeddings and words are only compared within one language (no multilingual model is
 * available). Three forms of the vectors: an article's, as the floats it came with; a story's,
 * as the mean of its articles' vectors in half precision (a story keeps growing, so its vectors
 * are re-rounded from floats at every article; the mean stays within half precision's range
 * however many articles come); a story member's ({@link #compact compact}), as signed nibbles
 * (4 bits) with a scale each: members are only compared with each other in split checks, where
 * a cosine off by 1e-2 does not decide. Its words are in sorted weight maps.
 */
final class LanguageSide {
  int articles;
  /** An article's vectors; null in the other forms. */
  float[] leadSum;
  float[] bodySum;
  /** A story's mean vectors in half precision ({@link Vectors#toHalf}). */
  private short[] leadMean16;
  private short[] bodyMean16;
  /** A compact side's vectors ({@link Vectors#toNibbles}). */
  private byte[] lead4;
  private byte[] body4;
  private float leadScale;
  private float bodyScale;
  /** The norms of the floats a compact side's nibbles were made from. */
  private float leadNorm;
  private float bodyNorm;
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
    return lead4 != null ? Vectors.fromNibbles(lead4, leadScale) : leadMean16 != null ? Vectors.fromHalf(leadMean16, articles) : leadSum;
  }

  /** The body sum as floats (decoded, a new array, for a story or compact side). */
  float[] body() {
    return body4 != null ? Vectors.fromNibbles(body4, bodyScale) : bodyMean16 != null ? Vectors.fromHalf(bodyMean16, articles) : bodySum;
  }

  double leadCosine(LanguageSide other) {
    if (lead4 != null && other.lead4 != null) {
      return Vectors.nibbleCosine(lead4, leadScale, leadNorm, other.lead4, other.leadScale, other.leadNorm);
    }
    return cosine(lead4, leadMean16, leadSum, other.lead4, other.leadMean16, other.leadSum, this::lead, other::lead);
  }

  double bodyCosine(LanguageSide other) {
    if (body4 != null && other.body4 != null) {
      return Vectors.nibbleCosine(body4, bodyScale, bodyNorm, other.body4, other.bodyScale, other.bodyNorm);
    }
    return cosine(body4, bodyMean16, bodySum, other.body4, other.bodyMean16, other.bodySum, this::body, other::body);
  }

  /**
   * The cosine of two vectors each held in one of the three forms, but not both nibbles (those
   * are compared directly): floats or half precision with half precision (an article or a story
   * with a story) directly; any other pair through floats.
   */
  private static double cosine(byte[] a4, short[] a16, float[] a32, byte[] b4, short[] b16, float[] b32,
      java.util.function.Supplier<float[]> a, java.util.function.Supplier<float[]> b) {
    if (b16 != null && a4 == null) {
      return a16 != null ? Vectors.cosine(a16, b16) : Vectors.cosine(a32, b16);
    }
    if (a16 != null && b4 == null) {
      return Vectors.cosine(b32, a16);
    }
    return Vectors.cosine(a.get(), b.get());
  }

  /**
   * A read-only copy for a story member: vectors as nibbles, the {@code terms} and {@code leadTerms}
   * strongest words in sorted maps with half-precision weights.
   */
  LanguageSide compact(int terms, int leadTerms) {
    LanguageSide s = new LanguageSide();
    s.articles = articles;
    float[] lead = lead4 == null ? lead() : null;
    float[] body = body4 == null ? body() : null;
    s.lead4 = lead4 != null ? lead4 : Vectors.toNibbles(lead);
    s.leadScale = lead4 != null ? leadScale : Vectors.nibbleScale(lead);
    s.leadNorm = lead4 != null ? leadNorm : Vectors.norm(lead);
    s.body4 = body4 != null ? body4 : Vectors.toNibbles(body);
    s.bodyScale = body4 != null ? bodyScale : Vectors.nibbleScale(body);
    s.bodyNorm = body4 != null ? bodyNorm : Vectors.norm(body);
    // A vector the nibbles cannot hold (zero or not finite) stays as it is.
    s.leadSum = s.lead4 == null ? lead : null;
    s.bodySum = s.body4 == null ? body : null;
    s.terms.add(this.terms.top(terms));
    s.terms.halve();
    s.leadTerms.add(this.leadTerms.top(leadTerms));
    s.leadTerms.halve();
    return s;
  }
}
