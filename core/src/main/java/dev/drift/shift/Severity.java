package dev.drift.shift;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How much a shift matters to an editor, in increasing order. */
public enum Severity {
  /** A harmless paraphrase. */
  INFO,
  /** A shift in meaning worth a look. */
  WARNING,
  /** A change that must be fixed or accepted: numbers, names, negation, quotes, dropped text. */
  ERROR;

  /**
   * The lower-case name used in reports and options.
   *
   * @return {@code info}, {@code warning} or {@code error}
   */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a severity name, case-insensitively.
   *
   * @param name {@code info}, {@code warning} or {@code error}
   * @return the severity
   * @throws IllegalArgumentException for another name
   */
  @JsonCreator
  public static Severity parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown severity '" + name + "' (expected info, warning or error)", e);
    }
  }
}
