package dev.drift.report;

import dev.drift.shift.Severity;
import dev.drift.shift.Shift;

/**
 * How many pairs of each kind a report has.
 *
 * @param matches pairs with both sides
 * @param moved matches out of the common order
 * @param omissions original sentences with no counterpart (pairs)
 * @param additions translation sentences with no counterpart (pairs)
 * @param info shifts of severity info
 * @param warning shifts of severity warning
 * @param error shifts of severity error
 */
public record Counts(
    int matches, int moved, int omissions, int additions, int info, int warning, int error) {

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
    int[] severities = new int[Severity.values().length];
    for (Pair p : pairs) {
      for (Shift shift : p.shifts()) {
        severities[shift.severity().ordinal()]++;
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
        severities[Severity.ERROR.ordinal()]);
  }
}
