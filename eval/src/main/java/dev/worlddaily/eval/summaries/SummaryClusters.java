package dev.worlddaily.eval.summaries;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the summaries set: {@code val.source} holds one cluster per line, its reports separated
 * by {@code [SEP]}, each {@code TITLE=> ... ARTICLE=> ...}; {@code val.target} the editors'
 * {@code TITLE=> headline. ARTICLE=> summary} on the matching line.
 */
final class SummaryClusters {
  private SummaryClusters() {}

  /** One outlet's excerpt. */
  record Report(String title, String text) {}

  /** One cluster with its reference. */
  record Cluster(int line, List<Report> reports, String targetTitle, String targetSummary) {
    /** The whole target the metric compares against: headline and summary, markers removed. */
    String target() {
      return (targetTitle + " " + targetSummary).strip();
    }
  }

  static List<Cluster> read(Path dir) throws IOException {
    List<String> sources = Files.readAllLines(dir.resolve("val.source"), StandardCharsets.UTF_8);
    List<String> targets = Files.readAllLines(dir.resolve("val.target"), StandardCharsets.UTF_8);
    if (sources.size() != targets.size()) {
      throw new IllegalArgumentException("val.source has " + sources.size() + " lines but val.target " + targets.size());
    }
    List<Cluster> out = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      List<Report> reports = new ArrayList<>();
      for (String part : sources.get(i).split("\\s*\\[SEP\\]\\s*")) {
        String[] tp = titleAndText(part);
        if (!tp[1].isBlank()) {
          reports.add(new Report(tp[0], tp[1]));
        }
      }
      String[] target = titleAndText(targets.get(i));
      out.add(new Cluster(i + 1, reports, target[0], target[1]));
    }
    return out;
  }

  /** Splits {@code TITLE=> t ARTICLE=> a} into {t, a}; either may be empty. */
  static String[] titleAndText(String s) {
    String t = s.strip();
    int article = t.indexOf("ARTICLE=>");
    String title = article >= 0 ? t.substring(0, article) : "";
    String text = article >= 0 ? t.substring(article + "ARTICLE=>".length()) : t;
    title = title.replaceFirst("^\\s*TITLE=>", "");
    return new String[] {title.strip(), text.strip()};
  }
}
