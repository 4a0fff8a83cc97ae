package dev.drift.batch;

import java.nio.file.Path;

/**
 * An original and its translation, found at the same relative path in their trees; or two
 * translation files of one directory ({@code messages.properties} and {@code
 * messages_es.properties}); or one bilingual file (XLIFF, PO), which is then both.
 *
 * @param relativePath the path inside both trees (of the translation, for two files of one
 *     directory), segments separated by {@code /}
 * @param original the original file
 * @param originalLanguage the original's language
 * @param translation the translation file
 * @param translationLanguage the translation's language
 */
public record DocumentPair(
    String relativePath,
    Path original,
    String originalLanguage,
    Path translation,
    String translationLanguage) {

  /**
   * A bilingual file, checked alone.
   *
   * @param relativePath its path inside its tree
   * @param file the file
   * @param originalLanguage the source language its tree or request gives
   * @param translationLanguage the target language its tree or name gives
   * @return the pair, whose original and translation are the file
   */
  public static DocumentPair bilingual(
      String relativePath, Path file, String originalLanguage, String translationLanguage) {
    return new DocumentPair(relativePath, file, originalLanguage, file, translationLanguage);
  }

  /**
   * Whether this is one bilingual file rather than two files.
   *
   * @return true when original and translation are the same file
   */
  public boolean isBilingual() {
    return original.equals(translation);
  }
}
