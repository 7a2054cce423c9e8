package dev.worlddaily.extract;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.Outcome;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.model.ParagraphKind;
import dev.worlddaily.model.RawDocument;
import dev.worlddaily.model.text.StopwordLanguageGuesser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts an article from plain text or Markdown: a headline-like first line is the title,
 * byline lines become authors, a trailing name-and-outlet signature becomes author and outlet,
 * page junk lines (ratings, comment status, share prompts, counters, icon ligatures) are dropped,
 * and a date written in the text is the publication date.
 */
public final class TextArticleExtractor implements ArticleExtractor {
  private static final Pattern BYLINE = Pattern.compile(
      "^(?:by|von|par|por|written by|words by|reported by|text by)\\s+(.+)$|^(?:author|authors|written by|reporter|autor|auteur)\\s*:\\s*(.+)$",
      Pattern.CASE_INSENSITIVE);
  /** A dateline: "Published: 3 March 2026", "Updated 12:40, 4 March 2026", or a date alone. */
  private static final Pattern DATELINE = Pattern.compile(
      "(?i)^(?:(published|posted|date|first published)|(updated|last updated|modified))\\b\\s*(?:on|:)?\\s*(.{0,60})$");
  private static final int HEADER_LINES = 8;
  private static final int FOOTER_LINES = 4;
  private static final int MAX_DATE_LINE_WORDS = 7;
  /** Icon-font ligature names that leak into copied text, glued to the word they label. */
  private static final Pattern LIGATURE = Pattern.compile(
      "\\b(share|print|mail|email|mail_outline|chat_bubble|chat_bubble_outline|comment|favorite|favorite_border|"
          + "thumb_up|thumb_down|bookmark|bookmark_border|visibility|schedule|access_time|star|star_border|"
          + "star_half|more_vert|more_horiz|arrow_forward|arrow_back|expand_more|close|search|menu|person)"
          + "(?=\\p{Lu}|\\d)");
  /** A line holding only an icon ligature and maybe a count ("favorite_border 23", "visibility 1.2k"). */
  private static final Pattern LIGATURE_LINE = Pattern.compile(
      "^(?:share|print|mail|email|mail_outline|chat_bubble|chat_bubble_outline|comment|favorite|favorite_border|thumb_up|thumb_down|"
          + "bookmark|bookmark_border|visibility|schedule|access_time|star|star_border|star_half|more_vert|more_horiz|"
          + "arrow_forward|arrow_back|expand_more|close|search|menu|person)(?:\\s*[\\d.,]+\\s*[km]?)?$");
  private static final Pattern JUNK_LINE = Pattern.compile(
      "(?i)^(?:"
          + "[0-5](?:[.,]\\d)?\\s*(?:/\\s*5|out of 5|stars?)?\\s*\\(?\\s*[\\d,.]+\\s*(?:votes?|ratings?|reviews?)\\s*\\)?"
          + "|rating:?\\s*[\\d.,/ ]+(?:\\(.*\\))?|[\\d,.]+\\s*(?:votes?|ratings?)"
          + "|comments? (?:are|is) (?:closed|disabled|open)\\.?|no comments?(?: yet)?\\.?|\\d+ comments?|leave a (?:comment|reply)\\.?"
          + "|be the first to comment\\.?|log ?in to comment\\.?"
          + "|(?:share|tweet|email|print)(?: this(?: article| story| page)?)?(?: on \\w+)?:?"
          + "|share on (?:facebook|twitter|x|linkedin|whatsapp)|(?:facebook|twitter|linkedin|whatsapp|email)(?:\\s*[|·]\\s*(?:facebook|twitter|linkedin|whatsapp|email))*"
          + "|(?:recommended|you may also like|read more|related(?: articles| stories)?|more from .{1,40}|read next)(?: for you)?:?"
          + "|(?:print|views?|reads?)\\s*[|:·]?\\s*[\\d,.]+\\s*(?:views?|reads?)?|[\\d,.]+\\s*(?:views?|reads?|shares?)"
          + "|(?:print|email|share)(?:\\s*[|·]\\s*(?:print|email|share|[\\d,.]+\\s*views?))+"
          + "|advertisement|sponsored|subscribe(?: now)?(?: to .{1,40})?|sign up for .{1,60}|follow us(?: on .{1,40})?"
          + "|(?:was this (?:article|helpful)).{0,40}|(?:yes|no)\\s*/\\s*(?:yes|no)"
          + ")$");
  private static final Pattern NAME_LINE = Pattern.compile("^\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}$");
  private static final Pattern OUTLET_LINE = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N} &'’.-]{1,50}$");
  private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");
  private static final Pattern MD_EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_)(?=\\S)(.+?)(?<=\\S)\\1");

  private final ExtractConfig config;

  public TextArticleExtractor(ExtractConfig config) {
    this.config = config;
  }

  @Override
  public Outcome<Article> extract(RawDocument input) {
    try {
      String text = TextDecoder.decode(input.content(), input.charset(), false);
      if (text.length() > config.maxInputChars()) {
        text = text.substring(0, config.maxInputChars());
      }
      return extractText(text, input);
    } catch (RuntimeException e) {
      return Outcome.failed("unreadable text: " + e.getClass().getSimpleName());
    }
  }

  private Outcome<Article> extractText(String raw, RawDocument input) {
    List<String> lines = new ArrayList<>(Arrays.asList(raw.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)));
    for (int i = 0; i < lines.size(); i++) {
      lines.set(i, LIGATURE.matcher(lines.get(i).replace('\u00a0', ' ')).replaceAll("").strip());
    }
    lines.removeIf(l -> JUNK_LINE.matcher(l).matches() || LIGATURE_LINE.matcher(l).matches());
    String title = takeTitle(lines);
    List<String> authors = new ArrayList<>();
    Instant[] dates = new Instant[2];
    takeHeaderLines(lines, authors, dates);
    String outletName = takeSignature(lines, authors);
    List<String> texts = new ArrayList<>();
    List<ParagraphKind> kinds = new ArrayList<>();
    paragraphs(lines, texts, kinds);
    int chars = texts.stream().mapToInt(String::length).sum();
    if (chars < config.minBodyChars()) {
      return Outcome.skipped("not an article: " + chars + " characters of body text");
    }
    String body = String.join("\n", texts);
    Instant published = dates[0];
    if (published == null && dates[1] == null) {
      // No dateline: the first date written in the text.
      LocalDate written = DateParser.findInText((title == null ? "" : title + "\n") + body);
      published = written == null ? null : DateParser.noon(written);
    }
    Outlet outlet = input.outlet() != null ? input.outlet()
        : outletName != null ? new Outlet(outletName, outletName.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", ""), null, null, null, null)
        : HtmlArticleExtractor.outlet(null, input.url());
    return Outcome.ok(Article.builder()
        .url(input.url())
        .outlet(outlet)
        .title(title == null ? "" : title)
        .authors(authors)
        .published(published)
        .updated(dates[1])
        .language(StopwordLanguageGuesser.guess(body))
        .blocks(texts, kinds)
        .fetched(input.fetched())
        .build());
  }

  private static String takeTitle(List<String> lines) {
    int i = firstNonEmpty(lines, 0);
    if (i < 0) {
      return null;
    }
    String line = lines.get(i);
    boolean markdownHeading = line.startsWith("#");
    String candidate = inline(line.replaceFirst("^#+\\s*", "")).strip();
    boolean headlineLike = candidate.length() <= 200 && !candidate.matches(".*[.,;]$") && candidate.split("\\s+").length <= 30;
    if (markdownHeading || headlineLike && !BYLINE.matcher(candidate).matches()) {
      lines.set(i, "");
      // Markdown setext underline.
      int next = i + 1;
      if (next < lines.size() && lines.get(next).matches("[=-]{3,}")) {
        lines.set(next, "");
      }
      return candidate;
    }
    return null;
  }

  /**
   * Byline and dateline lines in the first and last few lines: names go to {@code authors},
   * dates to {@code dates} (publication, update), and the lines leave the body.
   */
  private static void takeHeaderLines(List<String> lines, List<String> authors, Instant[] dates) {
    List<Integer> zone = new ArrayList<>();
    for (int i = 0, seen = 0; i < lines.size() && seen < HEADER_LINES; i++) {
      if (!lines.get(i).isEmpty()) {
        zone.add(i);
        seen++;
      }
    }
    for (int i = lines.size() - 1, seen = 0; i >= 0 && seen < FOOTER_LINES; i--) {
      if (!lines.get(i).isEmpty() && !zone.contains(i)) {
        zone.add(i);
        seen++;
      }
    }
    for (int i : zone) {
      String line = inline(lines.get(i));
      Matcher m = BYLINE.matcher(line);
      if (m.matches()) {
        List<String> names = Bylines.names(m.group(1) != null ? m.group(1) : m.group(2), null);
        if (!names.isEmpty()) {
          names.stream().filter(n -> !authors.contains(n)).forEach(authors::add);
          lines.set(i, "");
        }
        continue;
      }
      Matcher d = DATELINE.matcher(line);
      boolean labelled = d.matches();
      String dateText = labelled ? d.group(3) : line;
      // An unlabelled date line is short and no sentence: "Monday, 3 March 2026", not "The vote is on 3 March 2026."
      if (!labelled && (line.split("\\s+").length > MAX_DATE_LINE_WORDS || line.matches(".*[.!?]$"))) {
        continue;
      }
      OffsetDateTime when = DateParser.parseWithOffset(dateText.length() <= 64 ? dateText : dateText.substring(0, 64));
      if (when == null) {
        LocalDate day = DateParser.findInText(dateText);
        when = day == null ? null : DateParser.atNoon(day);
      }
      if (when == null) {
        continue;
      }
      int slot = labelled && d.group(2) != null ? 1 : 0;
      if (dates[slot] == null) {
        dates[slot] = when.toInstant();
      }
      lines.set(i, "");
    }
  }

  /** A last line with an outlet name under a line with a person's name; returns the outlet. */
  private static String takeSignature(List<String> lines, List<String> authors) {
    int last = lastNonEmpty(lines, lines.size() - 1);
    if (last < 1) {
      return null;
    }
    int prev = lastNonEmpty(lines, last - 1);
    if (prev < 0) {
      return null;
    }
    String outletLine = lines.get(last).replaceFirst("^[—–-]\\s*", "");
    String nameLine = lines.get(prev).replaceFirst("^[—–-]\\s*", "");
    if (NAME_LINE.matcher(nameLine).matches() && OUTLET_LINE.matcher(outletLine).matches() && !outletLine.matches(".*[.!?]$")) {
      String name = Bylines.cleanOne(nameLine, outletLine);
      if (name != null) {
        if (!authors.contains(name)) {
          authors.add(name);
        }
        lines.set(last, "");
        lines.set(prev, "");
        return outletLine.strip();
      }
    }
    return null;
  }

  private static void paragraphs(List<String> lines, List<String> texts, List<ParagraphKind> kinds) {
    boolean blankSeparated = lines.stream().anyMatch(String::isEmpty);
    StringBuilder current = new StringBuilder();
    ParagraphKind kind = ParagraphKind.TEXT;
    for (String line : lines) {
      if (line.isEmpty() || line.startsWith("#") || line.matches("^(?:[-*+]|\\d+[.)])\\s+.*") || line.startsWith(">") || !blankSeparated) {
        flush(current, kind, texts, kinds);
        kind = ParagraphKind.TEXT;
        if (line.isEmpty()) {
          continue;
        }
        if (line.startsWith("#")) {
          addBlock(inline(line.replaceFirst("^#+\\s*", "")), ParagraphKind.HEADING, texts, kinds);
          continue;
        }
        if (line.matches("^(?:[-*+]|\\d+[.)])\\s+.*")) {
          addBlock(inline(line.replaceFirst("^(?:[-*+]|\\d+[.)])\\s+", "")), ParagraphKind.LIST_ITEM, texts, kinds);
          continue;
        }
        if (line.startsWith(">")) {
          kind = ParagraphKind.QUOTE;
          line = line.replaceFirst("^>\\s?", "");
        }
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(inline(line));
    }
    flush(current, kind, texts, kinds);
  }

  private static void flush(StringBuilder current, ParagraphKind kind, List<String> texts, List<ParagraphKind> kinds) {
    addBlock(current.toString(), kind, texts, kinds);
    current.setLength(0);
  }

  private static void addBlock(String text, ParagraphKind kind, List<String> texts, List<ParagraphKind> kinds) {
    String t = text.replaceAll("\\s+", " ").strip();
    if (!t.isEmpty() && !JUNK_LINE.matcher(t).matches()) {
      texts.add(t);
      kinds.add(kind);
    }
  }

  private static String inline(String s) {
    String out = MD_LINK.matcher(s).replaceAll("$1");
    return MD_EMPHASIS.matcher(out).replaceAll("$2");
  }

  private static int firstNonEmpty(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!lines.get(i).isEmpty()) {
        return i;
      }
    }
    return -1;
  }

  private static int lastNonEmpty(List<String> lines, int from) {
    for (int i = from; i >= 0; i--) {
      if (!lines.get(i).isEmpty()) {
        return i;
      }
    }
    return -1;
  }
}
