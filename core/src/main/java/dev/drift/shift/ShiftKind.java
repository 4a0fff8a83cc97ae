package dev.drift.shift;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a shift changes. A shift can carry several kinds. */
public enum ShiftKind {
  /** Words replaced by other words. */
  SUBSTITUTION,
  /** Words (or a whole sentence) dropped in the translation. */
  OMISSION,
  /** Words (or a whole sentence) added in the translation. */
  ADDITION,
  /** A number, amount, date or time with another value. */
  NUMBER,
  /** A proper noun or acronym changed. */
  ENTITY,
  /** A negation added or removed. */
  NEGATION,
  /** The change lies inside quotation marks. */
  QUOTE,
  /** A URL or link target changed. */
  LINK,
  /** Inline code changed. */
  CODE,
  /** A placeholder such as {@code {name}} or {@code %s} changed. */
  PLACEHOLDER,
  /** A glossary term not rendered as required. */
  GLOSSARY,
  /** An inline tag of a translation unit ({@code <g>}, {@code <x/>}, HTML) lost or added. */
  TAG,
  /** A translation unit's leading or trailing whitespace differs from its source's. */
  WHITESPACE,
  /** A translation unit's target is much shorter or longer than its source. */
  LENGTH,
  /** A translation unit left untranslated: no target, an empty one, or the source copied. */
  UNTRANSLATED;

  /**
   * The lower-case name used in reports.
   *
   * @return the name, such as {@code substitution}
   */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a kind name, case-insensitively.
   *
   * @param name the name
   * @return the kind
   */
  @JsonCreator
  public static ShiftKind parse(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }
}
