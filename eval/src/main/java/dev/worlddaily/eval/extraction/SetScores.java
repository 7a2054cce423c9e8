package dev.worlddaily.eval.extraction;

import dev.worlddaily.eval.extraction.EvalSets.Page;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The metrics of shared/eval/README.md over one system's results on a set. */
final class SetScores {
  private SetScores() {}

  /** scrapinghub: {precision, recall, F1} of the per-page shingle scores, F1 of the two means. */
  static double[] scrapinghub(List<Page> pages, List<Extractor.Result> results) {
    double p = 0;
    double r = 0;
    int np = 0;
    int nr = 0;
    for (int i = 0; i < pages.size(); i++) {
      TextMetrics.PageScore s = TextMetrics.shingles(pages.get(i).body(), results.get(i).text());
      if (!Double.isNaN(s.precision())) {
        p += s.precision();
        np++;
      }
      if (!Double.isNaN(s.recall())) {
        r += s.recall();
        nr++;
      }
    }
    double precision = np == 0 ? 0 : p / np;
    double recall = nr == 0 ? 0 : r / nr;
    return new double[] {precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)};
  }

  /**
   * wcxb: means of per-page word P, R and F1; the share of all {@code with} snippets found and of
   * all {@code without} snippets found (in the normalised text); title, author and date accuracy
   * by {@link MetadataMatch}, over the pages whose truth has that field (NaN for a system that
   * gives no such field).
   */
  static Map<String, Double> wcxb(List<Page> pages, List<Extractor.Result> results) {
    double p = 0;
    double r = 0;
    double f1 = 0;
    int[] with = new int[2];
    int[] without = new int[2];
    int[] titles = new int[3];
    int[] authors = new int[2];
    int[] dates = new int[3];
    for (int i = 0; i < pages.size(); i++) {
      Page page = pages.get(i);
      Extractor.Result res = results.get(i);
      double[] s = TextMetrics.words(page.body(), res.text());
      p += s[0];
      r += s[1];
      f1 += s[2];
      String text = TextMetrics.normalized(res.text());
      for (String w : page.with()) {
        with[0]++;
        with[1] += text.contains(TextMetrics.normalized(w)) ? 1 : 0;
      }
      for (String w : page.without()) {
        String n = TextMetrics.normalized(w);
        without[0]++;
        without[1] += !n.isEmpty() && text.contains(n) ? 1 : 0;
      }
      if (page.title() != null && !page.title().isBlank()) {
        titles[0]++;
        titles[1] += MetadataMatch.sameTitle(page.title(), res.title()) ? 1 : 0;
        titles[2] += MetadataMatch.closeTitle(page.title(), res.title()) ? 1 : 0;
      }
      if (page.author() != null && !page.author().isBlank()) {
        authors[0]++;
        authors[1] += MetadataMatch.sameAuthors(page.author(), res.authors()) ? 1 : 0;
      }
      if (page.date() != null && !page.date().isBlank()) {
        dates[0]++;
        dates[1] += MetadataMatch.statesDate(res.published(), res.updated(), page.date()) ? 1 : 0;
        dates[2] += MetadataMatch.sameDay(res.published(), page.date()) ? 1 : 0;
      }
    }
    int n = Math.max(1, pages.size());
    boolean hasTitles = results.stream().anyMatch(x -> x.title() != null);
    boolean hasAuthors = results.stream().anyMatch(x -> !x.authors().isEmpty());
    boolean hasDates = results.stream().anyMatch(x -> x.published() != null || x.updated() != null);
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("p", p / n);
    out.put("r", r / n);
    out.put("f1", f1 / n);
    out.put("with", with[0] == 0 ? 1 : with[1] / (double) with[0]);
    out.put("without", without[0] == 0 ? 0 : without[1] / (double) without[0]);
    out.put("title", share(hasTitles, titles[1], titles[0]));
    out.put("titleClose", share(hasTitles, titles[2], titles[0]));
    out.put("author", share(hasAuthors, authors[1], authors[0]));
    out.put("date", share(hasDates, dates[1], dates[0]));
    out.put("datePublished", share(hasDates, dates[2], dates[0]));
    return out;
  }

  private static double share(boolean measured, int right, int total) {
    return measured && total > 0 ? right / (double) total : Double.NaN;
  }
}
