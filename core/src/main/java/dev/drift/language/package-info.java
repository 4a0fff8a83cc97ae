/**
 * Languages: which language a document reads as ({@link dev.drift.language.LanguageDetector},
 * n-gram profiles of 68 languages, loaded on first use). Not a stage of the pipeline: the facade
 * and the translate stage consult it. The detector library's types (and Guava's) never leave this
 * package. May use {@code load} and {@code segment}.
 */
package dev.drift.language;
