package dev.drift.report.sarif;

import dev.drift.report.DriftReport;
import dev.drift.report.Pair;
import dev.drift.report.PairKind;
import dev.drift.report.Region;
import dev.drift.report.Verdict;
import dev.drift.shift.Severity;
import dev.drift.shift.Shift;
import dev.drift.shift.ShiftKind;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The results of drift's SARIF logs, one report at a time: a result per shift of severity warning
 * or error at the translation's span (a dropped sentence at the original's), with the original's
 * span as related location, a content fingerprint and, for a shift a baseline accepts, an external
 * suppression; then a result for a failing document at the translation's first line. Stateless.
 */
final class SarifResults {
  private SarifResults() {}

  /**
   * Writes the results of one report: one per shift of severity warning or error, then one for the
   * document when it fails.
   */
  static void write(SarifLog log, DriftReport report) throws IOException {
    String original = report.original().path();
    String translation = report.translation().path();
    for (Pair p : report.pairs()) {
      for (Shift s : p.shifts()) {
        if (s.severity().compareTo(Severity.WARNING) < 0) {
          continue;
        }
        boolean dropped = p.kind() == PairKind.OMISSION || s.translation() == null;
        Region primary = Region.of(p, s, !dropped);
        if (primary == null) {
          continue;
        }
        Region related = dropped ? null : Region.of(p, s, false);
        ShiftKind rule = SarifTool.rule(s);
        log.add(
            new SarifLog.Result(
                SarifTool.ruleId(rule),
                s.severity() == Severity.ERROR ? "error" : "warning",
                message(s, dropped),
                List.of(new SarifLog.Location(dropped ? original : translation, primary, null)),
                related == null
                    ? List.of()
                    : List.of(new SarifLog.Location(original, related, "the original")),
                "driftShift/v1",
                fingerprint(report, s),
                s.accepted() ? "accepted in the drift baseline" : null));
      }
    }
    if (report.verdict() == Verdict.FAIL) {
      log.add(
          new SarifLog.Result(
              SarifTool.DOCUMENT_RULE,
              "error",
              String.format(Locale.ROOT, "drift %.2f: ", report.drift())
                  + String.join("; ", report.reasons()),
              List.of(SarifLog.Location.file(translation)),
              List.of(),
              null,
              null,
              null));
    }
  }

  private static String message(Shift s, boolean dropped) {
    String text = s.severity().id() + ": " + s.message();
    return dropped || s.original() == null ? text : text + " (see [the original](1))";
  }

  /** A stable hash of what the shift is: its file pair, kinds and both texts. */
  private static String fingerprint(DriftReport report, Shift s) {
    return SarifLog.fingerprint(
        report.original().path(),
        report.translation().path(),
        String.valueOf(s.kinds()),
        s.original() == null ? "" : s.original().text().strip(),
        s.translation() == null ? "" : s.translation().text().strip());
  }
}
