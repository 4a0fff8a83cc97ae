package dev.drift.shift;

import dev.drift.DriftInputException;

/** Checks that a setting lies in its range, with one wording for every setting. Stateless. */
public final class Range {
  private Range() {}

  /**
   * Checks a value.
   *
   * @param name the setting's name, as users write it in the configuration file
   * @param value its value
   * @param min the least allowed value
   * @param max the greatest allowed value
   * @throws DriftInputException if the value is outside {@code [min, max]} or not a number
   */
  public static void check(String name, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new DriftInputException(
          name + " must be between " + bound(min) + " and " + bound(max) + ", not " + value);
    }
  }

  private static String bound(double d) {
    return d == Math.rint(d) ? String.valueOf((int) d) : String.valueOf(d);
  }
}
