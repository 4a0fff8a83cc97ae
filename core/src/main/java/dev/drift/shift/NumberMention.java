package dev.drift.shift;

import java.util.Set;

/**
 * A number, amount, date or time in a text, with every value it can stand for.
 *
 * @param fromWord index of its first word
 * @param toWord index after its last word
 * @param text the mention as written
 * @param values canonical values such as {@code n:1500}, {@code d:2023-03-02}, {@code md:03-02},
 *     {@code t:17:36}; an ambiguous mention ("02/03/2023") has several
 */
record NumberMention(int fromWord, int toWord, String text, Set<String> values) {
  private static final String FULL_DATE = "d:";

  /**
   * Whether two mentions can stand for the same value. A full date also carries its month and day
   * and its year and month, so that it matches "March 2" and "March 2023"; two full dates match
   * only on a full date, or 3 March and 4 March 2023 would match by their month.
   *
   * @param other another mention
   * @return true when their value sets intersect, on full dates when both have one
   */
  public boolean sameValue(NumberMention other) {
    boolean fullDates = hasFullDate() && other.hasFullDate();
    for (String v : values) {
      if ((!fullDates || v.startsWith(FULL_DATE)) && other.values.contains(v)) {
        return true;
      }
    }
    return false;
  }

  private boolean hasFullDate() {
    return values.stream().anyMatch(v -> v.startsWith(FULL_DATE));
  }
}
