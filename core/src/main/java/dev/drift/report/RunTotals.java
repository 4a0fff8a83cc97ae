package dev.drift.report;

import java.util.Locale;

/**
 * The totals of a run over many documents.
 *
 * @param checked documents compared
 * @param passed documents that pass
 * @param failed documents that fail
 * @param missing files without counterpart that were reported
 * @param missingFails whether the files without counterpart fail the run
 * @param accepted shifts a baseline accepted, over all documents
 * @param stale baseline entries that matched nothing, over all documents
 * @param passes whether the run passes: no document fails and no missing counterpart fails it
 * @param seconds how long the run took
 */
public record RunTotals(
    int checked,
    int passed,
    int failed,
    int missing,
    boolean missingFails,
    int accepted,
    int stale,
    boolean passes,
    double seconds) {

  /**
   * One line for a log or a page: documents checked, passed, failed, files without counterpart,
   * accepted shifts, stale baseline entries, time taken.
   *
   * @return e.g. {@code 3 documents checked, 2 passed, 1 failed, 1 without counterpart, in 2.1 s}
   */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append(checked).append(checked == 1 ? " document" : " documents").append(" checked, ");
    sb.append(passed).append(" passed, ").append(failed).append(" failed");
    if (missing > 0) {
      sb.append(", ").append(missing).append(" without counterpart");
    }
    if (accepted > 0) {
      sb.append(", ").append(accepted).append(" shifts accepted by the baseline");
    }
    if (stale > 0) {
      sb.append(", ").append(stale).append(" stale baseline entries");
    }
    sb.append(String.format(Locale.ROOT, ", in %.1f s", seconds));
    return sb.toString();
  }
}
