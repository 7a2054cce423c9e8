package dev.worlddaily.synthesize;

/**
 * Settings of synthesis.
 *
 * @param dekWords maximum words of the dek
 * @param bodySentences maximum sentences of the body
 * @param keyPoints maximum key points (at least 3 are written when the sources allow)
 * @param quotes maximum quotes
 * @param figures maximum figures
 * @param images maximum images
 * @param tags maximum tags
 * @param candidateSentencesPerArticle sentences of each article considered (the rest are rarely lead material)
 * @param sentenceArticles most articles whose sentences a story is written from (the newest of
 *     each outlet and the first report; quotes, figures, timeline and sources use every article),
 *     so that writing a story costs the same at its fifth article as at its hundredth
 */
public record SynthesisConfig(
    int dekWords, int bodySentences, int keyPoints, int quotes, int figures, int images, int tags,
    int candidateSentencesPerArticle, int sentenceArticles) {

  public SynthesisConfig {
    if (dekWords < 10) {
      throw new IllegalArgumentException("dekWords must be >= 10: " + dekWords);
    }
    if (bodySentences < 1 || keyPoints < 3 || keyPoints > 6) {
      throw new IllegalArgumentException("bodySentences must be >= 1 and keyPoints in 3..6: " + bodySentences + ", " + keyPoints);
    }
    if (quotes < 0 || figures < 0 || images < 0 || tags < 3 || tags > 5) {
      throw new IllegalArgumentException("quotes, figures, images must be >= 0 and tags in 3..5");
    }
    if (candidateSentencesPerArticle < 3) {
      throw new IllegalArgumentException("candidateSentencesPerArticle must be >= 3: " + candidateSentencesPerArticle);
    }
    if (sentenceArticles < 2) {
      throw new IllegalArgumentException("sentenceArticles must be >= 2: " + sentenceArticles);
    }
  }

  public static SynthesisConfig defaults() {
    return new SynthesisConfig(60, 12, 5, 4, 6, 6, 5, 25, 16);
  }

  public SynthesisConfig withDekWords(int words) {
    return new SynthesisConfig(words, bodySentences, keyPoints, quotes, figures, images, tags, candidateSentencesPerArticle, sentenceArticles);
  }
}
