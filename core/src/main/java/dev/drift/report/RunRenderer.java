package dev.drift.report;

import java.io.IOException;
import java.io.Writer;

/** Draws a {@link RunReport} in one format. Renderers never recompute anything. */
public interface RunRenderer {

  /**
   * Writes the run.
   *
   * @param run the run
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  void render(RunReport run, Writer out) throws IOException;
}
