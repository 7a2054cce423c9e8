package dev.worlddaily.extract;

import dev.worlddaily.model.ParagraphKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The last pass over an article's blocks: junk lines, bylines, promotions, "related" sections,
 * the repeated headline and dangling headings.
 */
final class BlockFilter {
  private static final int MAX_JUNK_CHARS = 200;
  private static final int MAX_PROMOTION_CHARS = 400;

  private BlockFilter() {}

  private static boolean endsSentence(String t) {
    char last = t.charAt(t.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == ':';
  }

  static List<Block> filter(List<Block> blocks, String title) {
    List<Block> out = new ArrayList<>();
    String normalizedTitle = title == null ? "" : title.strip().toLowerCase(Locale.ROOT);
    boolean inRelated = false;
    for (Block b : blocks) {
      String t = b.text();
      if (inRelated) {
        // A "related" section runs on while its items are links or short teasers.
        if (b.kind() != ParagraphKind.HEADING && (b.linkDensity() > 0.5 || t.length() < 60)) {
          continue;
        }
        inRelated = false;
      }
      if (t.length() <= 80 && BoilerplateVocabulary.RELATED_HEADING.matcher(t).matches()) {
        inRelated = true;
        continue;
      }
      // Length first: the patterns are for short lines, and most blocks are long paragraphs.
      if (t.length() <= MAX_JUNK_CHARS
          && (BoilerplateVocabulary.JUNK_BLOCK.matcher(t).matches() || BoilerplateVocabulary.BYLINE_LINE.matcher(t).matches())) {
        continue;
      }
      if (t.length() <= MAX_PROMOTION_CHARS && BoilerplateVocabulary.isPromotion(t)) {
        continue;
      }
      if (b.kind() == ParagraphKind.HEADING && t.toLowerCase(Locale.ROOT).equals(normalizedTitle)) {
        continue;
      }
      if (b.kind() != ParagraphKind.HEADING && b.kind() != ParagraphKind.LIST_ITEM && t.length() < 15 && !endsSentence(t)) {
        continue;
      }
      if (!out.isEmpty() && out.get(out.size() - 1).text().equals(t)) {
        continue;
      }
      out.add(b);
    }
    // Headings with nothing after them are section labels of removed boilerplate.
    while (!out.isEmpty() && out.get(out.size() - 1).kind() == ParagraphKind.HEADING) {
      out.remove(out.size() - 1);
    }
    return out;
  }
}
