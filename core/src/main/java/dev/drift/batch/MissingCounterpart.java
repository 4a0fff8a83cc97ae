package dev.drift.batch;

import java.nio.file.Path;

/**
 * A file in one tree with nothing at its relative path in the other.
 *
 * @param kind which side is missing
 * @param relativePath the path inside both trees, segments separated by {@code /}
 * @param existing the file that exists
 * @param expected where its counterpart was looked for
 * @param language the translation tree's language
 */
public record MissingCounterpart(
    Kind kind, String relativePath, Path existing, Path expected, String language) {

  /** Which side is missing. */
  public enum Kind {
    /** An original with no translation in a listed language. */
    NO_TRANSLATION,
    /** A translation with no original. */
    NO_ORIGINAL
  }

  /**
   * One line for a log or an index page.
   *
   * @return e.g. {@code src/docs/en/guide.md: no fr translation (expected src/docs/fr/guide.md)}
   */
  public String message() {
    return kind == Kind.NO_TRANSLATION
        ? existing + ": no " + language + " translation (expected " + expected + ")"
        : existing + ": " + language + " translation has no original (expected " + expected + ")";
  }
}
