package dev.drift.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.drift.shift.ShiftKind;
import java.util.List;

/**
 * A baseline entry for a document that matched no shift of it: the shift it accepted is gone (the
 * translation was fixed, or the text around it changed), so the entry can be removed with {@code
 * drift baseline update}.
 *
 * @param kinds the kinds the entry accepted
 * @param original the original's text of the accepted shift, or {@code null}
 * @param translation the translation's text of the accepted shift, or {@code null}
 * @param message what the shift said when it was accepted
 */
@JsonPropertyOrder({"kinds", "original", "translation", "message"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StaleShift(
    List<ShiftKind> kinds, String original, String translation, String message) {

  /**
   * Creates a stale entry.
   *
   * @param kinds the kinds
   * @param original the original's text, or {@code null}
   * @param translation the translation's text, or {@code null}
   * @param message the message
   */
  public StaleShift {
    kinds = List.copyOf(kinds);
  }
}
