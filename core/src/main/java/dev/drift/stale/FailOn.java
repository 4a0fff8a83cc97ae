package dev.drift.stale;

import java.util.Locale;

/** Which statuses fail a {@code drift stale} run ({@code --fail-on}). */
public enum FailOn {
  /** A document that is outdated fails the run. */
  OUTDATED,
  /** A document that is outdated or changed cosmetically fails the run. */
  COSMETIC,
  /** Nothing fails the run. */
  NEVER;

  /**
   * Parses a name as users write it.
   *
   * @param name {@code outdated}, {@code cosmetic} or {@code never}
   * @return the value
   * @throws IllegalArgumentException for another name
   */
  public static FailOn parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown value '" + name + "' (expected outdated, cosmetic or never)", e);
    }
  }

  /**
   * Whether a document with this status fails the run.
   *
   * @param status the document's status
   * @return true if it fails
   */
  public boolean fails(StaleStatus status) {
    return switch (this) {
      case OUTDATED -> status == StaleStatus.OUTDATED;
      case COSMETIC -> status == StaleStatus.OUTDATED || status == StaleStatus.COSMETIC;
      case NEVER -> false;
    };
  }
}
