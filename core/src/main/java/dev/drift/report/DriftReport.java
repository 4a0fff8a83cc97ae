package dev.drift.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.drift.score.Thresholds;
import java.util.List;

/**
 * Everything drift found about one document pair; what every renderer draws from. Immutable.
 *
 * @param schema the JSON schema version, {@value #SCHEMA}
 * @param original the original document
 * @param translation the translation
 * @param model the embedding model
 * @param drift document drift in [0, 1]
 * @param verdict pass or fail
 * @param reasons why it fails (empty when it passes)
 * @param thresholds the thresholds applied
 * @param counts pairs by kind
 * @param pairs the aligned pairs in the original's order, additions after the pair that precedes
 *     them in the translation
 * @param warnings things the reader should know about the result's reliability
 * @param stale baseline entries for this document that matched no shift (written to JSON only when
 *     there are some)
 */
@JsonPropertyOrder({
  "schema",
  "original",
  "translation",
  "model",
  "drift",
  "verdict",
  "reasons",
  "thresholds",
  "counts",
  "pairs",
  "warnings",
  "stale"
})
@JsonIgnoreProperties(ignoreUnknown = true)
public record DriftReport(
    String schema,
    DocumentSummary original,
    DocumentSummary translation,
    ModelSummary model,
    double drift,
    Verdict verdict,
    List<String> reasons,
    Thresholds thresholds,
    Counts counts,
    List<Pair> pairs,
    List<String> warnings,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<StaleShift> stale) {

  /** The schema name of this report version. */
  public static final String SCHEMA = "drift-report/1";

  /**
   * Creates a report.
   *
   * @param schema the schema version
   * @param original the original document
   * @param translation the translation
   * @param model the model
   * @param drift document drift
   * @param verdict the verdict
   * @param reasons why it fails
   * @param thresholds the thresholds
   * @param counts pairs by kind
   * @param pairs the pairs
   * @param warnings reliability warnings
   * @param stale stale baseline entries, or {@code null} for none
   */
  public DriftReport {
    stale = stale == null ? List.of() : List.copyOf(stale);
  }

  /**
   * Creates a report without baseline.
   *
   * @param schema the schema version
   * @param original the original document
   * @param translation the translation
   * @param model the model
   * @param drift document drift
   * @param verdict the verdict
   * @param reasons why it fails
   * @param thresholds the thresholds
   * @param counts pairs by kind
   * @param pairs the pairs
   * @param warnings reliability warnings
   */
  public DriftReport(
      String schema,
      DocumentSummary original,
      DocumentSummary translation,
      ModelSummary model,
      double drift,
      Verdict verdict,
      List<String> reasons,
      Thresholds thresholds,
      Counts counts,
      List<Pair> pairs,
      List<String> warnings) {
    this(
        schema,
        original,
        translation,
        model,
        drift,
        verdict,
        reasons,
        thresholds,
        counts,
        pairs,
        warnings,
        List.of());
  }
}
