package dev.drift.report.text;

import dev.drift.report.DriftReport;
import dev.drift.report.Pair;
import dev.drift.report.PairKind;
import dev.drift.report.Place;
import dev.drift.report.Region;
import dev.drift.report.RenderOptions;
import dev.drift.report.ReportRenderer;
import dev.drift.report.RunDocument;
import dev.drift.report.RunRenderer;
import dev.drift.report.RunReport;
import dev.drift.report.RunTotals;
import dev.drift.report.SentenceRef;
import dev.drift.report.StaleShift;
import dev.drift.report.Verdict;
import dev.drift.shift.Severity;
import dev.drift.shift.Shift;
import dev.drift.shift.TextSpan;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders the report for a terminal: a header naming both documents, then every pair with its
 * similarity and both sides one under the other (wrapped to the width), then the summary with the
 * drift score and the verdict as the last lines. Shifts a baseline accepts are listed apart, after
 * the pairs, with the baseline entries that matched nothing. A run renders as a table with one line
 * per document (drift, verdict, worst place) and a total. Colour is ANSI and optional. Thread-safe.
 */
public final class TextRenderer implements ReportRenderer, RunRenderer {

  private static final int GUTTER = 20; // "  0.68  orig 12:1    "
  private final RenderOptions options;

  private TextRenderer(RenderOptions options) {
    this.options = options;
  }

  /**
   * Creates a renderer.
   *
   * @param options colour, width and the least severe shift shown
   * @return the renderer
   */
  public static TextRenderer create(RenderOptions options) {
    return new TextRenderer(options);
  }

  @Override
  public void render(DriftReport report, Writer out) throws IOException {
    Ansi ansi = new Ansi(options.color());
    out.write(
        ansi.bold("drift")
            + "  "
            + report.original().path()
            + " → "
            + report.translation().path()
            + "\n");
    out.write(
        ansi.dim(
                String.format(
                    Locale.ROOT,
                    "model %s · original %d sentences (%s, %s) · translation %d sentences (%s, %s)",
                    report.model().name(),
                    report.original().sentences(),
                    report.original().format(),
                    report.original().language(),
                    report.translation().sentences(),
                    report.translation().format(),
                    report.translation().language()))
            + "\n");
    for (String warning : report.warnings()) {
      out.write(ansi.yellow("warning: " + warning) + "\n");
    }
    for (Pair pair : report.pairs()) {
      out.write("\n");
      writePair(pair, report.thresholds().minSimilarity(), ansi, out);
    }
    out.write("\n");
    writeBaseline(report, ansi, out);
    writeSummary(report, ansi, out);
  }

  /** Accepted shifts and stale entries, apart from the pairs. */
  private void writeBaseline(DriftReport report, Ansi ansi, Writer out) throws IOException {
    List<String> accepted = new ArrayList<>();
    for (Pair pair : report.pairs()) {
      for (Shift shift : pair.shifts()) {
        if (shift.accepted()) {
          boolean inTranslation = shift.translation() != null;
          Region r = Region.of(pair, shift, inTranslation);
          String where =
              r == null
                  ? ""
                  : String.format(
                      Locale.ROOT,
                      "%s %d:%d  ",
                      inTranslation ? "tran" : "orig",
                      r.startLine(),
                      r.startColumn());
          accepted.add(where + shift.severity().id() + ": " + oneLine(shift.message()));
        }
      }
    }
    if (!accepted.isEmpty()) {
      out.write(ansi.dim("accepted by the baseline (not counted):") + "\n");
      for (String line : accepted) {
        for (String l : wrap(line, Math.max(20, options.width() - 4))) {
          out.write("  " + ansi.dim(l) + "\n");
        }
      }
      out.write("\n");
    }
    if (!report.stale().isEmpty()) {
      out.write(
          ansi.yellow(
                  "stale baseline entries (they match nothing; drift baseline update drops them):")
              + "\n");
      for (StaleShift s : report.stale()) {
        String text = s.message() != null ? s.message() : String.valueOf(s.original());
        for (String l : wrap(oneLine(text), Math.max(20, options.width() - 4))) {
          out.write("  " + l + "\n");
        }
      }
      out.write("\n");
    }
  }

  /**
   * Writes a run: one line per document with its drift, verdict and worst place, the files without
   * counterpart, then the total.
   */
  @Override
  public void render(RunReport run, Writer out) throws IOException {
    Ansi ansi = new Ansi(options.color());
    int pathWidth = "Document".length();
    for (RunDocument d : run.documents()) {
      pathWidth = Math.max(pathWidth, d.path().length());
    }
    pathWidth = Math.min(pathWidth, Math.max(20, options.width() / 3));
    String head =
        String.format(
            Locale.ROOT,
            "%-" + pathWidth + "s  %-5s  %5s  %-7s  %s",
            "Document",
            "Lang",
            "Drift",
            "Verdict",
            "Worst shift");
    out.write(ansi.bold(head) + "\n");
    int rest = Math.max(20, options.width() - pathWidth - 27);
    for (RunDocument d : run.documents()) {
      String path =
          d.path().length() > pathWidth
              ? "…" + d.path().substring(d.path().length() - pathWidth + 1)
              : d.path();
      String verdict = d.verdict() == Verdict.PASS ? "pass" : "FAIL";
      // No trailing blanks when there is no worst shift: the verdict is then the last column.
      String worst = d.worst() == null ? null : clip(d.worst().message(), rest);
      String verdictCell = worst == null ? verdict : String.format(Locale.ROOT, "%-7s", verdict);
      out.write(
          String.format(
                  Locale.ROOT, "%-" + pathWidth + "s  %-5s  %5.2f  ", path, d.language(), d.drift())
              + (d.verdict() == Verdict.PASS ? ansi.green(verdictCell) : ansi.boldRed(verdictCell))
              + (worst == null
                  ? ""
                  : "  " + (d.verdict() == Verdict.PASS ? ansi.dim(worst) : worst))
              + "\n");
    }
    for (String m : run.missing()) {
      out.write(ansi.yellow("missing: " + m) + "\n");
    }
    for (RunDocument d : run.documents()) {
      for (StaleShift stale : d.report().stale()) {
        String what = stale.message() != null ? stale.message() : String.valueOf(stale.original());
        out.write(
            ansi.yellow("stale baseline entry: " + d.report().translation().path() + ": ")
                + oneLine(what)
                + "\n");
      }
    }
    if (!run.top().isEmpty()) {
      out.write("\n");
      for (Place p : run.top()) {
        out.write(clip(p.toString(), Math.max(40, options.width())) + "\n");
      }
    }
    RunTotals t = run.totals();
    out.write(
        "\n"
            + t.describe()
            + " · "
            + (t.passes() ? ansi.boldGreen("PASS") : ansi.boldRed("FAIL"))
            + "\n");
  }

  private static String clip(String text, int width) {
    String one = oneLine(text);
    return one.length() <= width ? one : one.substring(0, Math.max(1, width - 1)) + "…";
  }

  private void writePair(Pair pair, double minSimilarity, Ansi ansi, Writer out)
      throws IOException {
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
    boolean first = true;
    for (SentenceRef s : pair.original()) {
      writeSentence(first ? marker : "    ", "orig", s, marks(s, shown, true), ansi, out);
      first = false;
    }
    for (SentenceRef s : pair.translation()) {
      writeSentence(first ? marker : "    ", "tran", s, marks(s, shown, false), ansi, out);
      first = false;
    }
    for (Shift shift : shown) {
      String label = String.format(Locale.ROOT, "%-8s", shift.severity().id());
      List<String> lines = wrap(shift.message(), Math.max(20, options.width() - GUTTER - 9));
      for (int k = 0; k < lines.size(); k++) {
        out.write(
            " ".repeat(GUTTER)
                + (k == 0 ? severity(shift.severity(), label, ansi) : " ".repeat(8))
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
      for (String line : wrap(note, Math.max(20, options.width() - GUTTER))) {
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
        text = (original ? "[−" : "[+") + oneLine(mine.text()) + "]";
      } else if (original) {
        text = "[" + oneLine(mine.text()) + " → " + oneLine(theirs.text()) + "]";
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
      String marker, String side, SentenceRef s, List<Mark> marks, Ansi ansi, Writer out)
      throws IOException {
    String where = String.format(Locale.ROOT, "%d:%d", s.line(), s.column());
    String label = side + " " + where;
    String head =
        "  " + marker + "  " + ansi.dim(label) + " ".repeat(Math.max(1, 12 - label.length()));
    // A long line:column label or a negative similarity widens the head past the gutter: the text
    // column narrows by as much.
    int indent = Math.max(GUTTER, visibleLength(head));
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
    List<String> lines = wrap(String.join(" ", words), textWidth);
    int w = 0;
    for (int k = 0; k < lines.size(); k++) {
      StringBuilder line = new StringBuilder();
      int count = lines.get(k).isEmpty() ? 0 : lines.get(k).split(" ", -1).length;
      for (int c = 0; c < count && w < words.size(); c++, w++) {
        if (c > 0) {
          line.append(' ');
        }
        String word = words.get(w);
        line.append(styles.get(w) == null ? word : severity(styles.get(w), word, ansi));
      }
      out.write((k == 0 ? head : " ".repeat(indent)) + line + "\n");
    }
  }

  private static void addWords(
      String text, Severity style, List<String> words, List<Severity> styles) {
    boolean glued = !text.isEmpty() && !Character.isWhitespace(text.charAt(0));
    for (String word : oneLine(text).split(" ")) {
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

  private static String severity(Severity severity, String text, Ansi ansi) {
    return switch (severity) {
      case ERROR -> ansi.boldRed(text);
      case WARNING -> ansi.yellow(text);
      case INFO -> ansi.dim(text);
    };
  }

  private void writeSummary(DriftReport report, Ansi ansi, Writer out) throws IOException {
    var c = report.counts();
    String verdict =
        report.verdict() == Verdict.PASS ? ansi.boldGreen("PASS") : ansi.boldRed("FAIL");
    out.write(
        String.format(
                Locale.ROOT,
                "drift %.2f (max %.2f) · %d matched%s · %d omitted · %d added · %s",
                report.drift(),
                report.thresholds().maxDrift(),
                c.matches(),
                c.moved() > 0 ? " (" + c.moved() + " moved)" : "",
                c.omissions(),
                c.additions(),
                c.accepted() > 0 ? c.accepted() + " accepted · " : "")
            + verdict
            + "\n");
    for (String reason : report.reasons()) {
      out.write("  " + ansi.red("✗") + " " + reason + "\n");
    }
  }

  private static int visibleLength(String text) {
    return text.replaceAll("\u001b\\[[0-9;]*m", "").length();
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
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

  /** ANSI styling that collapses to plain text when colour is off. */
  private record Ansi(boolean on) {
    String style(String code, String text) {
      return on ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }

    String bold(String t) {
      return style("1", t);
    }

    String dim(String t) {
      return style("2", t);
    }

    String red(String t) {
      return style("31", t);
    }

    String green(String t) {
      return style("32", t);
    }

    String yellow(String t) {
      return style("33", t);
    }

    String magenta(String t) {
      return style("35", t);
    }

    String cyan(String t) {
      return style("36", t);
    }

    String boldRed(String t) {
      return style("1;31", t);
    }

    String boldGreen(String t) {
      return style("1;32", t);
    }
  }
}
