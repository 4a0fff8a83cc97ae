package dev.drift.report;

import dev.drift.shift.Severity;

/**
 * Settings for drawing a report, whatever the format. Each renderer reads what applies to it: the
 * text renderer reads all three; the machine formats (JSON, SARIF) and the page formats (HTML,
 * Markdown) ignore them, so their output never depends on the terminal. Immutable.
 *
 * @param color whether to use ANSI colours
 * @param width the terminal width in columns (at least 40)
 * @param minSeverity the least severe shift shown (the JSON report always has them all)
 */
public record RenderOptions(boolean color, int width, Severity minSeverity) {

  /**
   * Plain text, 100 columns, shifts from warning up.
   *
   * @return the default options
   */
  public static RenderOptions defaults() {
    return new RenderOptions(false, 100, Severity.WARNING);
  }

  /**
   * Returns a copy showing shifts from another severity up.
   *
   * @param minSeverity the least severe shift shown
   * @return the copy
   */
  public RenderOptions withMinSeverity(Severity minSeverity) {
    return new RenderOptions(color, width, minSeverity);
  }
}
