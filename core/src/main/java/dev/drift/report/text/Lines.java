package dev.drift.report.text;

import java.util.ArrayList;
import java.util.List;

/** Line helpers shared by the text renderer's regions: wrapping, clipping, one-lining. */
final class Lines {
  private Lines() {}

  /** The text on one line: runs of white space become one blank, ends stripped. */
  static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /** The text on one line, cut to the width with an ellipsis. */
  static String clip(String text, int width) {
    String one = oneLine(text);
    return one.length() <= width ? one : one.substring(0, Math.max(1, width - 1)) + "…";
  }

  /** The length of the text as the terminal shows it, without ANSI escape sequences. */
  static int visibleLength(String text) {
    return text.replaceAll("\u001b\\[[0-9;]*m", "").length();
  }

  /** Greedy word wrap; words longer than the width are cut, never inside a surrogate pair. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      while (word.length() > width) {
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        int cut =
            width > 1 && Character.isSurrogatePair(word.charAt(width - 1), word.charAt(width))
                ? width - 1
                : width;
        lines.add(word.substring(0, cut));
        word = word.substring(cut);
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }
}
