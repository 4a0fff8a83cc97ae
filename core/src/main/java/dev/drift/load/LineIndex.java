package dev.drift.load;

import java.util.Arrays;

/**
 * Maps UTF-16 offsets of a text to 1-based lines and columns. A line ends at LF, CR or CRLF, so
 * files with mixed line endings get correct positions. Columns count UTF-16 code units, like the
 * offsets. Immutable and thread-safe.
 */
public final class LineIndex {
  private final int[] lineStarts;

  /**
   * Indexes a text.
   *
   * @param text the decoded file content
   */
  public LineIndex(String text) {
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  /**
   * The line an offset lies on.
   *
   * @param offset a UTF-16 offset into the text
   * @return the 1-based line
   */
  public int line(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /**
   * The column of an offset.
   *
   * @param offset a UTF-16 offset into the text
   * @return the 1-based column, in UTF-16 code units
   */
  public int column(int offset) {
    return offset - lineStarts[line(offset) - 1] + 1;
  }

  /**
   * Number of lines.
   *
   * @return how many lines the text has (at least 1)
   */
  public int lineCount() {
    return lineStarts.length;
  }
}
