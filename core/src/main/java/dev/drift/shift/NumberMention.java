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
public record NumberMention(int fromWord, int toWord, String text, Set<String> values) {

  /**
   * Whether two mentions can stand for the same value.
   *
   * @param other another mention
   * @return true when their value sets intersect
   */
  public boolean sameValue(NumberMention other) {
    for (String v : values) {
      if (other.values.contains(v)) {
        return true;
      }
    }
    return false;
  }
}
