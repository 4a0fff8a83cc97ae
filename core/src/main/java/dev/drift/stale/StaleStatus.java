package dev.drift.stale;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a translated document stands against its source. */
public enum StaleStatus {
  /** The source is unchanged since the translation's base. */
  CURRENT,
  /** The source changed since the base, but only in form (typo, punctuation, markup, reflow). */
  COSMETIC,
  /** The source changed in meaning since the base: the translation needs work. */
  OUTDATED,
  /** The source has no translation file. */
  UNTRANSLATED,
  /** The translation file has no source file. */
  ORPHANED,
  /** The base could not be found (not committed, or missing from a shallow clone). */
  UNKNOWN;

  /**
   * The name in reports.
   *
   * @return the lower-case name
   */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
