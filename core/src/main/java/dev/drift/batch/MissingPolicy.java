package dev.drift.batch;

import java.util.Locale;

/** What to do about a file that has no counterpart in the other tree. */
public enum MissingPolicy {
  /** Say nothing. */
  IGNORE,
  /** Report it; the run can still pass. */
  WARN,
  /** Report it and fail the run. */
  FAIL;

  /**
   * The lower-case name used in options.
   *
   * @return {@code ignore}, {@code warn} or {@code fail}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a policy name, case-insensitively.
   *
   * @param name {@code ignore}, {@code warn} or {@code fail}
   * @return the policy
   * @throws IllegalArgumentException for another name
   */
  public static MissingPolicy parse(String name) {
    for (MissingPolicy p : values()) {
      if (p.name().equalsIgnoreCase(name.trim())) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "unknown policy '" + name + "' (expected ignore, warn or fail)");
  }
}
