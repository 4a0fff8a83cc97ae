package dev.drift.report;

/**
 * How many pairs of each kind a report has.
 *
 * @param matches pairs with both sides
 * @param moved matches out of the common order
 * @param omissions original sentences with no counterpart (pairs)
 * @param additions translation sentences with no counterpart (pairs)
 */
public record Counts(int matches, int moved, int omissions, int additions) {

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
    for (Pair p : pairs) {
      switch (p.kind()) {
        case MATCH -> {
          matches++;
          moved += p.moved() ? 1 : 0;
        }
        case OMISSION -> omissions++;
        case ADDITION -> additions++;
      }
    }
    return new Counts(matches, moved, omissions, additions);
  }
}
