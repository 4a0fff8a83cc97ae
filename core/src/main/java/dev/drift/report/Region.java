package dev.drift.report;

import dev.drift.shift.Shift;
import dev.drift.shift.TextSpan;
import java.util.List;

/**
 * Where a span of a pair lies in its file, in lines and columns: what the sentences of the report
 * already say, carried to the span's start and end.
 *
 * @param startLine 1-based line of the first character
 * @param startColumn 1-based column of the first character, in UTF-16 code units
 * @param endLine 1-based line of the end
 * @param endColumn 1-based column just past the last character
 * @param offset UTF-16 offset of the first character in the file
 * @param length length in UTF-16 code units
 * @param text the raw text
 */
public record Region(
    int startLine,
    int startColumn,
    int endLine,
    int endColumn,
    int offset,
    int length,
    String text) {

  /**
   * The region of a shift on one side of its pair.
   *
   * @param pair the pair holding the shift
   * @param shift the shift
   * @param translation true for the translation's side, false for the original's
   * @return the region, or {@code null} when the shift has no span on that side
   */
  public static Region of(Pair pair, Shift shift, boolean translation) {
    TextSpan span = translation ? shift.translation() : shift.original();
    List<SentenceRef> side = translation ? pair.translation() : pair.original();
    if (span == null || side.isEmpty()) {
      return null;
    }
    SentenceRef ref = side.get(0);
    for (SentenceRef r : side) {
      if (r.start() <= span.start() && span.start() <= r.end()) {
        ref = r;
      }
    }
    int[] start = at(ref, span.start());
    int[] end = at(ref, span.end());
    return new Region(
        start[0], start[1], end[0], end[1], span.start(), span.end() - span.start(), span.text());
  }

  /**
   * The region of a whole sentence.
   *
   * @param ref the sentence
   * @return its region
   */
  public static Region of(SentenceRef ref) {
    int[] end = at(ref, ref.end());
    return new Region(
        ref.line(), ref.column(), end[0], end[1], ref.start(), ref.end() - ref.start(), ref.text());
  }

  /** Line and column of an offset, counted from a sentence whose line and column are known. */
  private static int[] at(SentenceRef ref, int offset) {
    int k = Math.max(0, Math.min(offset - ref.start(), ref.text().length()));
    String before = ref.text().substring(0, k);
    int newline = before.lastIndexOf('\n');
    int line = ref.line() + (int) before.chars().filter(c -> c == '\n').count();
    int column = newline < 0 ? ref.column() + k : k - newline;
    return new int[] {line, column};
  }
}
