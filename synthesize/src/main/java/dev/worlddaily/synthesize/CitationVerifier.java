package dev.worlddaily.synthesize;

import dev.worlddaily.model.Citation;
import dev.worlddaily.model.story.BodyParagraph;
import dev.worlddaily.model.story.CitedText;
import dev.worlddaily.model.story.Figure;
import dev.worlddaily.model.story.FigureValue;
import dev.worlddaily.model.story.Perspective;
import dev.worlddaily.model.story.Quote;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.model.story.TimelineEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The always-on check between synthesis and publication: every sentence, key point, quote,
 * figure value, perspective and timeline entry must be supported by the spans it cites, or it is
 * dropped and counted. Extractive text must lie within its spans; quotes and figure values must
 * occur verbatim. Generated text (an LLM's) must have every number, name and quoted phrase in
 * its spans and share most of its content words with them.
 */
public final class CitationVerifier {
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
  private static final Pattern NAME = Pattern.compile("(?<=[\\s(\"“])\\p{Lu}[\\p{L}'’-]+");
  private static final Pattern QUOTED = Pattern.compile("[\"“]([^\"“”]{3,})[\"”]");
  private static final double MIN_CONTENT_OVERLAP = 0.6;

  private final Map<String, String> texts;
  private final boolean allowGenerated;

  /**
   * @param texts article texts by article id (the span bases)
   * @param allowGenerated accept text that is not a verbatim span but passes the support checks
   */
  public CitationVerifier(Map<String, String> texts, boolean allowGenerated) {
    this.texts = texts;
    this.allowGenerated = allowGenerated;
  }

  /** A verified story and what was dropped. */
  public record Result(Story story, VerificationReport report) {}

  public Result verify(Story s) {
    Counter c = new Counter();
    String dek = s.dek();
    List<Citation> dekCitations = s.dekCitations();
    if (dek != null) {
      if (!c.check(supportsJoined(dek, dekCitations), "dek")) {
        dek = null;
        dekCitations = List.of();
      }
    }
    List<BodyParagraph> body = new ArrayList<>();
    for (BodyParagraph p : s.body()) {
      List<CitedText> kept = new ArrayList<>();
      for (CitedText t : p.sentences()) {
        if (c.check(supports(t.text(), t.citations()), "sentence: " + t.text())) {
          kept.add(t);
        }
      }
      if (!kept.isEmpty()) {
        body.add(new BodyParagraph(kept));
      }
    }
    List<CitedText> keyPoints = new ArrayList<>();
    for (CitedText k : s.keyPoints()) {
      if (c.check(supports(k.text(), k.citations()), "key point: " + k.text())) {
        keyPoints.add(k);
      }
    }
    List<Quote> quotes = new ArrayList<>();
    for (Quote q : s.quotes()) {
      if (c.check(verbatim(q.text(), q.citations()) && q.speaker() != null && !q.speaker().isBlank(), "quote: " + q.text())) {
        quotes.add(q);
      }
    }
    List<Figure> figures = new ArrayList<>();
    for (Figure f : s.figures()) {
      List<FigureValue> values = new ArrayList<>();
      for (FigureValue v : f.values()) {
        boolean ok = verbatim(v.text(), v.citations());
        if (!ok) {
          c.unsupportedFigures++;
        }
        if (c.check(ok, "figure: " + v.text())) {
          values.add(v);
        }
      }
      if (!values.isEmpty()) {
        figures.add(new Figure(f.label(), values, f.conflict() && distinctValues(values) > 1));
      }
    }
    List<Perspective> perspectives = new ArrayList<>();
    for (Perspective p : s.perspectives()) {
      if (c.check(supports(p.text(), p.citations()), "perspective: " + p.text())) {
        perspectives.add(p);
      }
    }
    List<TimelineEntry> timeline = new ArrayList<>();
    for (TimelineEntry t : s.timeline()) {
      if (c.check(supports(t.text(), t.citations()), "timeline: " + t.text())) {
        timeline.add(t);
      }
    }
    Story verified = s.toBuilder().dek(dek, dekCitations).body(body).keyPoints(keyPoints).quotes(quotes)
        .figures(figures).perspectives(perspectives).timeline(timeline).build();
    return new Result(verified, new VerificationReport(c.checked, c.dropped, c.unsupportedFigures, c.reasons));
  }

  private static long distinctValues(List<FigureValue> values) {
    return values.stream().map(FigureValue::value).distinct().count();
  }

  /** Mutable tally of one verification. */
  private static final class Counter {
    int checked;
    int dropped;
    int unsupportedFigures;
    final List<String> reasons = new ArrayList<>();

    boolean check(boolean ok, String what) {
      checked++;
      if (!ok) {
        dropped++;
        reasons.add("unsupported " + what);
      }
      return ok;
    }
  }

  /** The spans' texts, or null when a citation does not point into a known article. */
  private List<String> spans(List<Citation> citations) {
    if (citations.isEmpty()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (Citation c : citations) {
      String text = texts.get(c.articleId());
      if (text == null || c.end() > text.length()) {
        return null;
      }
      out.add(text.substring(c.start(), c.end()));
    }
    return out;
  }

  /** True when the text occurs verbatim (whitespace aside) in one cited span. */
  public boolean verbatim(String text, List<Citation> citations) {
    List<String> spans = spans(citations);
    if (spans == null || text == null || text.isBlank()) {
      return false;
    }
    String t = squash(text);
    return spans.stream().anyMatch(s -> squash(s).contains(t));
  }

  /** True when the text is supported by its citations (see the class comment). */
  public boolean supports(String text, List<Citation> citations) {
    if (verbatim(text, citations)) {
      return true;
    }
    List<String> spans = spans(citations);
    return allowGenerated && spans != null && generatedSupported(text, String.join(" ", spans));
  }

  private boolean supportsJoined(String text, List<Citation> citations) {
    List<String> spans = spans(citations);
    if (spans == null) {
      return false;
    }
    String joined = squash(String.join(" ", spans));
    String t = squash(text);
    if (joined.contains(t) || joined.equals(t)) {
      return true;
    }
    // A dek of several sentences: each piece must lie in a span.
    String rest = t;
    for (String s : spans) {
      String piece = squash(s);
      if (rest.startsWith(piece)) {
        rest = rest.substring(piece.length()).strip();
      } else if (piece.contains(rest)) {
        rest = "";
      }
    }
    return rest.isEmpty() || allowGenerated && generatedSupported(text, String.join(" ", spans));
  }

  static boolean generatedSupported(String text, String sources) {
    String src = squash(sources);
    Matcher n = NUMBER.matcher(text);
    while (n.find()) {
      if (!src.contains(n.group())) {
        return false;
      }
    }
    Matcher q = QUOTED.matcher(text);
    while (q.find()) {
      if (!src.contains(squash(q.group(1)))) {
        return false;
      }
    }
    Matcher name = NAME.matcher(" " + text);
    while (name.find()) {
      if (!src.contains(name.group())) {
        return false;
      }
    }
    Set<String> words = Terms.of(text).keySet();
    if (words.isEmpty()) {
      return false;
    }
    Set<String> sourceWords = new HashSet<>(Terms.of(sources).keySet());
    long shared = words.stream().filter(sourceWords::contains).count();
    return shared >= MIN_CONTENT_OVERLAP * words.size();
  }

  private static String squash(String s) {
    return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }
}
