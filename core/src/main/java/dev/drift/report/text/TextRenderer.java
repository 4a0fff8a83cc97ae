package dev.drift.report.text;

import dev.drift.report.DriftReport;
import dev.drift.report.Pair;
import dev.drift.report.RenderOptions;
import dev.drift.report.ReportRenderer;
import dev.drift.report.RunRenderer;
import dev.drift.report.RunReport;
import java.io.IOException;
import java.io.Writer;

/**
 * Renders the report for a terminal: a header naming both documents, then every pair with its
 * similarity and both sides one under the other (wrapped to the width), then the summary with the
 * drift score and the verdict as the last lines. Shifts a baseline accepts are listed apart, after
 * the pairs, with the baseline entries that matched nothing. A run renders as a table with one line
 * per document (drift, verdict, worst place) and a total. Colour is ANSI and optional. Thread-safe.
 */
public final class TextRenderer implements ReportRenderer, RunRenderer {

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
    ReportHeader.write(report, ansi, out);
    PairBlock pairs = new PairBlock(options, ansi);
    for (Pair pair : report.pairs()) {
      out.write("\n");
      pairs.write(pair, report.thresholds().minSimilarity(), out);
    }
    out.write("\n");
    SummaryBlock summary = new SummaryBlock(options, ansi);
    summary.writeBaseline(report, out);
    summary.writeVerdict(report, out);
  }

  /**
   * Writes a run: one line per document with its drift, verdict and worst place, the files without
   * counterpart, then the total.
   */
  @Override
  public void render(RunReport run, Writer out) throws IOException {
    new RunTable(options, new Ansi(options.color())).write(run, out);
  }
}
