package dev.worlddaily.cluster;

/**
 * What a profile holds per language: sums of title-and-lead and body embeddings and of term
 * weights. Embeddings and words are only compared within one language (no multilingual model is
 * available).
 */
final class LanguageSide {
  int articles;
  float[] leadSum;
  float[] bodySum;
  final WeightMap terms = new WeightMap();
  final WeightMap leadTerms = new WeightMap();

  void add(LanguageSide other) {
    articles += other.articles;
    leadSum = Vectors.add(leadSum, other.leadSum);
    bodySum = Vectors.add(bodySum, other.bodySum);
    terms.add(other.terms);
    leadTerms.add(other.leadTerms);
  }
}
