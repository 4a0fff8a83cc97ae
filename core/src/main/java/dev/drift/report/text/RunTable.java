package dev.drift.report.text;

import dev.drift.report.Place;
import dev.drift.report.RenderOptions;
import dev.drift.report.RunDocument;
import dev.drift.report.RunReport;
import dev.drift.report.RunTotals;
import dev.drift.report.StaleShift;
import dev.drift.report.Verdict;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * A run as a table: one line per document (path, language, drift, verdict, worst place), the files
 * without counterpart and stale baseline entries, the worst places, then the total and the run's
 * verdict. Immutable.
 */
final class RunTable {
  private final RenderOptions options;
  private final Ansi ansi;

  RunTable(RenderOptions options, Ansi ansi) {
    this.options = options;
    this.ansi = ansi;
  }

  /**
   * Writes a run: one line per document with its drift, verdict and worst place, the files without
   * counterpart, then the total.
   */
  void write(RunReport run, Writer out) throws IOException {
    int pathWidth = "Document".length();
    for (RunDocument d : run.documents()) {
      pathWidth = Math.max(pathWidth, d.path().length());
    }
    pathWidth = Math.min(pathWidth, Math.max(20, options.width() / 3));
    String head =
        String.format(
            Locale.ROOT,
            "%-" + pathWidth + "s  %-5s  %5s  %-7s  %s",
            "Document",
            "Lang",
            "Drift",
            "Verdict",
            "Worst shift");
    out.write(ansi.bold(head) + "\n");
    int rest = Math.max(20, options.width() - pathWidth - 27);
    for (RunDocument d : run.documents()) {
      String path =
          d.path().length() > pathWidth
              ? "…" + d.path().substring(d.path().length() - pathWidth + 1)
              : d.path();
      String verdict = d.verdict() == Verdict.PASS ? "pass" : "FAIL";
      // No trailing blanks when there is no worst shift: the verdict is then the last column.
      String worst = d.worst() == null ? null : Lines.clip(d.worst().message(), rest);
      String verdictCell = worst == null ? verdict : String.format(Locale.ROOT, "%-7s", verdict);
      out.write(
          String.format(
                  Locale.ROOT, "%-" + pathWidth + "s  %-5s  %5.2f  ", path, d.language(), d.drift())
              + (d.verdict() == Verdict.PASS ? ansi.green(verdictCell) : ansi.boldRed(verdictCell))
              + (worst == null
                  ? ""
                  : "  " + (d.verdict() == Verdict.PASS ? ansi.dim(worst) : worst))
              + "\n");
    }
    for (String m : run.missing()) {
      out.write(ansi.yellow("missing: " + m) + "\n");
    }
    for (RunDocument d : run.documents()) {
      for (StaleShift stale : d.report().stale()) {
        String what = stale.message() != null ? stale.message() : String.valueOf(stale.original());
        out.write(
            ansi.yellow("stale baseline entry: " + d.report().translation().path() + ": ")
                + Lines.oneLine(what)
                + "\n");
      }
    }
    if (!run.top().isEmpty()) {
      out.write("\n");
      for (Place p : run.top()) {
        out.write(Lines.clip(p.toString(), Math.max(40, options.width())) + "\n");
      }
    }
    RunTotals t = run.totals();
    out.write(
        "\n"
            + t.describe()
            + " · "
            + (t.passes() ? ansi.boldGreen("PASS") : ansi.boldRed("FAIL"))
            + "\n");
  }
}
