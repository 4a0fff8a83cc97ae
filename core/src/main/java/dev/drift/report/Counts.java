package dev.drift.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.drift.shift.Severity;
import dev.drift.shift.Shift;

/**
 * How many pairs of each kind a report has.
 *
 * @param matches pairs with both sides
 * @param moved matches out of the common order
 * @param omissions original sentences with no counterpart (pairs)
 * @param additions translation sentences with no counterpart (pairs)
 * @param info shifts of severity info (accepted ones not included)
 * @param warning shifts of severity warning (accepted ones not included)
 * @param error shifts of severity error (accepted ones not included)
 * @param accepted shifts a baseline accepts (written to JSON only when there are some)
 */
public record Counts(
    int matches,
    int moved,
    int omissions,
    int additions,
    int info,
    int warning,
    int error,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) int accepted) {

  /**
   * Counts without accepted shifts.
   *
   * @param matches pairs with both sides
   * @param moved matches out of the common order
   * @param omissions omission pairs
   * @param additions addition pairs
   * @param info info shifts
   * @param warning warning shifts
   * @param error error shifts
   */
  public Counts(
      int matches, int moved, int omissions, int additions, int info, int warning, int error) {
    this(matches, moved, omissions, additions, info, warning, error, 0);
  }

  /**
   * Counts the pairs of a report.
   *
   * @param pairs the pairs
   * @return the counts
   */
  public static Counts of(java.util.List<Pair> pairs) {
    int matches = 0;
    int moved = 0;
    int omissions = 0;
    int additions = 0;
    int accepted = 0;
    int[] severities = new int[Severity.values().length];
    for (Pair p : pairs) {
      for (Shift shift : p.shifts()) {
        if (shift.accepted()) {
          accepted++;
        } else {
          severities[shift.severity().ordinal()]++;
        }
      }
      switch (p.kind()) {
        case MATCH -> {
          matches++;
          moved += p.moved() ? 1 : 0;
        }
        case OMISSION -> omissions++;
        case ADDITION -> additions++;
      }
    }
    return new Counts(
        matches,
        moved,
        omissions,
        additions,
        severities[Severity.INFO.ordinal()],
        severities[Severity.WARNING.ordinal()],
        severities[Severity.ERROR.ordinal()],
        accepted);
  }
}
