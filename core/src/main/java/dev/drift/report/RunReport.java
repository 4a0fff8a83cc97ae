package dev.drift.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.drift.score.Thresholds;
import java.util.List;

/**
 * Everything a run over many documents found; what run-level renderers (the terminal table, the
 * SARIF log, the Markdown summary) draw from. Built by {@code dev.drift.batch}; renderers never
 * recompute anything. Immutable.
 *
 * @param schema the JSON schema version, {@value #SCHEMA}
 * @param source the originals' directory
 * @param sourceLanguage the originals' language
 * @param thresholds the thresholds applied
 * @param totals the totals
 * @param documents every document checked, in the order checked
 * @param missing one line per file without counterpart
 * @param top the worst places of the failing documents, worst first
 */
@JsonPropertyOrder({
  "schema",
  "source",
  "sourceLanguage",
  "thresholds",
  "totals",
  "documents",
  "missing",
  "top"
})
public record RunReport(
    String schema,
    String source,
    String sourceLanguage,
    Thresholds thresholds,
    RunTotals totals,
    List<RunDocument> documents,
    List<String> missing,
    List<Place> top) {

  /** The schema name of the run JSON. */
  public static final String SCHEMA = "drift-run/1";

  /**
   * Creates a run report.
   *
   * @param schema the schema
   * @param source the source directory
   * @param sourceLanguage its language
   * @param thresholds the thresholds
   * @param totals the totals
   * @param documents the documents
   * @param missing the files without counterpart
   * @param top the worst places
   */
  public RunReport {
    documents = List.copyOf(documents);
    missing = List.copyOf(missing);
    top = List.copyOf(top);
  }

  /**
   * A run of one comparison, so that run-level formats can render a single report.
   *
   * @param report the report
   * @return the run
   */
  public static RunReport of(DriftReport report) {
    boolean pass = report.verdict() == Verdict.PASS;
    return new RunReport(
        SCHEMA,
        report.original().path(),
        report.original().language(),
        report.thresholds(),
        new RunTotals(
            1,
            pass ? 1 : 0,
            pass ? 0 : 1,
            0,
            false,
            report.counts().accepted(),
            report.stale().size(),
            pass,
            0),
        List.of(
            new RunDocument(
                report.translation().path(),
                report.translation().language(),
                report.drift(),
                report.verdict(),
                report.reasons(),
                null,
                java.util.Map.of(),
                report)),
        List.of(),
        List.of());
  }
}
