package dev.drift.batch;

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
 */
public record BatchSummary(
    List<DocumentOutcome> documents,
    List<MissingCounterpart> missing,
    MissingPolicy missingPolicy,
    Duration elapsed,
    Path index) {

  /**
   * Creates a summary.
   *
   * @param documents the outcomes
   * @param missing the reported files without counterpart
   * @param missingPolicy the policy
   * @param elapsed the time taken
   * @param index the index page, or {@code null}
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
    sb.append(String.format(Locale.ROOT, ", in %.1f s", elapsed.toMillis() / 1000.0));
    return sb.toString();
  }
}
