package dev.drift.batch;

import dev.drift.report.DriftReport;

/**
 * Hears about a run's progress, the way a shell shows it: a log, a progress bar, a terminal. Calls
 * come from the thread running the batch, in order: {@link #missingCounterpart} for each file
 * without counterpart, then {@link #documentStarted} and {@link #documentFinished} for each pair.
 * Every method does nothing by default.
 */
public interface BatchListener {

  /** A listener that ignores everything. */
  BatchListener NONE = new BatchListener() {};

  /**
   * A file has no counterpart. Not called under {@link MissingPolicy#IGNORE}.
   *
   * @param missing the file and where its counterpart was looked for
   * @param policy {@link MissingPolicy#WARN} or {@link MissingPolicy#FAIL}
   */
  default void missingCounterpart(MissingCounterpart missing, MissingPolicy policy) {}

  /**
   * A comparison starts.
   *
   * @param pair the files
   */
  default void documentStarted(DocumentPair pair) {}

  /**
   * A comparison ended and its reports are written.
   *
   * @param outcome the verdict, the worst places and the report files
   * @param report the full report
   */
  default void documentFinished(DocumentOutcome outcome, DriftReport report) {}
}
