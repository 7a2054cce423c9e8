package dev.worlddaily.extract;

import dev.worlddaily.model.ParagraphKind;

/**
 * One paragraph of extracted body text.
 *
 * @param linkDensity the share of its characters inside links, 0 to 1
 */
record Block(String text, ParagraphKind kind, double linkDensity) {
  Block(String text, ParagraphKind kind) {
    this(text, kind, 0);
  }
}
