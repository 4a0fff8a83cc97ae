package dev.drift.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether a document pair passes its thresholds. */
public enum Verdict {
  /** Within every threshold. */
  PASS,
  /** Over at least one threshold; the report's {@code reasons} say which. */
  FAIL;

  /**
   * The lower-case name used in reports.
   *
   * @return {@code pass} or {@code fail}
   */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a verdict name.
   *
   * @param name the name
   * @return the verdict
   */
  @JsonCreator
  public static Verdict parse(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }
}
