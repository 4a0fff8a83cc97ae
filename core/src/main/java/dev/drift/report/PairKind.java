package dev.drift.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What an aligned pair is. */
public enum PairKind {
  /** Sentences on both sides that render each other. */
  MATCH,
  /** Original sentences with nothing in the translation. */
  OMISSION,
  /** Translation sentences with nothing in the original. */
  ADDITION;

  /**
   * The lower-case name used in reports.
   *
   * @return {@code match}, {@code omission} or {@code addition}
   */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a kind name.
   *
   * @param name the name
   * @return the kind
   */
  @JsonCreator
  public static PairKind parse(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }
}
