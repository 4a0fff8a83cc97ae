package dev.drift.batch;

import dev.drift.DriftInputException;
import java.nio.file.Path;
import java.util.List;

/**
 * A pattern such as {@code docs/{lang}} naming translation directories, with the directory it is
 * relative to (a configuration file's, a pom's). Immutable.
 *
 * @param base the directory the pattern is relative to
 * @param pattern the pattern, holding {@value TranslationTree#LANGUAGE_PLACEHOLDER} once
 */
public record TranslationPattern(Path base, String pattern) {

  /**
   * Creates a pattern.
   *
   * @param base the directory the pattern is relative to
   * @param pattern the pattern
   * @throws IllegalArgumentException if it does not hold {@value
   *     TranslationTree#LANGUAGE_PLACEHOLDER}
   */
  public TranslationPattern {
    if (!pattern.contains(TranslationTree.LANGUAGE_PLACEHOLDER)) {
      throw new IllegalArgumentException(
          "must hold " + TranslationTree.LANGUAGE_PLACEHOLDER + " (e.g. docs/{lang})");
    }
  }

  /**
   * The directories the pattern matches.
   *
   * @param source the source directory, left out of the matches
   * @return the trees, possibly empty
   * @throws DriftInputException if the pattern is malformed or its parent is missing
   */
  public List<TranslationTree> trees(Path source) {
    return TranslationTree.fromPattern(base, pattern, source);
  }
}
