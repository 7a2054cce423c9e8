package dev.worlddaily.enrich;

import dev.worlddaily.model.Paragraph;
import dev.worlddaily.model.annotation.LanguageSpan;
import dev.worlddaily.model.annotation.TextSpan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Sentences with offsets, paragraph by paragraph so that no sentence crosses a paragraph break:
 * OpenNLP's models for English and German, a rule-based splitter for other languages. Both are
 * followed by repairs for what models and rules get wrong in news text (initials, "U.S.",
 * closing quotation marks).
 */
public final class SentenceSplitter {
  private static final Pattern RULE_BOUNDARY = Pattern.compile("[.!?…]+[\"'”’»)\\]]*(?=\\s+[\"'“‘«(\\[]?[\\p{Lu}\\p{N}])");
  private static final Pattern ABBREVIATION = Pattern.compile(
      "(?i)(?:\\b(?:mr|mrs|ms|dr|prof|sen|rep|gov|gen|col|lt|sgt|st|jr|sr|inc|ltd|co|corp|no|vs|etc|approx|dept|est|fig|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mt|ft|ave|rd|blvd|u\\.s|u\\.k|e\\.u|u\\.n|a\\.m|p\\.m|i\\.e|e\\.g|dr|hr|min|max|nr|bzw|ca|vgl|z\\.b|usw|mio|mrd|tsd|abs|ggf|inkl|evtl)\\.)$");
  /**
   * Abbreviations that also end sentences ("at 5 p.m.", "Harwick Holdings Inc.", "in the U.S."):
   * after them the next sentence starts only where it opens with a word that starts sentences.
   */
  private static final Pattern ENDING_ABBREVIATION = Pattern.compile(
      "(?i)(?:\\b(?:inc|ltd|co|corp|etc|jr|sr|u\\.s|u\\.k|e\\.u|u\\.n|a\\.m|p\\.m)\\.)$");
  /** Closed-class words that open a sentence and rarely follow "Inc." or "p.m." inside one. */
  private static final Pattern SENTENCE_OPENER = Pattern.compile(
      "^[\"“‘']?(?:The|A|An|This|That|These|Those|He|She|It|They|We|I|You|His|Her|Its|Their|Our|My|But|And|Or|So|Yet"
          + "|In|On|At|After|Before|When|While|If|As|Since|Although|Though|There|Here|Meanwhile|However|Then|Now|Both"
          + "|Der|Die|Das|Er|Sie|Es|Wir|Aber|Und|Le|La|Les|Il|Elle|Ils|El|Los|Las)\\b");
  /** How far back from a sentence's end an abbreviation is looked for. */
  private static final int ABBREVIATION_CHARS = 12;
  /** An initial: one capital letter and a period ("J. K. Oduya"), matched case-sensitively. */
  private static final Pattern INITIAL = Pattern.compile("(?:^|[^\\p{L}])\\p{Lu}\\.$");
  private final SentenceModel english;
  private final SentenceModel german;

  public SentenceSplitter() {
    this.english = load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin");
    this.german = load("/opennlp-de-ud-gsd-sentence-1.3-2.5.4.bin");
  }

  private static SentenceModel load(String resource) {
    try (InputStream in = SentenceSplitter.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP sentence model missing from the classpath: " + resource);
      }
      return new SentenceModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load " + resource, e);
    }
  }

  /** Sentence spans of a text, split within each paragraph, all in one language. */
  public List<TextSpan> split(String text, List<Paragraph> paragraphs, String language) {
    return split(text, blocks(text, paragraphs), List.of(), language);
  }

  /** The paragraphs as {@code [start, end)} pairs; the whole text when there are none. */
  public static List<int[]> blocks(String text, List<Paragraph> paragraphs) {
    List<int[]> blocks = new ArrayList<>();
    if (paragraphs == null || paragraphs.isEmpty()) {
      blocks.add(new int[] {0, text.length()});
    } else {
      paragraphs.forEach(p -> blocks.add(new int[] {p.start(), p.end()}));
    }
    return blocks;
  }

  /**
   * Sentence spans of a text, split within each block in the language detected for that
   * paragraph (a German quote paragraph in an English article gets the German model), or the
   * article's language where none was detected.
   */
  public List<TextSpan> split(String text, List<int[]> blocks, List<LanguageSpan> paragraphLanguages, String language) {
    List<TextSpan> out = new ArrayList<>();
    Map<Integer, String> languageByStart = new HashMap<>();
    paragraphLanguages.forEach(l -> languageByStart.put(l.start(), l.language()));
    Map<String, SentenceDetectorME> detectors = new HashMap<>();
    for (int[] b : blocks) {
      String block = text.substring(b[0], b[1]);
      String lang = languageByStart.getOrDefault(b[0], language);
      SentenceModel model = "de".equals(lang) ? german : "en".equals(lang) || lang == null ? english : null;
      SentenceDetectorME detector = model == null ? null : detectors.computeIfAbsent(model == german ? "de" : "en", k -> new SentenceDetectorME(model));
      List<int[]> spans = detector != null ? modelSpans(detector, block) : ruleSpans(block);
      for (int[] s : repair(block, spans)) {
        int start = b[0] + s[0];
        int end = b[0] + s[1];
        while (start < end && Character.isWhitespace(text.charAt(start))) {
          start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
          end--;
        }
        if (end > start) {
          out.add(new TextSpan(start, end));
        }
      }
    }
    return out;
  }

  private static List<int[]> modelSpans(SentenceDetectorME detector, String block) {
    List<int[]> out = new ArrayList<>();
    for (Span s : detector.sentPosDetect(block)) {
      out.add(new int[] {s.getStart(), s.getEnd()});
    }
    if (out.isEmpty() && !block.isBlank()) {
      out.add(new int[] {0, block.length()});
    }
    return out;
  }

  static List<int[]> ruleSpans(String block) {
    List<int[]> out = new ArrayList<>();
    Matcher m = RULE_BOUNDARY.matcher(block);
    int start = 0;
    while (m.find()) {
      out.add(new int[] {start, m.end()});
      start = m.end();
    }
    if (start < block.length() && !block.substring(start).isBlank()) {
      out.add(new int[] {start, block.length()});
    }
    return out;
  }

  /**
   * Joins a sentence to the next when it ends in an abbreviation or initial (unless the
   * abbreviation can end a sentence, as "p.m." and "Inc." do, and the next opens with a word that
   * starts sentences: "The", "He", "But"), when the next begins
   * in lower case or with a closing quotation mark, or when the sentence ends inside an open
   * quotation ("Measles spreads faster than any rumour. We must move faster," Dr Ba said.) and
   * the joined sentence stays under {@link #MAX_QUOTED_CHARS}: models and rules split there too
   * often, and a quote cut in two can no longer be cited whole.
   */
  static List<int[]> repair(String block, List<int[]> spans) {
    List<int[]> out = new ArrayList<>();
    QuoteState quotes = new QuoteState();
    for (int[] s : spans) {
      if (!out.isEmpty()) {
        int[] last = out.get(out.size() - 1);
        String prev = block.substring(last[0], last[1]).stripTrailing();
        String next = block.substring(s[0], s[1]).stripLeading();
        boolean abbreviation = endsWith(ABBREVIATION, prev)
            && !(endsWith(ENDING_ABBREVIATION, prev) && SENTENCE_OPENER.matcher(next).find());
        boolean join = abbreviation || endsWith(INITIAL, prev)
            || !next.isEmpty() && (Character.isLowerCase(next.charAt(0)) || "”’\"'),;:".indexOf(next.charAt(0)) >= 0 && next.length() < 3)
            || quotes.openAt(block, last[1]) && s[1] - last[0] <= MAX_QUOTED_CHARS;
        if (join) {
          last[1] = s[1];
          continue;
        }
      }
      out.add(new int[] {s[0], s[1]});
    }
    return out;
  }

  /** Whether {@code pattern} (anchored at the end) matches the last characters of {@code s}. */
  private static boolean endsWith(Pattern pattern, String s) {
    Matcher m = pattern.matcher(s);
    m.region(Math.max(0, s.length() - ABBREVIATION_CHARS), s.length());
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    return m.find();
  }

  /** Sentences joined to keep a quotation whole stay below this length; a longer quote is split. */
  static final int MAX_QUOTED_CHARS = 700;

  /** Whether a quotation opened in {@code block} before {@code offset} is still open there. */
  static boolean openQuotation(String block, int offset) {
    return new QuoteState().openAt(block, offset);
  }

  /**
   * Quotation marks counted from the start of a block up to growing offsets: curly marks as
   * opening and closing, straight double quotes and guillemets (either direction) by parity,
   * German low marks closed by the upper one.
   */
  private static final class QuoteState {
    private int scanned;
    private int curly;
    private int straight;
    private int guillemets;
    private int low;

    boolean openAt(String block, int offset) {
      for (; scanned < offset; scanned++) {
        char c = block.charAt(scanned);
        switch (c) {
          case '“' -> {
            if (low > 0) {
              low--;
            } else {
              curly++;
            }
          }
          case '”' -> curly = Math.max(0, curly - 1);
          case '"' -> straight++;
          case '«', '»' -> guillemets++;
          case '„' -> low++;
          default -> { }
        }
      }
      return curly > 0 || straight % 2 == 1 || guillemets % 2 == 1 || low > 0;
    }
  }
}
