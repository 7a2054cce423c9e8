package dev.worlddaily.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Repairs a visible headline with what the page's meta titles say about it: entities escaped
 * twice ("Tools &amp;#x26; Tips"), characters the page lost to a bad encoding ("Beginner? Guide"
 * where og:title reads "Beginner's Guide"), a date or a label of one or two words set before it ("Dec 18
 * 2025 Title", "Blog: Title") that no meta title carries, and a link aggregator's source domain and
 * comment count set after it ("Title (alder.example) 87").
 */
final class HeadlineRepairs {
  private static final Pattern ENTITY = Pattern.compile("&(?:#x?[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
  /** A character lost to a bad encoding: '?' or U+FFFD between letters. */
  /** Most lost characters a title may have for {@link #restoreLost} to look for its meta title. */
  private static final int MAX_LOST = 6;
  private static final Pattern LOST = Pattern.compile("(?<=\\p{L})(?:\\?|\uFFFD)(?=\\s\\p{L}|\\p{L})|\uFFFD");
  private static final Pattern LEADING_DATE = Pattern.compile(
      "(?i)^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
          + "|\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})\\s*[|·•:–—-]?\\s+");
  private static final Pattern LEADING_LABEL = Pattern.compile("^\\p{L}+(?: \\p{L}+)?:\\s*");
  /** A link aggregator's additions after a headline: the source's domain in brackets and a comment count ("(alder.example) 87"). */
  private static final Pattern TRAILING_SOURCE = Pattern.compile("\\s*\\((?:[\\p{L}\\p{N}-]+\\.)+\\p{L}{2,}\\)(?:\\s+\\d+)?$");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  /** A UTF-8 sequence read as Latin-1: a lead byte (Ã to ô) and continuation bytes, one of them a C1 control. */
  private static final Pattern MOJIBAKE = Pattern.compile("[\\u00c2-\\u00f4][\\u0080-\\u00bf]{1,3}");

  private HeadlineRepairs() {}

  /** A title as readers should see it: entities escaped twice decoded, UTF-8 read as Latin-1 ("Investorâ\u0080\u0099s") undone. */
  static String readable(String text) {
    // Decoded entities may hold line breaks or tabs ("&#10;"): a title stays one line.
    return undoMojibake(decodeEntities(text)).replaceAll("[\\s\\p{Cc}]+", " ").strip();
  }

  /**
   * Undoes UTF-8 bytes read as Latin-1: runs of Latin-1 characters holding a C1 control (never
   * typed on purpose) that decode as UTF-8 are decoded.
   */
  static String undoMojibake(String text) {
    Matcher m = MOJIBAKE.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int at = 0;
    do {
      if (m.group().chars().noneMatch(c -> c >= 0x80 && c <= 0x9f)) {
        continue;
      }
      byte[] bytes = m.group().getBytes(StandardCharsets.ISO_8859_1);
      try {
        String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        if (decoded.chars().noneMatch(Character::isISOControl)) {
          out.append(text, at, m.start()).append(decoded);
          at = m.end();
        }
      } catch (CharacterCodingException e) {
        // Not UTF-8 after all: the run stays as it is.
      }
    } while (m.find());
    return out.append(text.substring(at)).toString();
  }

  /** Entities left in text by pages that escaped them twice, decoded. */
  static String decodeEntities(String text) {
    return text.indexOf('&') >= 0 && ENTITY.matcher(text).find() ? Parser.unescapeEntities(text, false) : text;
  }

  /** The h1, repaired with the meta titles (already cleaned of the outlet's name). */
  static String repair(String h1, List<String> cleanMetas) {
    String lost = restoreLost(h1, cleanMetas);
    if (lost != null) {
      return lost;
    }
    Matcher source = TRAILING_SOURCE.matcher(h1);
    if (source.find() && source.start() > 0) {
      String head = h1.substring(0, source.start()).strip();
      if (cleanMetas.stream().anyMatch(t -> sameWords(t, head))) {
        return head;
      }
    }
    for (Pattern lead : new Pattern[] {LEADING_DATE, LEADING_LABEL}) {
      Matcher m = lead.matcher(h1);
      if (m.find() && m.end() < h1.length()) {
        String rest = h1.substring(m.end()).strip();
        if (cleanMetas.stream().anyMatch(t -> sameWords(t, rest)) && cleanMetas.stream().noneMatch(t -> sameWords(t, h1))) {
          return rest;
        }
      }
    }
    return h1;
  }

  /** The meta title that reads like the h1 with its lost characters, or null. */
  private static String restoreLost(String h1, List<String> cleanMetas) {
    Matcher m = LOST.matcher(h1);
    if (!m.find()) {
      return null;
    }
    StringBuilder regex = new StringBuilder();
    int at = 0;
    int lost = 0;
    m.reset();
    while (m.find()) {
      // Each lost character may stand for 1-3 others: a failed match tries 3^n ways, so a title
      // with many is left alone (a fuzzed page with dozens took a minute).
      if (++lost > MAX_LOST) {
        return null;
      }
      regex.append(Pattern.quote(h1.substring(at, m.start()))).append(".{1,3}?");
      at = m.end();
    }
    regex.append(Pattern.quote(h1.substring(at)));
    Pattern p = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    for (String t : cleanMetas) {
      if (p.matcher(t).matches()) {
        return t;
      }
    }
    return null;
  }

  private static boolean sameWords(String a, String b) {
    return words(a).equals(words(b)) && !words(a).isEmpty();
  }

  private static List<String> words(String s) {
    return WORD.matcher(s.toLowerCase(Locale.ROOT)).results().map(java.util.regex.MatchResult::group).toList();
  }
}
