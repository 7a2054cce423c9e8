package dev.worlddaily.enrich;

/** How sure the rules are of an entity's type: a default guess yields to a cue elsewhere in the document. */
final class Evidence {
  /** Only the shape of the name ("two capitalised words are a person"). */
  static final int WEAK = 0;
  /** A cue of context ("in X" for a place). */
  static final int MEDIUM = 1;
  /** A gazetteer entry, a title, a suffix, a given name. */
  static final int STRONG = 2;

  private Evidence() {}
}
