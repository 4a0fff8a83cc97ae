package dev.drift.stale;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of {@code drift stale}: every document with its status.
 *
 * @param schema {@value #SCHEMA}
 * @param head the current commit, or {@code null} in a repository without commits
 * @param counts how many documents have each status, by status name
 * @param documents the documents, sorted by source then translation path
 */
@JsonPropertyOrder({"schema", "head", "counts", "documents"})
public record StaleReport(
    String schema, String head, Map<String, Integer> counts, List<StaleDocument> documents) {
  /** The JSON report's schema name. */
  public static final String SCHEMA = "drift-stale/1";

  /** Creates a report. */
  public StaleReport {
    documents = List.copyOf(documents);
    counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }

  /**
   * A report over documents, counting their statuses.
   *
   * @param head the current commit
   * @param documents the documents
   * @return the report
   */
  public static StaleReport of(String head, List<StaleDocument> documents) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (StaleStatus status : StaleStatus.values()) {
      counts.put(status.id(), 0);
    }
    for (StaleDocument document : documents) {
      counts.merge(document.status().id(), 1, Integer::sum);
    }
    return new StaleReport(SCHEMA, head, counts, documents);
  }

  /**
   * Whether the run fails.
   *
   * @param failOn the statuses that fail it
   * @return true if a document has one of them
   */
  public boolean fails(FailOn failOn) {
    return documents.stream().anyMatch(d -> failOn.fails(d.status()));
  }
}
