package dev.drift.bundle;

import dev.drift.load.ProseText;

/**
 * One side of a translation unit: where it stands in its raw file and its decoded text.
 *
 * @param start UTF-16 offset in the raw file where the text begins (after the opening tag or quote)
 * @param end UTF-16 offset where it ends (exclusive)
 * @param raw the raw file's text from {@code start} to {@code end}: escapes, entities and inline
 *     tags as written
 * @param prose the decoded text (escapes and entities resolved, inline tags removed) with the map
 *     of each of its characters into the raw file
 */
public record UnitText(int start, int end, String raw, ProseText prose) {

  /**
   * The decoded text.
   *
   * @return the text as a program shows it
   */
  public String text() {
    return prose.text();
  }

  /**
   * Whether the text is empty or whitespace only.
   *
   * @return true if there is nothing to translate or nothing translated
   */
  public boolean blank() {
    return prose.text().isBlank();
  }
}
