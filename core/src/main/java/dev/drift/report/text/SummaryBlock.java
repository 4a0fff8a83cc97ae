package dev.drift.report.text;

import dev.drift.report.DriftReport;
import dev.drift.report.Pair;
import dev.drift.report.Region;
import dev.drift.report.RenderOptions;
import dev.drift.report.StaleShift;
import dev.drift.report.Verdict;
import dev.drift.shift.Shift;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The end of a report, after the pairs: the shifts a baseline accepts and the baseline entries that
 * matched nothing, then the summary with the drift score and the verdict as the last lines.
 * Immutable.
 */
final class SummaryBlock {
  private final RenderOptions options;
  private final Ansi ansi;

  SummaryBlock(RenderOptions options, Ansi ansi) {
    this.options = options;
    this.ansi = ansi;
  }

  /** Accepted shifts and stale entries, apart from the pairs. */
  void writeBaseline(DriftReport report, Writer out) throws IOException {
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
          accepted.add(where + shift.severity().id() + ": " + Lines.oneLine(shift.message()));
        }
      }
    }
    if (!accepted.isEmpty()) {
      out.write(ansi.dim("accepted by the baseline (not counted):") + "\n");
      for (String line : accepted) {
        for (String l : Lines.wrap(line, Math.max(20, options.width() - 4))) {
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
        for (String l : Lines.wrap(Lines.oneLine(text), Math.max(20, options.width() - 4))) {
          out.write("  " + l + "\n");
        }
      }
      out.write("\n");
    }
  }

  /** The closing lines: drift against the maximum, the pair counts, the verdict, the reasons. */
  void writeVerdict(DriftReport report, Writer out) throws IOException {
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
}
