package dev.worlddaily.app.cli;

import dev.worlddaily.model.Citation;
import dev.worlddaily.model.story.BodyParagraph;
import dev.worlddaily.model.story.Figure;
import dev.worlddaily.model.story.FigureValue;
import dev.worlddaily.model.story.Quote;
import dev.worlddaily.model.story.Related;
import dev.worlddaily.model.story.Source;
import dev.worlddaily.model.story.Story;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Plain-text rendering of stories for the terminal: citations as [n] marks into the source list. */
final class StoryText {
  private StoryText() {}

  static void summaryLine(PrintStream out, Story s, boolean published) {
    out.printf(Locale.ROOT, "%-18s v%-3d %-2d outlets  %-10s %s%s%n",
        s.id(), s.version(), s.coverage() == null ? 0 : s.coverage().outlets(),
        s.category() == null ? "-" : s.category().label(), s.headline(), published ? "" : "  (not published)");
  }

  static void full(PrintStream out, Story s) {
    Map<String, Integer> number = new HashMap<>();
    for (int i = 0; i < s.sources().size(); i++) {
      number.put(s.sources().get(i).articleId(), i + 1);
    }
    out.println((s.category() == null ? "" : s.category().label().toUpperCase(Locale.ROOT))
        + (s.tags().isEmpty() ? "" : "  ·  " + String.join(" / ", s.tags())));
    out.println(s.headline());
    out.println();
    if (s.dek() != null) {
      out.println(s.dek() + marks(s.dekCitations(), number));
      out.println();
    }
    for (BodyParagraph p : s.body()) {
      out.println(p.sentences().stream().map(t -> t.text() + marks(t.citations(), number)).collect(Collectors.joining(" ")));
      out.println();
    }
    section(out, "Key points", s.keyPoints().stream().map(k -> "• " + k.text() + marks(k.citations(), number)).toList());
    section(out, "Quotes", s.quotes().stream().map((Quote q) -> "“" + q.text() + "” — " + q.speaker() + marks(q.citations(), number)).toList());
    section(out, "Figures", s.figures().stream().map(f -> figureLine(f, number)).toList());
    section(out, "Perspectives", s.perspectives().stream().map(p -> p.outlet() + ": " + p.text() + marks(p.citations(), number)).toList());
    section(out, "Timeline", s.timeline().stream().map(t -> t.date() + "  " + t.text() + marks(t.citations(), number)).toList());
    section(out, "Related", s.related().stream().map((Related r) -> r.relation().label() + ": " + r.headline() + " (" + r.id() + ")").toList());
    List<String> sources = new java.util.ArrayList<>();
    for (int i = 0; i < s.sources().size(); i++) {
      Source src = s.sources().get(i);
      sources.add("[" + (i + 1) + "] " + src.outlet() + ": " + src.title() + "  " + src.url());
    }
    section(out, "Sources", sources);
    if (s.coverage() != null) {
      out.printf(Locale.ROOT, "Coverage: %d articles, %d independent outlets, countries %s%s%n",
          s.coverage().articles(), s.coverage().outlets(), s.coverage().countries(), s.coverage().oneSided() ? " (one-sided)" : "");
    }
    out.printf(Locale.ROOT, "Story %s, version %d, updated %s%n", s.id(), s.version(), s.updated());
  }

  private static String figureLine(Figure f, Map<String, Integer> number) {
    String values = f.values().stream().map((FigureValue v) -> v.text() + marks(v.citations(), number)).collect(Collectors.joining("; "));
    return f.label() + ": " + values + (f.conflict() ? "  (sources disagree)" : "");
  }

  private static void section(PrintStream out, String title, List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    out.println(title);
    lines.forEach(l -> out.println("  " + l));
    out.println();
  }

  private static String marks(List<Citation> citations, Map<String, Integer> number) {
    String m = citations.stream().map(c -> number.get(c.articleId())).filter(java.util.Objects::nonNull)
        .distinct().map(n -> "[" + n + "]").collect(Collectors.joining());
    return m.isEmpty() ? "" : " " + m;
  }

}
