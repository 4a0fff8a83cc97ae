package dev.drift.report.text;

import dev.drift.report.DriftReport;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** The report's first lines: both documents, the model, sentence counts, then the warnings. */
final class ReportHeader {
  /** The line that says a translation was graded as worded freely. */
  static final String FREE =
      "worded freely: paraphrase shown as info; --wording literal grades every changed word";

  private ReportHeader() {}

  static void write(DriftReport report, Ansi ansi, Writer out) throws IOException {
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
                        report.translation().language())
                    + (report.translation().translator() == null
                        ? ""
                        : " · rendered by " + report.translation().translator()))
            + "\n");
    if (report.translation().wording() != null) {
      out.write(ansi.dim(FREE) + "\n");
    }
    for (String warning : report.warnings()) {
      out.write(ansi.yellow("warning: " + warning) + "\n");
    }
  }
}
