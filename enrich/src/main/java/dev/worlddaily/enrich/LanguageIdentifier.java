package dev.worlddaily.enrich;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import com.github.pemistahl.lingua.api.IsoCode639_1;
import dev.worlddaily.model.annotation.LanguageSpan;
import dev.worlddaily.model.text.StopwordLanguageGuesser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Language identification with Lingua, limited to the configured languages; the detector and
 * its models are loaded on first use, since they are the largest part of enrichment's memory.
 */
public final class LanguageIdentifier {
  private final List<Language> languages;
  private final Set<String> codes;
  private volatile LanguageDetector detector;

  private final boolean preload;

  public LanguageIdentifier(List<String> isoCodes) {
    this(isoCodes, false);
  }

  /**
   * A detector for the given languages; with {@code preload} every language model is read on
   * first use instead of only those a text needs (to measure their memory, or to avoid pauses).
   */
  public LanguageIdentifier(List<String> isoCodes, boolean preload) {
    this.preload = preload;
    List<Language> out = new ArrayList<>();
    for (String code : isoCodes) {
      try {
        out.add(Language.getByIsoCode639_1(IsoCode639_1.valueOf(code.strip().toUpperCase(Locale.ROOT))));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown language code in languages: " + code, e);
      }
    }
    if (out.size() < 2) {
      out.add(out.get(0) == Language.ENGLISH ? Language.GERMAN : Language.ENGLISH);
    }
    this.languages = out;
    this.codes = out.stream().map(l -> l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  private LanguageDetector detector() {
    LanguageDetector d = detector;
    if (d == null) {
      synchronized (this) {
        if (detector == null) {
          LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromLanguages(languages.toArray(Language[]::new)).withLowAccuracyMode();
          detector = (preload ? builder.withPreloadedLanguageModels() : builder).build();
        }
        d = detector;
      }
    }
    return d;
  }

  /** Whether the detector and its language models have been loaded (they load on first use). */
  public boolean loaded() {
    return detector != null;
  }

  /**
   * The language of each paragraph long enough to tell ({@value #MIN_PARAGRAPH_CHARS} characters),
   * from its first {@value #PARAGRAPH_SAMPLE_CHARS} characters; shorter or unclear paragraphs are
   * left out. Paragraphs are {@code [start, end)} pairs of offsets into {@code text}.
   */
  public List<LanguageSpan> detectParagraphs(String text, List<int[]> paragraphs) {
    List<LanguageSpan> out = new ArrayList<>();
    for (int[] p : paragraphs) {
      if (p[1] - p[0] < MIN_PARAGRAPH_CHARS) {
        continue;
      }
      String sample = text.substring(p[0], Math.min(p[1], p[0] + PARAGRAPH_SAMPLE_CHARS));
      String code = unmistakable(sample);
      if (code == null) {
        code = detect(sample);
      }
      if (code != null) {
        out.add(new LanguageSpan(p[0], p[1], code));
      }
    }
    return out;
  }

  /** The language covering most characters of the spans, or null when there are none. */
  public static String dominant(List<LanguageSpan> spans) {
    Map<String, Integer> chars = new HashMap<>();
    String best = null;
    for (LanguageSpan s : spans) {
      int n = chars.merge(s.language(), s.end() - s.start(), Integer::sum);
      if (best == null || n > chars.get(best)) {
        best = s.language();
      }
    }
    return best;
  }

  static final int MIN_PARAGRAPH_CHARS = 40;
  static final int PARAGRAPH_SAMPLE_CHARS = 240;

  /**
   * The sample's language when its common words leave no doubt (20 words or more, of which 15 %
   * are one configured language's stopwords, three times as many as any other's), without the
   * detector: most paragraphs of news are like that, and Lingua costs far more. Null when in
   * doubt, or for a language not configured or told by script alone (Lingua decides those). On
   * the 33,909 paragraphs of wcxb-dev's truths it decided 17,629 and differed from Lingua on 9.
   */
  private String unmistakable(String sample) {
    String code = StopwordLanguageGuesser.guess(sample, UNMISTAKABLE_SHARE, UNMISTAKABLE_LEAD);
    // A script shared by neighbours (Cyrillic for ru, uk, bg) is left to Lingua.
    return code != null && codes.contains(code) && !StopwordLanguageGuesser.toldByScript(code) ? code : null;
  }

  /** Share of stopwords and lead over the next language for {@link #unmistakable}. */
  private static final double UNMISTAKABLE_SHARE = 0.15;
  private static final double UNMISTAKABLE_LEAD = 3;

  /** ISO 639-1 code of the text's language, or null when the text is too short or unclear. */
  public String detect(String text) {
    if (text == null || text.strip().length() < 20) {
      return null;
    }
    String sample = text.length() > 2000 ? text.substring(0, 2000) : text;
    Language l = detector().detectLanguageOf(sample);
    return l == Language.UNKNOWN ? null : l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
  }
}
