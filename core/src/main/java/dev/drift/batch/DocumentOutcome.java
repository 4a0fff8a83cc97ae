package dev.drift.batch;

import dev.drift.report.DriftReport;
import dev.drift.report.Place;
import dev.drift.report.ReportFormat;
import dev.drift.report.Verdict;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result for one document pair, without the full report: what a log, a summary and the index
 * page need.
 *
 * @param pair the files
 * @param drift document drift in [0, 1]
 * @param maxDrift the drift threshold applied
 * @param verdict pass or fail
 * @param reasons why it fails (empty when it passes)
 * @param reports the report files written, by format, relative to the output directory with {@code
 *     /} separators, in the request's order (empty when no files are written)
 * @param worst the worst places, worst first, at most {@link #WORST}
 */
public record DocumentOutcome(
    DocumentPair pair,
    double drift,
    double maxDrift,
    Verdict verdict,
    List<String> reasons,
    Map<ReportFormat, String> reports,
    List<Place> worst) {

  /** How many worst places an outcome keeps. */
  public static final int WORST = 5;

  /**
   * Creates an outcome.
   *
   * @param pair the files
   * @param drift document drift
   * @param maxDrift the drift threshold
   * @param verdict the verdict
   * @param reasons why it fails
   * @param reports the report files written
   * @param worst the worst places
   */
  public DocumentOutcome {
    reasons = List.copyOf(reasons);
    reports = Collections.unmodifiableMap(new LinkedHashMap<>(reports));
    worst = List.copyOf(worst);
  }

  /**
   * Summarises a report.
   *
   * @param pair the files
   * @param report the report
   * @param reports the report files written, relative to the output directory
   * @return the outcome
   */
  public static DocumentOutcome of(
      DocumentPair pair, DriftReport report, Map<ReportFormat, String> reports) {
    return new DocumentOutcome(
        pair,
        report.drift(),
        report.thresholds().maxDrift(),
        report.verdict(),
        report.reasons(),
        reports,
        WorstPlaces.of(report, pair, WORST));
  }

  /**
   * Whether the document passes.
   *
   * @return true for a passing verdict
   */
  public boolean passed() {
    return verdict == Verdict.PASS;
  }

  /**
   * One line with the file, the drift and the verdict, and for a failure the reasons.
   *
   * @return e.g. {@code src/docs/fr/guide.md: drift 0.42 (max 0.30) FAIL: drift 0.42 is above
   *     maxDrift 0.30}
   */
  public String headline() {
    String line =
        String.format(
            Locale.ROOT,
            "%s: drift %.2f (max %.2f) %s",
            pair.translation(),
            drift,
            maxDrift,
            verdict.name());
    return reasons.isEmpty() ? line : line + ": " + String.join("; ", reasons);
  }
}
