package dev.drift.load;

/** What a block of prose is in its document. */
public enum BlockKind {
  /** A heading or title line. */
  HEADING,
  /** A paragraph. */
  PARAGRAPH,
  /** An item of a list. */
  LIST_ITEM,
  /** A table cell. */
  TABLE_CELL,
  /** A caption of a table or figure. */
  CAPTION,
  /** A quoted block. */
  QUOTE
}
