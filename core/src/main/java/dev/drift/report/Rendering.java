package dev.drift.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * One drawing of a report: a format and the options it is drawn with. Its {@link #key()} names
 * everything that shapes the text, so the cache can keep the text for an unchanged report and serve
 * it without reading the report back or drawing it again.
 *
 * @param format the format
 * @param options the options (only the text format reads them)
 */
public record Rendering(ReportFormat format, RenderOptions options) {

  /**
   * What the text depends on besides the report.
   *
   * @return the format's name and the options (every component of {@link RenderOptions})
   */
  public String key() {
    // Spelled out, not options.toString(): a record's toString costs a short run its first call.
    return format.id()
        + "|"
        + options.color()
        + "|"
        + options.width()
        + "|"
        + options.minSeverity();
  }

  /**
   * Draws a report.
   *
   * @param report the report
   * @return the text, as the format's renderer writes it
   */
  public String draw(DriftReport report) {
    StringWriter out = new StringWriter();
    try {
      format.renderer(options).render(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }
}
