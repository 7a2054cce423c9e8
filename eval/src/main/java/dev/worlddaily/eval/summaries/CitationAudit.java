package dev.worlddaily.eval.summaries;

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
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An audit of a published story, written apart from the synthesizer's own verifier so that it
 * checks it rather than repeats it: every sentence, key point, quote, figure value, perspective
 * and timeline entry must lie verbatim (whitespace aside) in one of the spans it cites, the dek
 * must be made of pieces that do, a quote's speaker must be named in its article, and a figure
 * value's number must be the one its text states.
 */
final class CitationAudit {
  private static final Pattern NUMBER = Pattern.compile("(\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s*(thousand|million|billion|trillion|bn|m|k)?\\b",
      Pattern.CASE_INSENSITIVE);

  private final Map<String, String> texts;
  private int elements;
  private int supported;
  private int figures;
  private int unsupportedFigures;
  private final List<String> failures = new ArrayList<>();

  /** @param texts the article texts by id, the base of every citation */
  CitationAudit(Map<String, String> texts) {
    this.texts = texts;
  }

  int elements() {
    return elements;
  }

  int supported() {
    return supported;
  }

  int figures() {
    return figures;
  }

  int unsupportedFigures() {
    return unsupportedFigures;
  }

  List<String> failures() {
    return failures;
  }

  void audit(Story s) {
    if (s.dek() != null) {
      record(dekSupported(s.dek(), s.dekCitations()), "dek", s.dek());
    }
    for (BodyParagraph p : s.body()) {
      for (CitedText t : p.sentences()) {
        record(inOneSpan(t.text(), t.citations()), "sentence", t.text());
      }
    }
    for (CitedText k : s.keyPoints()) {
      record(inOneSpan(k.text(), k.citations()), "key point", k.text());
    }
    for (Quote q : s.quotes()) {
      boolean speakerNamed = q.speaker() != null && !q.speaker().isBlank()
          && q.citations().stream().anyMatch(c -> texts.getOrDefault(c.articleId(), "").contains(lastName(q.speaker())));
      record(inOneSpan(q.text(), q.citations()) && speakerNamed, "quote", q.text());
    }
    for (Figure f : s.figures()) {
      for (FigureValue v : f.values()) {
        boolean ok = inOneSpan(v.text(), v.citations()) && statesValue(v.text(), v.value());
        figures++;
        if (!ok) {
          unsupportedFigures++;
        }
        record(ok, "figure", v.text());
      }
    }
    for (Perspective p : s.perspectives()) {
      record(inOneSpan(p.text(), p.citations()), "perspective", p.text());
    }
    for (TimelineEntry t : s.timeline()) {
      record(inOneSpan(t.text(), t.citations()), "timeline", t.text());
    }
  }

  private void record(boolean ok, String kind, String text) {
    elements++;
    if (ok) {
      supported++;
    } else {
      failures.add(kind + ": " + text);
    }
  }

  private String span(Citation c) {
    String text = texts.get(c.articleId());
    if (text == null || c.start() < 0 || c.end() > text.length() || c.start() >= c.end()) {
      return null;
    }
    return text.substring(c.start(), c.end());
  }

  boolean inOneSpan(String text, List<Citation> citations) {
    if (text == null || text.isBlank()) {
      return false;
    }
    String t = normal(text);
    for (Citation c : citations) {
      String span = span(c);
      if (span != null && normal(span).contains(t)) {
        return true;
      }
    }
    return false;
  }

  /** The dek, read left to right, is a sequence of pieces each lying in one cited span. */
  boolean dekSupported(String dek, List<Citation> citations) {
    String rest = normal(dek);
    List<String> spans = new ArrayList<>();
    for (Citation c : citations) {
      String span = span(c);
      if (span == null) {
        return false;
      }
      spans.add(normal(span));
    }
    while (!rest.isEmpty()) {
      int longest = 0;
      for (String span : spans) {
        for (int end = rest.length(); end > longest; end--) {
          if (span.contains(rest.substring(0, end))) {
            longest = end;
            break;
          }
        }
      }
      if (longest == 0) {
        return false;
      }
      rest = rest.substring(longest).strip();
    }
    return true;
  }

  /** True when the first number the text states, with its scale word, is the value (0.5 % tolerance). */
  static boolean statesValue(String text, double value) {
    Matcher m = NUMBER.matcher(text);
    if (!m.find()) {
      return true; // a number in words ("three"): the verbatim check above is all we can do
    }
    double n = Double.parseDouble(m.group(1).replace(",", ""));
    String scale = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
    n *= switch (scale) {
      case "thousand", "k" -> 1e3;
      case "million", "m" -> 1e6;
      case "billion", "bn" -> 1e9;
      case "trillion" -> 1e12;
      default -> 1;
    };
    return Math.abs(n - value) <= 0.005 * Math.max(Math.abs(n), Math.abs(value)) || Math.abs(Double.parseDouble(m.group(1).replace(",", "")) - value) < 1e-9;
  }

  private static String lastName(String speaker) {
    String[] parts = speaker.strip().split("\\s+");
    return parts[parts.length - 1];
  }

  private static String normal(String s) {
    return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }
}
