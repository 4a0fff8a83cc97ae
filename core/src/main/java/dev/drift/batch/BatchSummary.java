package dev.drift.batch;

import dev.drift.report.RunReport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What a run found.
 *
 * @param documents the outcome of every pair checked, in the order checked
 * @param missing the files without counterpart that were reported (none under {@link
 *     MissingPolicy#IGNORE})
 * @param missingPolicy the policy for files without counterpart
 * @param elapsed how long the run took
 * @param index the index page written, or {@code null} when no files were written
 * @param run the run as run-level renderers draw it, with every full report, or {@code null}
 */
public record BatchSummary(
    List<DocumentOutcome> documents,
    List<MissingCounterpart> missing,
    MissingPolicy missingPolicy,
    Duration elapsed,
    Path index,
    RunReport run) {

  /**
   * Creates a summary without run report.
   *
   * @param documents the outcomes
   * @param missing the reported files without counterpart
   * @param missingPolicy the policy
   * @param elapsed the time taken
   * @param index the index page, or {@code null}
   */
  public BatchSummary(
      List<DocumentOutcome> documents,
      List<MissingCounterpart> missing,
      MissingPolicy missingPolicy,
      Duration elapsed,
      Path index) {
    this(documents, missing, missingPolicy, elapsed, index, null);
  }

  /**
   * Creates a summary.
   *
   * @param documents the outcomes
   * @param missing the reported files without counterpart
   * @param missingPolicy the policy
   * @param elapsed the time taken
   * @param index the index page, or {@code null}
   * @param run the run report, or {@code null}
   */
  public BatchSummary {
    documents = List.copyOf(documents);
    missing = List.copyOf(missing);
  }

  /**
   * How many documents were checked.
   *
   * @return the number of pairs compared
   */
  public int checked() {
    return documents.size();
  }

  /**
   * How many documents passed.
   *
   * @return the number with a passing verdict
   */
  public int passed() {
    return (int) documents.stream().filter(DocumentOutcome::passed).count();
  }

  /**
   * How many documents failed.
   *
   * @return the number with a failing verdict
   */
  public int failed() {
    return checked() - passed();
  }

  /**
   * Whether files without counterpart fail the run.
   *
   * @return true under {@link MissingPolicy#FAIL} when there is at least one
   */
  public boolean missingFails() {
    return missingPolicy == MissingPolicy.FAIL && !missing.isEmpty();
  }

  /**
   * Whether the run passes: no document fails and no missing counterpart fails it.
   *
   * @return true when everything passes
   */
  public boolean passes() {
    return failed() == 0 && !missingFails();
  }

  /**
   * How many shifts the baseline accepted.
   *
   * @return accepted shifts over all documents (0 without run report)
   */
  public int accepted() {
    return run == null ? 0 : run.totals().accepted();
  }

  /**
   * How many baseline entries matched nothing.
   *
   * @return stale entries over all documents (0 without run report)
   */
  public int stale() {
    return run == null ? 0 : run.totals().stale();
  }

  /**
   * One line for a log: documents checked, passed, failed, files without counterpart, time taken.
   *
   * @return e.g. {@code 3 documents checked, 2 passed, 1 failed, 1 without counterpart, in 2.1 s}
   */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append(checked()).append(checked() == 1 ? " document" : " documents").append(" checked, ");
    sb.append(passed()).append(" passed, ").append(failed()).append(" failed");
    if (!missing.isEmpty()) {
      sb.append(", ").append(missing.size()).append(" without counterpart");
    }
    if (accepted() > 0) {
      sb.append(", ").append(accepted()).append(" shifts accepted by the baseline");
    }
    if (stale() > 0) {
      sb.append(", ").append(stale()).append(" stale baseline entries");
    }
    sb.append(String.format(Locale.ROOT, ", in %.1f s", elapsed.toMillis() / 1000.0));
    return sb.toString();
  }
}
