package dev.drift.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text: a paragraph is a run of non-blank lines. Inside a paragraph, lines are joined (a
 * hard-wrapped sentence stays one sentence) except where a line plainly ends a unit of its own: a
 * list item starts, or a short line without closing punctuation (a headline or a label) is followed
 * by more text.
 */
final class TextParser {
  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•–+]|\\d{1,3}[.)])\\s+\\S");
  private static final String CLOSING = ".!?:;,…\"”’'»)]";

  private TextParser() {}

  static List<Block> parse(String raw) {
    List<int[]> lines = lines(raw);
    List<Block> blocks = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      if (isBlank(raw, lines.get(i))) {
        i++;
        continue;
      }
      int j = i;
      int longest = 0;
      while (j < lines.size() && !isBlank(raw, lines.get(j))) {
        longest = Math.max(longest, trimmedLength(raw, lines.get(j)));
        j++;
      }
      paragraph(raw, lines.subList(i, j), longest, blocks);
      i = j;
    }
    return blocks;
  }

  private static void paragraph(String raw, List<int[]> lines, int longest, List<Block> out) {
    int blockStart = 0;
    for (int k = 0; k < lines.size(); k++) {
      boolean last = k == lines.size() - 1;
      boolean endsUnit =
          last || isBullet(raw, lines.get(k + 1)) || standsAlone(raw, lines.get(k), longest);
      if (endsUnit) {
        int from = lines.get(blockStart)[0];
        int to = lines.get(k)[1];
        BlockKind kind = BlockKind.PARAGRAPH;
        Matcher bullet = BULLET.matcher(raw.subSequence(from, lines.get(blockStart)[1]));
        if (bullet.find()) {
          kind = BlockKind.LIST_ITEM;
          from += bullet.end() - 1; // the marker is not prose: start at the item's first word
        }
        ProseText prose = ProseText.ofRaw(raw, from, to);
        // A bullet followed only by characters that look blank ("- " and a no-break space or a
        // control such as U+001F) leaves no prose; like the other formats, drop the empty block.
        if (!ProseText.isBlank(prose.text())) {
          out.add(new Block(kind, prose, List.of()));
        }
        blockStart = k + 1;
      }
    }
  }

  /** A short line with no closing punctuation: a headline, label or date line. */
  private static boolean standsAlone(String raw, int[] line, int longest) {
    int len = trimmedLength(raw, line);
    int end = line[1];
    while (end > line[0] && Character.isWhitespace(raw.charAt(end - 1))) {
      end--;
    }
    if (end == line[0] || CLOSING.indexOf(raw.charAt(end - 1)) >= 0) {
      return false;
    }
    return len < 0.6 * longest;
  }

  private static boolean isBullet(String raw, int[] line) {
    return BULLET.matcher(raw.subSequence(line[0], line[1])).find();
  }

  private static boolean isBlank(String raw, int[] line) {
    for (int i = line[0]; i < line[1]; i++) {
      char c = raw.charAt(i);
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        return false;
      }
    }
    return true;
  }

  private static int trimmedLength(String raw, int[] line) {
    return raw.substring(line[0], line[1]).strip().length();
  }

  /** Each line as {start, end} without its terminator; LF, CR and CRLF all end a line. */
  static List<int[]> lines(String raw) {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(new int[] {start, i});
        if (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < raw.length()) {
      lines.add(new int[] {start, raw.length()});
    }
    return lines;
  }
}
