package dev.drift.report;

import java.io.IOException;
import java.io.Writer;

/** Draws a {@link DriftReport} in one format. Renderers never recompute anything. */
public interface ReportRenderer {

  /**
   * Writes the report.
   *
   * @param report the report
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  void render(DriftReport report, Writer out) throws IOException;
}
