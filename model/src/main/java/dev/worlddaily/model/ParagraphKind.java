package dev.worlddaily.model;

/** The role of a block of article text. */
public enum ParagraphKind {
  TEXT,
  HEADING,
  LIST_ITEM,
  QUOTE
}
