package dev.worlddaily.enrich;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import com.github.pemistahl.lingua.api.IsoCode639_1;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Language identification with Lingua, limited to the configured languages; the detector and
 * its models are loaded on first use, since they are the largest part of enrichment's memory.
 */
public final class LanguageIdentifier {
  private final List<Language> languages;
  private volatile LanguageDetector detector;

  public LanguageIdentifier(List<String> isoCodes) {
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
  }

  private LanguageDetector detector() {
    LanguageDetector d = detector;
    if (d == null) {
      synchronized (this) {
        if (detector == null) {
          detector = LanguageDetectorBuilder.fromLanguages(languages.toArray(Language[]::new))
              .withLowAccuracyMode()
              .build();
        }
        d = detector;
      }
    }
    return d;
  }

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
