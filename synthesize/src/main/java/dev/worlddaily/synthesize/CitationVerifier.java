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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The always-on check between synthesis and publication: every sentence, key point, quote,
 * figure value, perspective and timeline entry must be supported by the spans it cites, or it is
 * dropped and counted. Extractive text must lie within its spans; quotes and figure values must
 * occur verbatim. Generated text (an LLM's) must pass {@link GeneratedTextCheck}: every number,
 * name and quoted phrase in its spans, and most of its content words.
 */
public final class CitationVerifier {
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
    if (dek != null && !c.check(joinedProblem(dek, dekCitations), "dek", dek)) {
      dek = null;
      dekCitations = List.of();
    }
    List<BodyParagraph> body = new ArrayList<>();
    for (BodyParagraph p : s.body()) {
      List<CitedText> kept = new ArrayList<>();
      for (CitedText t : p.sentences()) {
        if (c.check(supportProblem(t.text(), t.citations()), "sentence", t.text())) {
          kept.add(t);
        }
      }
      if (!kept.isEmpty()) {
        body.add(new BodyParagraph(kept));
      }
    }
    List<CitedText> keyPoints = new ArrayList<>();
    for (CitedText k : s.keyPoints()) {
      if (c.check(supportProblem(k.text(), k.citations()), "key point", k.text())) {
        keyPoints.add(k);
      }
    }
    List<Quote> quotes = new ArrayList<>();
    for (Quote q : s.quotes()) {
      Optional<String> problem = q.speaker() == null || q.speaker().isBlank() ? Optional.of("no speaker") : verbatimProblem(q.text(), q.citations());
      if (c.check(problem, "quote", q.text())) {
        quotes.add(q);
      }
    }
    List<Figure> figures = new ArrayList<>();
    for (Figure f : s.figures()) {
      List<FigureValue> values = new ArrayList<>();
      for (FigureValue v : f.values()) {
        Optional<String> problem = verbatimProblem(v.text(), v.citations());
        if (problem.isPresent()) {
          c.unsupportedFigures++;
        }
        if (c.check(problem, "figure", v.text())) {
          values.add(v);
        }
      }
      if (!values.isEmpty()) {
        figures.add(new Figure(f.label(), values, f.conflict() && distinctValues(values) > 1));
      }
    }
    List<Perspective> perspectives = new ArrayList<>();
    for (Perspective p : s.perspectives()) {
      if (c.check(supportProblem(p.text(), p.citations()), "perspective", p.text())) {
        perspectives.add(p);
      }
    }
    List<TimelineEntry> timeline = new ArrayList<>();
    for (TimelineEntry t : s.timeline()) {
      if (c.check(supportProblem(t.text(), t.citations()), "timeline entry", t.text())) {
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

    boolean check(Optional<String> problem, String kind, String text) {
      checked++;
      if (problem.isPresent()) {
        dropped++;
        reasons.add("dropped " + kind + " \"" + text + "\": " + problem.get());
      }
      return problem.isEmpty();
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
    return verbatimProblem(text, citations).isEmpty();
  }

  private Optional<String> verbatimProblem(String text, List<Citation> citations) {
    List<String> spans = spans(citations);
    if (spans == null) {
      return Optional.of(citations.isEmpty() ? "no citation" : "cites a span outside its article");
    }
    if (text == null || text.isBlank()) {
      return Optional.of("empty text");
    }
    String t = squash(text);
    return spans.stream().anyMatch(s -> squash(s).contains(t)) ? Optional.empty() : Optional.of("not in its cited span");
  }

  /** True when the text is supported by its citations (see the class comment). */
  public boolean supports(String text, List<Citation> citations) {
    return supportProblem(text, citations).isEmpty();
  }

  /** Why the citations do not support the text, or empty when they do. */
  public Optional<String> supportProblem(String text, List<Citation> citations) {
    Optional<String> verbatim = verbatimProblem(text, citations);
    if (verbatim.isEmpty() || !allowGenerated || spans(citations) == null) {
      return verbatim;
    }
    return GeneratedTextCheck.problem(text, String.join(" ", spans(citations)));
  }

  /** A dek of several sentences: each piece lies in a span, or the whole passes as generated text. */
  private Optional<String> joinedProblem(String text, List<Citation> citations) {
    List<String> spans = spans(citations);
    if (spans == null) {
      return Optional.of(citations.isEmpty() ? "no citation" : "cites a span outside its article");
    }
    String joined = squash(String.join(" ", spans));
    String rest = squash(text);
    if (joined.contains(rest)) {
      return Optional.empty();
    }
    for (String s : spans) {
      String piece = squash(s);
      if (rest.startsWith(piece)) {
        rest = rest.substring(piece.length()).strip();
      } else if (piece.contains(rest)) {
        rest = "";
      }
    }
    if (rest.isEmpty()) {
      return Optional.empty();
    }
    return allowGenerated ? GeneratedTextCheck.problem(text, String.join(" ", spans)) : Optional.of("not in its cited spans");
  }

  static boolean generatedSupported(String text, String sources) {
    return GeneratedTextCheck.supported(text, sources);
  }

  private static String squash(String s) {
    return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }
}
