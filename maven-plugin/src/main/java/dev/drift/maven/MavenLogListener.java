package dev.drift.maven;

import dev.drift.batch.BatchListener;
import dev.drift.batch.BatchSummary;
import dev.drift.batch.DocumentOutcome;
import dev.drift.batch.DocumentPair;
import dev.drift.batch.MissingCounterpart;
import dev.drift.batch.MissingPolicy;
import dev.drift.report.DriftReport;
import dev.drift.report.Place;
import dev.drift.report.StaleShift;
import org.apache.maven.plugin.logging.Log;

/**
 * Shows a run in the Maven log: for each failing document one line with its drift and verdict, then
 * its worst places as {@code file:line:column: message} lines (which IDEs and CI turn into links);
 * files without counterpart as warnings, or errors when they fail the build; stale baseline entries
 * as warnings. Passing documents appear with {@code -X} only. Failing documents are errors when
 * they fail the build, warnings when {@code failOnDrift} is off.
 */
final class MavenLogListener implements BatchListener {
  private final Log log;
  private final boolean failOnDrift;

  /**
   * Creates the listener.
   *
   * @param log the Mojo's log
   * @param failOnDrift whether a failing document fails the build
   */
  MavenLogListener(Log log, boolean failOnDrift) {
    this.log = log;
    this.failOnDrift = failOnDrift;
  }

  @Override
  public void missingCounterpart(MissingCounterpart missing, MissingPolicy policy) {
    if (policy == MissingPolicy.FAIL) {
      log.error(missing.message());
    } else {
      log.warn(missing.message());
    }
  }

  @Override
  public void documentStarted(DocumentPair pair) {
    if (log.isDebugEnabled()) {
      log.debug("drift: comparing " + pair.original() + " with " + pair.translation());
    }
  }

  @Override
  public void documentFinished(DocumentOutcome outcome, DriftReport report) {
    if (report != null) {
      for (StaleShift stale : report.stale()) {
        log.warn(
            outcome.pair().translation()
                + ": stale baseline entry, it matches nothing (drift baseline update drops it): "
                + (stale.message() != null ? stale.message() : stale.original()));
      }
    }
    if (outcome.passed()) {
      if (log.isDebugEnabled()) {
        log.debug(outcome.headline());
      }
      return;
    }
    problem(outcome.headline());
    for (Place finding : outcome.worst()) {
      problem(finding.toString());
    }
  }

  private void problem(String line) {
    if (failOnDrift) {
      log.error(line);
    } else {
      log.warn(line);
    }
  }

  /**
   * The message of a failing build: what failed and what to do about it, in the plugin's terms.
   *
   * @param summary the run
   * @param drifted whether drifting documents fail the build
   * @return one paragraph
   */
  static String failure(BatchSummary summary, boolean drifted) {
    String drift =
        summary.failed()
            + " of "
            + summary.checked()
            + " translations drift from their originals (see the log above and "
            + summary.index()
            + "). Fix the translations, raise <maxDrift>/<failSeverity> or lower <minSimilarity>"
            + " if the thresholds are too strict, or accept the current shifts with a <baseline>. ";
    String missing =
        summary.missing().size()
            + " without counterpart: add the missing files, leave them out with <excludes>, or"
            + " set <missingCounterparts> to warn.";
    return ("drift: " + (drifted ? drift : "") + (summary.missingFails() ? missing : "")).trim();
  }
}
