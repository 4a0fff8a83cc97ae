package dev.drift.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * One document of a run.
 *
 * @param path the path inside the trees, with {@code /} separators
 * @param language the translation's language
 * @param drift document drift
 * @param verdict pass or fail
 * @param reasons why it fails
 * @param worst the worst place, or {@code null} when nothing stands out
 * @param reports report files written for it, by file extension, relative to the output directory
 * @param report the full report
 */
@JsonPropertyOrder({
  "path",
  "language",
  "drift",
  "verdict",
  "reasons",
  "worst",
  "reports",
  "report"
})
public record RunDocument(
    String path,
    String language,
    double drift,
    Verdict verdict,
    List<String> reasons,
    @JsonInclude(JsonInclude.Include.NON_NULL) Place worst,
    Map<String, String> reports,
    DriftReport report) {

  /**
   * Creates a document entry.
   *
   * @param path the relative path
   * @param language the language
   * @param drift the drift
   * @param verdict the verdict
   * @param reasons the reasons
   * @param worst the worst place, or {@code null}
   * @param reports the report files
   * @param report the full report
   */
  public RunDocument {
    reasons = List.copyOf(reasons);
    reports = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(reports));
  }
}
