package dev.drift.load;

import java.util.Arrays;

/**
 * The prose of a block, as a plain string with markup removed and entities decoded, together with a
 * map from every prose character back to the raw file. The map is kept as runs: a <em>linear</em>
 * run maps prose characters one to one onto raw characters; an <em>atomic</em> run maps a few prose
 * characters onto a raw range of another length (an entity such as {@code &eacute;}, or a line
 * break that stands for {@code \r\n}). Immutable and thread-safe.
 */
public final class ProseText {
  private final String text;
  private final int[] proseStart;
  private final int[] rawStart;
  private final int[] rawLength; // -1 for a linear run

  private ProseText(String text, int[] proseStart, int[] rawStart, int[] rawLength) {
    this.text = text;
    this.proseStart = proseStart;
    this.rawStart = rawStart;
    this.rawLength = rawLength;
  }

  /**
   * A prose text that is the raw range {@code [from, to)} itself, with every line break replaced by
   * a space (so offsets stay one to one).
   *
   * @param raw the raw file text
   * @param from start of the range
   * @param to end of the range (exclusive)
   * @return the prose text
   */
  public static ProseText ofRaw(String raw, int from, int to) {
    Builder b = new Builder(raw);
    b.appendRaw(from, to);
    return b.build();
  }

  /**
   * Returns the prose.
   *
   * @return the prose string
   */
  public String text() {
    return text;
  }

  /**
   * Where in the raw file the prose character at {@code index} begins.
   *
   * @param index a prose index, {@code 0 <= index < text().length()}
   * @return a UTF-16 offset into the raw file
   */
  public int rawStart(int index) {
    int run = runOf(index);
    return rawLength[run] < 0 ? rawStart[run] + index - proseStart[run] : rawStart[run];
  }

  /**
   * Where in the raw file the prose character at {@code index} ends.
   *
   * @param index a prose index, {@code 0 <= index < text().length()}
   * @return a UTF-16 offset into the raw file, exclusive
   */
  public int rawEnd(int index) {
    int run = runOf(index);
    return rawLength[run] < 0
        ? rawStart[run] + index - proseStart[run] + 1
        : rawStart[run] + rawLength[run];
  }

  /**
   * Whether a prose string has nothing visible: only whitespace, no-break spaces or byte-order
   * marks. Such a block holds no sentence and is dropped.
   */
  static boolean isBlank(String prose) {
    for (int i = 0; i < prose.length(); i++) {
      char c = prose.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') {
        return false;
      }
    }
    return true;
  }

  private int runOf(int index) {
    if (index < 0 || index >= text.length()) {
      throw new IndexOutOfBoundsException(index);
    }
    int i = Arrays.binarySearch(proseStart, index);
    return i >= 0 ? i : -i - 2;
  }

  /** Builds a {@link ProseText} piece by piece, in raw-file order. */
  public static final class Builder {
    private final String raw;
    private final StringBuilder text = new StringBuilder();
    private int[] proseStart = new int[8];
    private int[] rawStart = new int[8];
    private int[] rawLength = new int[8];
    private int runs;

    /**
     * Starts an empty prose text over a raw file.
     *
     * @param raw the raw file text
     */
    public Builder(String raw) {
      this.raw = raw;
    }

    /**
     * Returns how much prose has been appended.
     *
     * @return the current prose length
     */
    public int length() {
      return text.length();
    }

    /**
     * Appends a raw range as it is, line breaks turned into spaces.
     *
     * @param from start of the range
     * @param to end of the range (exclusive)
     * @return this builder
     */
    public Builder appendRaw(int from, int to) {
      for (int i = from; i < to; i++) {
        char c = raw.charAt(i);
        text.append(c == '\n' || c == '\r' ? ' ' : c);
      }
      linear(text.length() - (to - from), from);
      return this;
    }

    /**
     * Appends a decoded literal (entities resolved, escapes removed, markup stripped) that came
     * from the raw range {@code [from, to)}. Characters are matched to the raw text greedily, so
     * each prose character maps to where it (or the entity or escape that produced it) stands.
     *
     * @param literal the decoded text
     * @param from start of its raw range
     * @param to end of its raw range (exclusive)
     * @return this builder
     */
    public Builder appendDecoded(String literal, int from, int to) {
      if (to - from == literal.length() && raw.regionMatches(from, literal, 0, literal.length())) {
        return appendRaw(from, to); // line breaks become spaces here too
      }
      int i = 0;
      int j = from;
      while (i < literal.length()) {
        char c = literal.charAt(i);
        if (j >= to) {
          // The literal outran its source: pin the rest to the end of the range.
          int p = text.length();
          text.append(literal, i, literal.length());
          atomic(p, Math.max(from, to - 1), to > from ? 1 : 0);
          break;
        }
        char r = raw.charAt(j);
        int n = Character.isHighSurrogate(c) && i + 1 < literal.length() ? 2 : 1;
        int entityEnd = r == '&' ? entityEnd(literal, i, n, j, to) : -1;
        if (entityEnd > 0) {
          // An entity: one or two prose characters for the whole "&...;".
          int p = text.length();
          text.append(literal, i, i + n);
          atomic(p, j, entityEnd - j);
          i += n;
          j = entityEnd;
        } else if (r == c
            || (isLineBreak(r) && Character.isWhitespace(c))
            || (r == '\0' && c == '\uFFFD')) { // parsers replace NUL characters with U+FFFD
          int p = text.length();
          text.append(isLineBreak(c) ? ' ' : c);
          linear(p, j);
          i++;
          j++;
        } else {
          j++; // markup, an escape backslash, or a character the parser dropped
        }
      }
      return this;
    }

    /**
     * Where the character reference starting at raw {@code j} ends, if it is what produced the
     * literal's {@code n} characters at {@code i}; {@code -1} if the {@code '&'} stands for itself.
     * A reference is {@code &name}, {@code &#digits} or {@code &#xhex}, usually closed by {@code
     * ;}; HTML also accepts some names without the semicolon and then ends the name early ({@code
     * &copy2023} is "©2023"), so the end is the first one after which the raw text and the literal
     * agree again.
     */
    private int entityEnd(String literal, int i, int n, int j, int to) {
      int k = j + 1;
      if (k < to && raw.charAt(k) == '#') {
        k++;
        if (k < to && (raw.charAt(k) == 'x' || raw.charAt(k) == 'X')) {
          k++;
        }
      }
      while (k < to && k - j <= 32 && isAsciiLetterOrDigit(raw.charAt(k))) {
        k++;
      }
      int limit = k < to && raw.charAt(k) == ';' ? k + 1 : k;
      if (limit - j < 2 || literal.regionMatches(i, raw, j, limit - j)) {
        return -1; // a bare '&', or the reference text kept as it is
      }
      for (int end = j + 2; end <= limit; end++) {
        if (literal.regionMatches(i + n, raw, end, limit - end)) {
          return end;
        }
      }
      return -1;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /**
     * Appends a separator standing for a raw range that is not prose itself (a soft line break, a
     * code span, an image): it keeps words apart without adding content.
     *
     * <p>A range that starts before the prose appended so far (an HTML parser moves misplaced
     * elements, "<template>" out of a broken table, ahead of elements the file writes first) stands
     * for nothing: the separator is pinned where the prose has got to, so the prose never maps
     * backwards into the file.
     *
     * @param c the separator, usually a space; {@code '\n'} forces a sentence break
     * @param from start of the raw range it stands for
     * @param to end of that range (exclusive)
     * @return this builder
     */
    public Builder appendSeparator(char c, int from, int to) {
      int reached = lastStart();
      int p = text.length();
      text.append(c);
      if (from < reached) {
        atomic(p, reached, 0);
      } else {
        atomic(p, from, Math.max(0, to - from));
      }
      return this;
    }

    /** The raw start of the last prose character appended, or -1. */
    private int lastStart() {
      if (runs == 0 || text.isEmpty()) {
        return -1;
      }
      int k = runs - 1;
      return rawLength[k] < 0 ? rawStart[k] + (text.length() - 1 - proseStart[k]) : rawStart[k];
    }

    private static boolean isLineBreak(char c) {
      return c == '\n' || c == '\r';
    }

    private void linear(int prose, int rawFrom) {
      if (text.length() == prose) {
        return;
      }
      if (runs > 0 && rawLength[runs - 1] < 0) {
        int last = runs - 1;
        if (rawStart[last] + (prose - proseStart[last]) == rawFrom) {
          return; // continues the previous linear run
        }
      }
      add(prose, rawFrom, -1);
    }

    private void atomic(int prose, int rawFrom, int rawLen) {
      add(prose, rawFrom, rawLen);
    }

    private void add(int prose, int rawFrom, int rawLen) {
      if (runs == proseStart.length) {
        proseStart = Arrays.copyOf(proseStart, runs * 2);
        rawStart = Arrays.copyOf(rawStart, runs * 2);
        rawLength = Arrays.copyOf(rawLength, runs * 2);
      }
      proseStart[runs] = prose;
      rawStart[runs] = rawFrom;
      rawLength[runs] = rawLen;
      runs++;
    }

    /**
     * Finishes the prose text.
     *
     * @return the immutable prose text
     */
    public ProseText build() {
      return new ProseText(
          text.toString(),
          Arrays.copyOf(proseStart, runs),
          Arrays.copyOf(rawStart, runs),
          Arrays.copyOf(rawLength, runs));
    }
  }
}
