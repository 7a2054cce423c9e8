package dev.worlddaily.extract;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.Outcome;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.model.ParagraphKind;
import dev.worlddaily.model.RawDocument;
import java.time.Instant;
import java.time.LocalDate;
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
      "^(?:by|von|par|por)\\s+(.+)$|^(?:author|authors|written by|reporter)\\s*:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
  /** Icon-font ligature names that leak into copied text, glued to the word they label. */
  private static final Pattern LIGATURE = Pattern.compile(
      "\\b(share|print|mail|email|mail_outline|chat_bubble|chat_bubble_outline|comment|favorite|favorite_border|"
          + "thumb_up|thumb_down|bookmark|bookmark_border|visibility|schedule|access_time|star|star_border|"
          + "star_half|more_vert|more_horiz|arrow_forward|arrow_back|expand_more|close|search|menu|person)"
          + "(?=\\p{Lu}|\\d)");
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
    lines.removeIf(l -> JUNK_LINE.matcher(l).matches());
    String title = takeTitle(lines);
    List<String> authors = new ArrayList<>();
    takeBylines(lines, authors);
    String outletName = takeSignature(lines, authors);
    List<String> texts = new ArrayList<>();
    List<ParagraphKind> kinds = new ArrayList<>();
    paragraphs(lines, texts, kinds);
    int chars = texts.stream().mapToInt(String::length).sum();
    if (chars < config.minBodyChars()) {
      return Outcome.skipped("not an article: " + chars + " characters of body text");
    }
    String body = String.join("\n", texts);
    LocalDate written = DateParser.findInText((title == null ? "" : title + "\n") + body);
    Instant published = written == null ? null : DateParser.noon(written);
    Outlet outlet = input.outlet() != null ? input.outlet()
        : outletName != null ? new Outlet(outletName, outletName.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", ""), null, null, null, null)
        : HtmlArticleExtractor.outlet(null, input.url());
    return Outcome.ok(Article.builder()
        .url(input.url())
        .outlet(outlet)
        .title(title == null ? "" : title)
        .authors(authors)
        .published(published)
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

  private static void takeBylines(List<String> lines, List<String> authors) {
    int seen = 0;
    for (int i = 0; i < lines.size() && seen < 6; i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        continue;
      }
      seen++;
      Matcher m = BYLINE.matcher(inline(line));
      if (m.matches()) {
        String names = m.group(1) != null ? m.group(1) : m.group(2);
        authors.addAll(Bylines.names(names, null));
        lines.set(i, "");
      } else if (line.matches("(?i)^(?:published|updated|posted)\\b.{0,60}$")) {
        lines.set(i, "");
      }
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
