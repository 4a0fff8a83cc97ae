package dev.drift.batch;

import java.nio.file.Path;

/**
 * An original and its translation, found at the same relative path in their trees.
 *
 * @param relativePath the path inside both trees, segments separated by {@code /}
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
    String translationLanguage) {}
