/**
 * Languages: which language a document reads as ({@link dev.drift.language.LanguageDetector},
 * n-gram profiles of 68 languages, loaded on first use, and {@link
 * dev.drift.language.EnglishProse}, which confirms plainly English prose without them), and the
 * guard that refuses a pair the model cannot read or warns when a declared language is not the one
 * the prose reads as ({@link dev.drift.language.LanguageGuard}, a pure function). Not a stage of
 * the pipeline: the facade and the translate stage consult it. The detector library's types (and
 * Guava's) never leave this package. May use {@code load} and {@code segment}.
 */
package dev.drift.language;
