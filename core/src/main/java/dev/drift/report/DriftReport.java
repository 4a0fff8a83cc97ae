package dev.drift.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
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
  "warnings"
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
    List<String> warnings) {

  /** The schema name of this report version. */
  public static final String SCHEMA = "drift-report/1";
}
