package dev.drift.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.drift.shift.Shift;
import java.util.List;

/**
 * One aligned pair of the report.
 *
 * @param kind match, omission or addition
 * @param similarity cosine similarity of the two sides, {@code null} unless a match
 * @param drift this pair's contribution to drift in [0, 1]: {@code 1 - similarity} for a match, 1
 *     for an omission or addition
 * @param moved whether a match lies out of the documents' common order
 * @param original the original's sentences (empty for an addition)
 * @param translation the translation's sentences (empty for an omission)
 * @param shifts the wording shifts found in the pair
 * @param unit the translation unit's id (XLIFF id, PO msgid, bundle key) when the documents are
 *     translation files, else {@code null} and absent from JSON
 */
@JsonPropertyOrder({
  "kind",
  "unit",
  "similarity",
  "drift",
  "moved",
  "original",
  "translation",
  "shifts"
})
public record Pair(
    PairKind kind,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double similarity,
    double drift,
    boolean moved,
    List<SentenceRef> original,
    List<SentenceRef> translation,
    List<Shift> shifts,
    @JsonInclude(JsonInclude.Include.NON_NULL) String unit) {

  /**
   * A pair of two prose documents, which has no unit id.
   *
   * @param kind match, omission or addition
   * @param similarity cosine similarity, {@code null} unless a match
   * @param drift this pair's contribution to drift
   * @param moved whether a match lies out of order
   * @param original the original's sentences
   * @param translation the translation's sentences
   * @param shifts the wording shifts
   */
  public Pair(
      PairKind kind,
      Double similarity,
      double drift,
      boolean moved,
      List<SentenceRef> original,
      List<SentenceRef> translation,
      List<Shift> shifts) {
    this(kind, similarity, drift, moved, original, translation, shifts, null);
  }

  /**
   * This pair labelled with a translation unit's id.
   *
   * @param id the unit id
   * @return the labelled pair
   */
  public Pair withUnit(String id) {
    return new Pair(kind, similarity, drift, moved, original, translation, shifts, id);
  }
}
