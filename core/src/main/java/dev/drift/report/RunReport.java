package dev.drift.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.drift.score.Thresholds;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a run over many documents found; what run-level renderers (the terminal table, the
 * SARIF log, the Markdown summary, the HTML index page) draw from. Built by {@code
 * dev.drift.batch}; renderers never recompute anything. Immutable.
 *
 * @param schema the JSON schema version, {@value #SCHEMA}
 * @param source the originals' directory
 * @param sourceLanguage the originals' language
 * @param thresholds the thresholds applied
 * @param totals the totals
 * @param documents every document checked, in the order checked
 * @param missing one line per file without counterpart
 * @param top the worst places of the failing documents, worst first
 * @param runFiles the reports of the whole run written to the output directory, by file extension,
 *     relative to it (e.g. {@code sarif} → {@code drift.sarif}), in the order written; what the
 *     index page links to. Not part of the JSON ({@value #SCHEMA} stays as it was): it says where
 *     files went, not what the run found
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
    List<Place> top,
    @JsonIgnore Map<String, String> runFiles) {

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
   * @param runFiles the run-level report files, by extension ({@code null} for none)
   */
  public RunReport {
    documents = List.copyOf(documents);
    missing = List.copyOf(missing);
    top = List.copyOf(top);
    runFiles =
        runFiles == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(runFiles));
  }

  /**
   * Creates a run report that names no run-level report files; how a run reads back from JSON.
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
  @JsonCreator
  public RunReport(
      @JsonProperty("schema") String schema,
      @JsonProperty("source") String source,
      @JsonProperty("sourceLanguage") String sourceLanguage,
      @JsonProperty("thresholds") Thresholds thresholds,
      @JsonProperty("totals") RunTotals totals,
      @JsonProperty("documents") List<RunDocument> documents,
      @JsonProperty("missing") List<String> missing,
      @JsonProperty("top") List<Place> top) {
    this(schema, source, sourceLanguage, thresholds, totals, documents, missing, top, Map.of());
  }

  /**
   * Returns a copy naming the run-level report files written.
   *
   * @param runFiles by file extension, the path relative to the output directory
   * @return the copy
   */
  public RunReport withRunFiles(Map<String, String> runFiles) {
    return new RunReport(
        schema, source, sourceLanguage, thresholds, totals, documents, missing, top, runFiles);
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
