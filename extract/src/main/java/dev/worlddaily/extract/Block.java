package dev.worlddaily.extract;

import dev.worlddaily.model.ParagraphKind;

/** One paragraph of extracted body text. */
record Block(String text, ParagraphKind kind) {}
