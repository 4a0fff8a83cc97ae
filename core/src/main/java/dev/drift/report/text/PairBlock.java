package dev.drift.report.text;

import dev.drift.report.Pair;
import dev.drift.report.PairKind;
import dev.drift.report.RenderOptions;
import dev.drift.report.SentenceRef;
import dev.drift.shift.Severity;
import dev.drift.shift.Shift;
import dev.drift.shift.TextSpan;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One pair of the report: a marker (similarity, {@code omit} or {@code add}) and each sentence of
 * both sides under its {@code orig}/{@code tran} line:column label, wrapped to the width, with the
 * shown shifts marked inline ("[x → y]", "[−x]", "[+y]") and listed under the pair by severity,
 * then a note for an omission, an addition or a moved match. Immutable.
 */
final class PairBlock {
  private static final int GUTTER = 20; // "  0.68  orig 12:1    "

  private final RenderOptions options;
  private final Ansi ansi;

  PairBlock(RenderOptions options, Ansi ansi) {
    this.options = options;
    this.ansi = ansi;
  }

  /** Writes one pair: its sentences with their inline marks, its shifts, and a note on its kind. */
  void write(Pair pair, double minSimilarity, Writer out) throws IOException {
    String marker =
        switch (pair.kind()) {
          case MATCH -> {
            String sim = String.format(Locale.ROOT, "%.2f", pair.similarity());
            String colored =
                pair.similarity() >= 0.8
                    ? ansi.green(sim)
                    : pair.similarity() >= minSimilarity ? ansi.yellow(sim) : ansi.red(sim);
            yield colored;
          }
          case OMISSION -> ansi.red("omit");
          case ADDITION -> ansi.cyan(" add");
        };
    List<Shift> shown = new ArrayList<>();
    for (Shift shift : pair.shifts()) {
      if (shift.severity().compareTo(options.minSeverity()) >= 0
          && pair.kind() == PairKind.MATCH
          && !shift.accepted()) {
        shown.add(shift);
      }
    }
    if (pair.unit() != null) {
      // A translation file's unit: its id heads the pair.
      String id = Lines.oneLine(pair.unit());
      int room = Math.max(8, options.width() - 14);
      out.write(
          "  "
              + ansi.dim("unit " + (id.length() > room ? id.substring(0, room - 1) + "…" : id))
              + "\n");
    }
    boolean first = true;
    for (SentenceRef s : pair.original()) {
      writeSentence(first ? marker : "    ", "orig", s, marks(s, shown, true), out);
      first = false;
    }
    for (SentenceRef s : pair.translation()) {
      writeSentence(first ? marker : "    ", "tran", s, marks(s, shown, false), out);
      first = false;
      if (s.rendering() != null) {
        // What the original was compared with: the translator's rendering of the sentence.
        for (String line :
            Lines.wrap(
                "≈ " + Lines.oneLine(s.rendering()), Math.max(20, options.width() - GUTTER))) {
          out.write(" ".repeat(GUTTER) + ansi.dim(line) + "\n");
        }
      }
    }
    for (Shift shift : shown) {
      String label = String.format(Locale.ROOT, "%-8s", shift.severity().id());
      List<String> lines = Lines.wrap(shift.message(), Math.max(20, options.width() - GUTTER - 9));
      for (int k = 0; k < lines.size(); k++) {
        out.write(
            " ".repeat(GUTTER)
                + (k == 0 ? ansi.severity(shift.severity(), label) : " ".repeat(8))
                + " "
                + lines.get(k)
                + "\n");
      }
    }
    boolean accepted = !pair.shifts().isEmpty() && pair.shifts().stream().allMatch(Shift::accepted);
    String note =
        pair.kind() == PairKind.OMISSION
            ? "dropped in the translation" + (accepted ? " (accepted by the baseline)" : "")
            : pair.kind() == PairKind.ADDITION
                ? "added in the translation" + (accepted ? " (accepted by the baseline)" : "")
                : pair.moved() ? "moved: out of the documents' common order" : null;
    if (note != null) {
      for (String line : Lines.wrap(note, Math.max(20, options.width() - GUTTER))) {
        String colored =
            pair.kind() == PairKind.OMISSION
                ? ansi.red(line)
                : pair.kind() == PairKind.ADDITION ? ansi.cyan(line) : ansi.magenta(line);
        out.write(" ".repeat(GUTTER) + colored + "\n");
      }
    }
  }

  /** An inline mark: raw offsets it replaces in the sentence, its text and severity. */
  private record Mark(int start, int end, String text, Severity severity) {}

  /**
   * The inline marks of a sentence: "[x → y]" and "[−x]" on the original, "[+y]" on the
   * translation.
   */
  private static List<Mark> marks(SentenceRef s, List<Shift> shifts, boolean original) {
    List<Mark> marks = new ArrayList<>();
    for (Shift shift : shifts) {
      TextSpan mine = original ? shift.original() : shift.translation();
      TextSpan theirs = original ? shift.translation() : shift.original();
      if (mine == null || mine.start() < s.start() || mine.end() > s.end()) {
        continue;
      }
      String text;
      if (theirs == null) {
        text = (original ? "[−" : "[+") + Lines.oneLine(mine.text()) + "]";
      } else if (original) {
        text = "[" + Lines.oneLine(mine.text()) + " → " + Lines.oneLine(theirs.text()) + "]";
      } else {
        continue; // the original side carries the substitution
      }
      if (marks.stream().noneMatch(m -> m.start() < mine.end() && mine.start() < m.end())) {
        marks.add(new Mark(mine.start(), mine.end(), text, shift.severity()));
      }
    }
    marks.sort(java.util.Comparator.comparingInt(Mark::start));
    return marks;
  }

  private void writeSentence(
      String marker, String side, SentenceRef s, List<Mark> marks, Writer out) throws IOException {
    String where = String.format(Locale.ROOT, "%d:%d", s.line(), s.column());
    String label = side + " " + where;
    String head =
        "  " + marker + "  " + ansi.dim(label) + " ".repeat(Math.max(1, 12 - label.length()));
    // A long line:column label or a negative similarity widens the head past the gutter: the text
    // column narrows by as much.
    int indent = Math.max(GUTTER, Lines.visibleLength(head));
    int textWidth = Math.max(10, Math.max(20, options.width() - GUTTER) - (indent - GUTTER));
    // The sentence as words, each with the severity of the mark it belongs to (null for plain).
    List<String> words = new ArrayList<>();
    List<Severity> styles = new ArrayList<>();
    int at = s.start();
    for (Mark m : marks) {
      addWords(s.text().substring(at - s.start(), m.start() - s.start()), null, words, styles);
      addWords(m.text(), m.severity(), words, styles);
      at = m.end();
    }
    addWords(s.text().substring(at - s.start()), null, words, styles);
    // Cut words wider than the column (long URLs) first, so wrapping never splits one.
    for (int k = 0; k < words.size(); k++) {
      String word = words.get(k);
      if (word.length() > textWidth) {
        int cut = Character.isHighSurrogate(word.charAt(textWidth - 1)) ? textWidth - 1 : textWidth;
        words.set(k, word.substring(0, cut));
        words.add(k + 1, word.substring(cut));
        styles.add(k + 1, styles.get(k));
      }
    }
    List<String> lines = Lines.wrap(String.join(" ", words), textWidth);
    int w = 0;
    for (int k = 0; k < lines.size(); k++) {
      StringBuilder line = new StringBuilder();
      int count = lines.get(k).isEmpty() ? 0 : lines.get(k).split(" ", -1).length;
      for (int c = 0; c < count && w < words.size(); c++, w++) {
        if (c > 0) {
          line.append(' ');
        }
        String word = words.get(w);
        line.append(styles.get(w) == null ? word : ansi.severity(styles.get(w), word));
      }
      out.write((k == 0 ? head : " ".repeat(indent)) + line + "\n");
    }
  }

  private static void addWords(
      String text, Severity style, List<String> words, List<Severity> styles) {
    boolean glued = !text.isEmpty() && !Character.isWhitespace(text.charAt(0));
    for (String word : Lines.oneLine(text).split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      // Punctuation right after a mark stays on it: "[x → y]." not "[x → y] .".
      if (glued && !words.isEmpty() && word.chars().noneMatch(Character::isLetterOrDigit)) {
        words.set(words.size() - 1, words.get(words.size() - 1) + word);
      } else {
        words.add(word);
        styles.add(style);
      }
      glued = false;
    }
  }
}
