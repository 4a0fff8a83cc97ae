package dev.drift.load;

/**
 * Text that is not prose but must survive translation unchanged: a code span, a link target, an
 * autolink. Shift detection compares these literally.
 *
 * @param kind what it is
 * @param text the literal text (a URL, code, ...)
 * @param start UTF-16 start offset in the raw file
 * @param end UTF-16 end offset (exclusive) in the raw file
 */
public record Verbatim(Kind kind, String text, int start, int end) {

  /** Kinds of verbatim text. */
  public enum Kind {
    /** Inline code or a code block. */
    CODE,
    /** A link target or an autolink. */
    LINK
  }
}
