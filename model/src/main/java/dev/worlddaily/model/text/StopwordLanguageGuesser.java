package dev.worlddaily.model.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A cheap check of a text's language: the script for scripts one language owns (Greek, Hangul,
 * kana...), else the share of each language's commonest words. It confirms or corrects a page's
 * declared {@code lang} and fills it in when absent; it answers only when the evidence is clear,
 * and leaves finer identification (Lingua, in enrichment) to later stages.
 */
public final class StopwordLanguageGuesser {
  private static final Map<String, Set<String>> STOPWORDS = Map.ofEntries(
      Map.entry("en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "it", "with", "was", "on", "as", "are", "be", "this",
          "by", "at", "from", "have", "has", "but", "not", "they", "said", "which", "their", "were", "will", "would")),
      Map.entry("de", Set.of("der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich", "des", "auf", "für", "ist", "im",
          "nicht", "ein", "eine", "als", "auch", "es", "an", "werden", "aus", "er", "hat", "dass", "sie", "nach", "wird")),
      Map.entry("fr", Set.of("le", "la", "les", "de", "des", "et", "un", "une", "du", "en", "est", "que", "qui", "dans", "pour",
          "pas", "sur", "au", "par", "il", "elle", "ce", "avec", "sont", "ont", "aux", "mais", "plus", "été", "cette")),
      Map.entry("es", Set.of("el", "la", "los", "las", "de", "y", "que", "en", "un", "una", "por", "con", "para", "es", "del", "se",
          "no", "al", "lo", "como", "más", "su", "sus", "pero", "fue", "este", "esta", "han", "ha", "también")),
      Map.entry("it", Set.of("il", "la", "di", "che", "e", "un", "una", "per", "non", "in", "del", "della", "le", "gli", "si",
          "con", "sono", "è", "al", "dei", "delle", "anche", "come", "più", "ma", "nel", "alla", "questo", "ha", "stato")),
      Map.entry("pt", Set.of("o", "a", "os", "as", "de", "do", "da", "dos", "das", "e", "que", "em", "um", "uma", "para", "com",
          "não", "por", "no", "na", "se", "mais", "foi", "ao", "como", "mas", "são", "também", "pelo", "pela")),
      Map.entry("nl", Set.of("de", "het", "een", "en", "van", "in", "is", "dat", "op", "te", "zijn", "met", "voor", "niet", "die",
          "aan", "er", "ook", "als", "bij", "door", "maar", "om", "nog", "wordt", "werd", "heeft", "hij", "ze", "naar")),
      Map.entry("sv", Set.of("och", "i", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har", "de",
          "inte", "om", "ett", "var", "men", "från", "vi", "han", "hon", "sig", "kan", "så", "efter", "vid", "också")),
      Map.entry("da", Set.of("og", "i", "at", "det", "er", "en", "til", "på", "af", "for", "med", "den", "som", "de", "har", "ikke",
          "et", "var", "om", "men", "fra", "vi", "han", "hun", "sig", "kan", "så", "efter", "blev", "også")),
      Map.entry("no", Set.of("og", "i", "er", "det", "som", "en", "på", "til", "av", "for", "med", "at", "den", "har", "de", "ikke",
          "et", "var", "om", "men", "fra", "vi", "han", "hun", "seg", "kan", "så", "etter", "ble", "også")),
      Map.entry("pl", Set.of("i", "w", "na", "z", "się", "nie", "do", "to", "że", "jest", "o", "jak", "po", "co", "przez", "od",
          "za", "są", "dla", "ale", "oraz", "jego", "ich", "także", "był", "była", "może", "tym", "już", "który")),
      Map.entry("tr", Set.of("ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "gibi", "en", "ama", "olan",
          "ne", "mi", "kadar", "sonra", "değil", "her", "var", "yok", "ki", "ise", "şu", "o", "ya", "göre", "tarafından", "ilk")),
      Map.entry("id", Set.of("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "tidak", "dalam", "akan", "pada", "juga",
          "ke", "karena", "ada", "oleh", "atau", "bisa", "mereka", "sudah", "telah", "kami", "kita", "saat", "lebih", "bahwa", "jika", "hanya", "seperti")));
  /** Languages told by their script alone. */
  private static final Set<String> SCRIPT_LANGUAGES = Set.of("el", "ko", "zh", "ja", "th", "he", "ka", "hy", "ru", "uk", "hi");
  private static final List<Set<String>> FAMILIES = List.of(Set.of("no", "nb", "nn", "da", "sv"),
      Set.of("ru", "uk", "bg", "sr", "mk", "be", "kk"), Set.of("zh", "ja"), Set.of("hi", "mr", "ne"), Set.of("es", "ca", "gl"),
      Set.of("pt", "gl"), Set.of("id", "ms"));
  /** For each stopword, the languages it belongs to, as bits in the order of {@link #LANGUAGES}. */
  private static final List<String> LANGUAGES = List.copyOf(new java.util.TreeSet<>(STOPWORDS.keySet()));
  private static final Map<String, Integer> WORD_LANGUAGES = wordLanguages();
  private static final int SAMPLE_WORDS = 300;
  private static final int MIN_WORDS = 20;
  private static final int MAX_STOPWORD_CHARS = 12;
  /** The best language needs this share of the words, and this lead over the next. */
  private static final double MIN_SHARE = 0.08;
  private static final double MIN_LEAD = 1.5;

  private StopwordLanguageGuesser() {}

  /** Whether this check answers {@code code} from the script alone (Greek, Cyrillic, Han...), not from words. */
  public static boolean toldByScript(String code) {
    return SCRIPT_LANGUAGES.contains(code);
  }

  private static Map<String, Integer> wordLanguages() {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < LANGUAGES.size(); i++) {
      for (String w : STOPWORDS.get(LANGUAGES.get(i))) {
        out.merge(w, 1 << i, (a, b) -> a | b);
      }
    }
    return out;
  }

  /**
   * The page's language: the declared code unless the text clearly says another language; the
   * text's language when nothing is declared; null when unknown.
   */
  public static String resolve(String declared, String text) {
    String guessed = guess(text);
    if (guessed == null || declared == null) {
      return guessed == null ? declared : guessed;
    }
    // Only a language this check can tell apart is corrected: a page in Catalan declared "ca"
    // reads as Spanish here, and keeps its "ca"; a template's default "en" over German text goes.
    boolean checkable = STOPWORDS.containsKey(declared) || SCRIPT_LANGUAGES.contains(declared);
    return !checkable || guessed.equals(declared) || sameFamily(declared, guessed) ? declared : guessed;
  }

  /** Languages that share most common words or a script with another; a declared one is kept. */
  private static boolean sameFamily(String declared, String guessed) {
    for (Set<String> family : FAMILIES) {
      if (family.contains(declared) && family.contains(guessed)) {
        return true;
      }
    }
    return false;
  }

  /** The text's language, or null when the evidence is weak. */
  public static String guess(String text) {
    return guess(text, MIN_SHARE, MIN_LEAD);
  }

  /**
   * The text's language when its commonest words leave no doubt: at least {@code minShare} of
   * its words are that language's stopwords, {@code minLead} times as many as any other's (or
   * its script is one language's); else null.
   */
  public static String guess(String text, double minShare, double minLead) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String byScript = byScript(text);
    if (byScript != null) {
      return byScript.isEmpty() ? null : byScript;
    }
    int[] hits = new int[LANGUAGES.size()];
    int words = 0;
    int start = -1;
    String s = text.length() > 5_000 ? text.substring(0, 5_000) : text;
    for (int i = 0; i <= s.length() && words < SAMPLE_WORDS; i++) {
      boolean letter = i < s.length() && Character.isLetter(s.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        words++;
        // Stopwords are short: longer words are not looked up at all.
        if (i - start <= MAX_STOPWORD_CHARS) {
          Integer langs = WORD_LANGUAGES.get(s.substring(start, i).toLowerCase(Locale.ROOT));
          for (int b = 0; langs != null && b < hits.length; b++) {
            if ((langs & (1 << b)) != 0) {
              hits[b]++;
            }
          }
        }
        start = -1;
      }
    }
    if (words < MIN_WORDS) {
      return null;
    }
    String best = null;
    int bestHits = 0;
    int second = 0;
    for (int b = 0; b < hits.length; b++) {
      if (hits[b] > bestHits) {
        second = bestHits;
        best = LANGUAGES.get(b);
        bestHits = hits[b];
      } else if (hits[b] > second) {
        second = hits[b];
      }
    }
    return best != null && bestHits >= minShare * words && bestHits >= minLead * second ? best : null;
  }

  /**
   * The language of a script that mostly belongs to one ("" for a non-Latin script with several
   * languages, such as Arabic or Cyrillic without Ukrainian letters, still decided as Russian),
   * or null for Latin-script text.
   */
  private static String byScript(String text) {
    int latin = 0;
    Map<Character.UnicodeScript, Integer> other = new HashMap<>();
    boolean ukrainian = false;
    int n = Math.min(text.length(), 5_000);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < '\u0080') {
        // ASCII: only its letters count, and they are Latin; the script table is searched for the rest.
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
          latin++;
        }
        continue;
      }
      if (!Character.isLetter(c)) {
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      if (script == Character.UnicodeScript.LATIN) {
        latin++;
      } else {
        other.merge(script, 1, Integer::sum);
        ukrainian |= c == 'ї' || c == 'є' || c == 'ґ' || c == 'і';
      }
    }
    Character.UnicodeScript top = null;
    int topCount = 0;
    for (Map.Entry<Character.UnicodeScript, Integer> e : other.entrySet()) {
      if (e.getValue() > topCount) {
        top = e.getKey();
        topCount = e.getValue();
      }
    }
    if (top == null || topCount <= latin) {
      return null;
    }
    int kana = other.getOrDefault(Character.UnicodeScript.HIRAGANA, 0) + other.getOrDefault(Character.UnicodeScript.KATAKANA, 0);
    if (kana > 0 && (top == Character.UnicodeScript.HAN || kana == topCount)) {
      return "ja";
    }
    return switch (top) {
      case GREEK -> "el";
      case HANGUL -> "ko";
      case HAN -> "zh";
      case THAI -> "th";
      case HEBREW -> "he";
      case GEORGIAN -> "ka";
      case ARMENIAN -> "hy";
      case CYRILLIC -> ukrainian ? "uk" : "ru";
      case DEVANAGARI -> "hi";
      default -> "";
    };
  }
}
