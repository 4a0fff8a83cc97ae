package dev.drift.bundle;

import dev.drift.load.ProseText;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Java {@code .properties} files by the rules of {@link java.util.Properties#load(
 * java.io.Reader)}, keeping positions: comment lines ({@code #}, {@code !}), keys ended by the
 * first unescaped {@code =}, {@code :} or whitespace, continuation lines (an odd number of
 * backslashes at the end; the next line's leading whitespace dropped), escapes ({@code \t}, {@code
 * \n}, {@code \r}, {@code \f}, {@code \\uXXXX}; any other escaped character stands for itself). A
 * malformed {@code \\uXXXX} is an error, as it is for {@code Properties}. A key given twice keeps
 * its last value, as {@code Properties} does. Stateless.
 */
final class PropertiesReader {
  private PropertiesReader() {}

  static List<Keyed> read(String name, String text) {
    List<Keyed> out = new ArrayList<>();
    java.util.Map<String, Integer> index = new java.util.HashMap<>();
    int pos = 0;
    int n = text.length();
    if (n > 0 && text.charAt(0) == '\uFEFF') {
      pos = 1;
    }
    while (pos < n) {
      // Skip whitespace at the start of a natural line.
      while (pos < n && isBlank(text.charAt(pos))) {
        pos++;
      }
      if (pos >= n) {
        break;
      }
      char first = text.charAt(pos);
      if (isLineBreak(first)) {
        pos++;
        continue;
      }
      if (first == '#' || first == '!') {
        pos = lineEnd(text, pos);
        continue;
      }
      int keyStart = pos;
      StringBuilder key = new StringBuilder();
      int i = pos;
      // The key.
      while (i < n) {
        char c = text.charAt(i);
        if (c == '\\') {
          int cont = continuation(text, i);
          if (cont >= 0) {
            i = cont;
            continue;
          }
          int[] end = {0};
          key.append(escape(name, text, i, end));
          i = end[0];
          continue;
        }
        if (c == '=' || c == ':' || isBlank(c) || isLineBreak(c)) {
          break;
        }
        key.append(c);
        i++;
      }
      // The separator: whitespace, then at most one '=' or ':', then whitespace.
      while (i < n && isBlank(text.charAt(i))) {
        i++;
      }
      if (i < n && (text.charAt(i) == '=' || text.charAt(i) == ':')) {
        i++;
      }
      while (i < n) {
        char c = text.charAt(i);
        if (isBlank(c)) {
          i++;
        } else if (c == '\\' && continuation(text, i) >= 0) {
          i = continuation(text, i);
        } else {
          break;
        }
      }
      // The value.
      int valueStart = i;
      ProseText.Builder prose = new ProseText.Builder(text);
      int run = i;
      while (i < n && !isLineBreak(text.charAt(i))) {
        if (text.charAt(i) != '\\') {
          i++;
          continue;
        }
        if (run < i) {
          prose.appendRaw(run, i);
        }
        int cont = continuation(text, i);
        if (cont >= 0) {
          i = cont;
        } else {
          int[] end = {0};
          char c = escape(name, text, i, end);
          prose.appendSeparator(c, i, end[0]);
          i = end[0];
        }
        run = i;
      }
      if (run < i) {
        prose.appendRaw(run, i);
      }
      UnitText value = new UnitText(valueStart, i, text.substring(valueStart, i), prose.build());
      String k = key.toString();
      if (k.isEmpty() && valueStart == keyStart) {
        pos = i;
        continue;
      }
      Integer at = index.get(k);
      if (at == null) {
        index.put(k, out.size());
        out.add(new Keyed(k, value));
      } else {
        out.set(at, new Keyed(k, value));
      }
      pos = i;
    }
    return out;
  }

  /**
   * If the backslash at {@code i} ends its line (with an odd count of backslashes, which the
   * caller's escape handling ensures), where the continued text starts on the next line; else -1.
   */
  private static int continuation(String text, int i) {
    int j = i + 1;
    if (j < text.length() && !isLineBreak(text.charAt(j))) {
      return -1;
    }
    if (j >= text.length()) {
      return j;
    }
    if (text.charAt(j) == '\r' && j + 1 < text.length() && text.charAt(j + 1) == '\n') {
      j++;
    }
    j++;
    while (j < text.length() && isBlank(text.charAt(j))) {
      j++;
    }
    return j;
  }

  /** Decodes the escape at {@code i} (a backslash); its end goes to {@code end[0]}. */
  private static char escape(String name, String text, int i, int[] end) {
    char c = text.charAt(i + 1);
    end[0] = i + 2;
    switch (c) {
      case 't':
        return '\t';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 'f':
        return '\f';
      case 'u':
        if (i + 6 > text.length()) {
          throw BundleInputException.at(name, text, i, "malformed \\uxxxx escape");
        }
        int v = 0;
        for (int k = i + 2; k < i + 6; k++) {
          int d = Character.digit(text.charAt(k), 16);
          if (d < 0) {
            throw BundleInputException.at(name, text, i, "malformed \\uxxxx escape");
          }
          v = v * 16 + d;
        }
        end[0] = i + 6;
        return (char) v;
      default:
        return c;
    }
  }

  private static int lineEnd(String text, int pos) {
    int i = pos;
    while (i < text.length() && !isLineBreak(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\f';
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }
}
