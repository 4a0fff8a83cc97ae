package dev.drift.segment;

import dev.drift.load.ProseText;
import java.util.Arrays;

/**
 * Maps a sentence's {@linkplain Sentence#content() content} (whitespace collapsed) back to the raw
 * file, through the block's {@link ProseText}. Kept as runs in which content and prose indices
 * differ by a constant, so it costs a few ints per collapsed whitespace run. Immutable.
 */
public final class ContentMap {
  private final ProseText prose;
  private final int[] contentStart;
  private final int[] proseOffset;

  private ContentMap(ProseText prose, int[] contentStart, int[] proseOffset) {
    this.prose = prose;
    this.contentStart = contentStart;
    this.proseOffset = proseOffset;
  }

  /**
   * Where content character {@code index} begins in the raw file.
   *
   * @param index a content index, {@code 0 <= index < content.length()}
   * @return a UTF-16 offset into the raw file
   */
  public int rawStart(int index) {
    return prose.rawStart(proseIndex(index));
  }

  /**
   * Where content character {@code index} ends in the raw file.
   *
   * @param index a content index, {@code 0 <= index < content.length()}
   * @return a UTF-16 offset into the raw file, exclusive
   */
  public int rawEnd(int index) {
    return prose.rawEnd(proseIndex(index));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContentMap other
        && prose == other.prose
        && Arrays.equals(contentStart, other.contentStart)
        && Arrays.equals(proseOffset, other.proseOffset);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(contentStart) + Arrays.hashCode(proseOffset);
  }

  private int proseIndex(int index) {
    int run = Arrays.binarySearch(contentStart, index);
    if (run < 0) {
      run = -run - 2;
    }
    return index + proseOffset[run];
  }

  /** Collects the content of a prose range, collapsing whitespace, and records the map. */
  static final class Builder {
    private final ProseText prose;
    private final StringBuilder content = new StringBuilder();
    private int[] starts = new int[4];
    private int[] offsets = new int[4];
    private int runs;

    Builder(ProseText prose) {
      this.prose = prose;
    }

    void append(char c, int proseIndex) {
      int k = content.length();
      int offset = proseIndex - k;
      if (runs == 0 || offsets[runs - 1] != offset) {
        if (runs == starts.length) {
          starts = Arrays.copyOf(starts, runs * 2);
          offsets = Arrays.copyOf(offsets, runs * 2);
        }
        starts[runs] = k;
        offsets[runs] = offset;
        runs++;
      }
      content.append(c);
    }

    int length() {
      return content.length();
    }

    String content() {
      return content.toString();
    }

    ContentMap map() {
      return new ContentMap(prose, Arrays.copyOf(starts, runs), Arrays.copyOf(offsets, runs));
    }
  }
}
