package dev.drift.shift;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A wording shift inside an aligned pair, or a whole sentence dropped or added.
 *
 * @param kinds what changed (at least one)
 * @param severity how much it matters
 * @param score impact on meaning in [0, 1]
 * @param message one line for the editor, e.g. {@code quoted wording changed: obscene → lewd}
 * @param original the span in the original, or {@code null} for an addition
 * @param translation the span in the translation, or {@code null} for an omission
 * @param accepted whether a baseline accepts it, so it neither fails the verdict nor adds to drift
 *     (written to JSON only when true)
 */
public record Shift(
    List<ShiftKind> kinds,
    Severity severity,
    double score,
    String message,
    TextSpan original,
    TextSpan translation,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean accepted) {

  /**
   * Creates a shift no baseline accepts.
   *
   * @param kinds what changed
   * @param severity how much it matters
   * @param score impact on meaning
   * @param message one line for the editor
   * @param original the span in the original, or {@code null}
   * @param translation the span in the translation, or {@code null}
   */
  public Shift(
      List<ShiftKind> kinds,
      Severity severity,
      double score,
      String message,
      TextSpan original,
      TextSpan translation) {
    this(kinds, severity, score, message, original, translation, false);
  }

  /**
   * Returns a copy marked as accepted by a baseline.
   *
   * @return the copy
   */
  public Shift asAccepted() {
    return new Shift(kinds, severity, score, message, original, translation, true);
  }
}
