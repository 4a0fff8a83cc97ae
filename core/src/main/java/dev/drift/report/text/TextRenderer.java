package dev.drift.report.text;

import dev.drift.report.DriftReport;
import dev.drift.report.Pair;
import dev.drift.report.PairKind;
import dev.drift.report.ReportRenderer;
import dev.drift.report.SentenceRef;
import dev.drift.report.Verdict;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders the report for a terminal: a header naming both documents, then every pair with its
 * similarity and both sides one under the other (wrapped to the width), then the summary with the
 * drift score and the verdict as the last lines. Colour is ANSI and optional. Thread-safe.
 */
public final class TextRenderer implements ReportRenderer {

  /**
   * Rendering settings.
   *
   * @param color whether to use ANSI colours
   * @param width the terminal width in columns (at least 40)
   */
  public record Options(boolean color, int width) {

    /**
     * Plain text, 100 columns.
     *
     * @return the default options
     */
    public static Options defaults() {
      return new Options(false, 100);
    }
  }

  private static final int GUTTER = 20; // "  0.68  orig 12:1    "
  private final Options options;

  private TextRenderer(Options options) {
    this.options = options;
  }

  /**
   * Creates a renderer.
   *
   * @param options colour and width
   * @return the renderer
   */
  public static TextRenderer create(Options options) {
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
    writeSummary(report, ansi, out);
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
    boolean first = true;
    for (SentenceRef s : pair.original()) {
      writeSentence(first ? marker : "    ", "orig", s, ansi, out);
      first = false;
    }
    for (SentenceRef s : pair.translation()) {
      writeSentence(first ? marker : "    ", "tran", s, ansi, out);
      first = false;
    }
    String note =
        pair.kind() == PairKind.OMISSION
            ? "dropped in the translation"
            : pair.kind() == PairKind.ADDITION
                ? "added in the translation"
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

  private void writeSentence(String marker, String side, SentenceRef s, Ansi ansi, Writer out)
      throws IOException {
    String where = String.format(Locale.ROOT, "%d:%d", s.line(), s.column());
    String label = side + " " + where;
    String head =
        "  " + marker + "  " + ansi.dim(label) + " ".repeat(Math.max(1, 12 - label.length()));
    // A long line:column label or a negative similarity widens the head past the gutter: the text
    // column narrows by as much.
    int indent = Math.max(GUTTER, visibleLength(head));
    int textWidth = Math.max(10, Math.max(20, options.width() - GUTTER) - (indent - GUTTER));
    List<String> lines = wrap(oneLine(s.text()), textWidth);
    for (int k = 0; k < lines.size(); k++) {
      out.write((k == 0 ? head : " ".repeat(indent)) + lines.get(k) + "\n");
    }
  }

  private void writeSummary(DriftReport report, Ansi ansi, Writer out) throws IOException {
    var c = report.counts();
    String verdict =
        report.verdict() == Verdict.PASS ? ansi.boldGreen("PASS") : ansi.boldRed("FAIL");
    out.write(
        String.format(
                Locale.ROOT,
                "drift %.2f (max %.2f) · %d matched%s · %d omitted · %d added · ",
                report.drift(),
                report.thresholds().maxDrift(),
                c.matches(),
                c.moved() > 0 ? " (" + c.moved() + " moved)" : "",
                c.omissions(),
                c.additions())
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
