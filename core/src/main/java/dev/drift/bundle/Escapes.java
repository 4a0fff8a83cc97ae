package dev.drift.bundle;

import dev.drift.load.ProseText;

/**
 * Decodes C-style backslash escapes (PO strings, JSON strings) into a {@link ProseText}, each
 * decoded character mapped to its escape's raw range.
 */
final class Escapes {
  private Escapes() {}

  /**
   * Appends the raw range {@code [from, to)} decoded: {@code \n}, {@code \t}, {@code \r}, {@code
   * \b}, {@code \f}, {@code \v}, {@code \a}, {@code \\uXXXX}, {@code \xHH}, octal {@code \ooo}; any
   * other escaped character stands for itself.
   */
  static void append(ProseText.Builder p, String raw, int from, int to) {
    int run = from;
    int i = from;
    while (i < to) {
      if (raw.charAt(i) != '\\' || i + 1 >= to) {
        i++;
        continue;
      }
      if (run < i) {
        p.appendRaw(run, i);
      }
      char c = raw.charAt(i + 1);
      int end = i + 2;
      char decoded;
      switch (c) {
        case 'n' -> decoded = '\n';
        case 't' -> decoded = '\t';
        case 'r' -> decoded = '\r';
        case 'b' -> decoded = '\b';
        case 'f' -> decoded = '\f';
        case 'v' -> decoded = '\u000B';
        case 'a' -> decoded = '\u0007';
        case 'u' -> {
          end = hexEnd(raw, i + 2, Math.min(to, i + 6));
          decoded = end == i + 6 ? (char) Integer.parseInt(raw.substring(i + 2, end), 16) : 'u';
          end = end == i + 6 ? end : i + 2;
        }
        case 'x' -> {
          end = hexEnd(raw, i + 2, Math.min(to, i + 4));
          decoded = end > i + 2 ? (char) Integer.parseInt(raw.substring(i + 2, end), 16) : 'x';
        }
        default -> {
          if (c >= '0' && c <= '7') {
            end = i + 1;
            while (end < Math.min(to, i + 4) && raw.charAt(end) >= '0' && raw.charAt(end) <= '7') {
              end++;
            }
            decoded = (char) Integer.parseInt(raw.substring(i + 1, end), 8);
          } else {
            decoded = c;
          }
        }
      }
      p.appendSeparator(decoded, i, end);
      i = end;
      run = end;
    }
    if (run < to) {
      p.appendRaw(run, to);
    }
  }

  private static int hexEnd(String raw, int from, int limit) {
    int i = from;
    while (i < limit && Character.digit(raw.charAt(i), 16) >= 0) {
      i++;
    }
    return i;
  }
}
