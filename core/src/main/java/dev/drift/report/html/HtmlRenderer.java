package dev.drift.report.html;

import dev.drift.report.DriftReport;
import dev.drift.report.ReportRenderer;
import dev.drift.report.RunRenderer;
import dev.drift.report.RunReport;
import java.io.IOException;
import java.io.Writer;

/**
 * Renders the report as one self-contained HTML page for an editor checking a translation: a
 * summary with the verdict, a strip with one cell per pair coloured by similarity, both documents
 * side by side, each in its own order, with aligned sentences linked and wording shifts highlighted
 * by severity, filters, and a list of every shift.
 *
 * <p>The page loads nothing: its style and script are inline and allowed by a
 * Content-Security-Policy that names their SHA-256 hashes and forbids everything else. All report
 * text (document text, file names, the model name, messages, reasons) is escaped with the OWASP
 * Java Encoder, and bidirectional control characters are shown as labels instead of being applied.
 * The page reads without JavaScript; the script adds highlighting, scrolling, filters and keyboard
 * navigation ({@code j}/{@code k}). Like every renderer, it only lays out what the report holds.
 *
 * <p>A run renders as its index page: the totals, the thresholds, one row per document with its
 * drift, verdict and reasons, links to the reports written for each document and for the whole run,
 * and the files without counterpart. It follows the same rules (everything escaped, one inline
 * style sheet allowed by hash) and runs no script. Thread-safe.
 */
public final class HtmlRenderer implements ReportRenderer, RunRenderer {

  private HtmlRenderer() {}

  /**
   * Creates the renderer.
   *
   * @return the renderer
   */
  public static HtmlRenderer create() {
    return new HtmlRenderer();
  }

  @Override
  public void render(DriftReport report, Writer out) throws IOException {
    new ReportPage(report, PageAssets.BUNDLED).write(out);
  }

  /**
   * Writes the index page of a run; its links are the report files the run names ({@link
   * RunReport#runFiles()}, {@link dev.drift.report.RunDocument#reports()}), relative to the page.
   */
  @Override
  public void render(RunReport run, Writer out) throws IOException {
    new IndexPage(run, PageAssets.INDEX).write(out);
  }
}
