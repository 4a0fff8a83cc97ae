package dev.drift.batch;

import dev.drift.report.DriftReport;

/**
 * Hears about a run's progress, the way a shell shows it: a log, a progress bar, a terminal. Calls
 * never overlap, but may come from the runner's worker threads: first {@link #runStarted}, then
 * {@link #missingCounterpart} for each file without counterpart, then {@link #documentStarted} and
 * {@link #documentFinished} for each pair; when documents are compared in parallel, the starts and
 * ends of different documents interleave. Every method does nothing by default.
 */
public interface BatchListener {

  /** A listener that ignores everything. */
  BatchListener NONE = new BatchListener() {};

  /**
   * The trees are paired and the comparisons are about to start.
   *
   * @param documents how many document pairs will be compared
   */
  default void runStarted(int documents) {}

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
