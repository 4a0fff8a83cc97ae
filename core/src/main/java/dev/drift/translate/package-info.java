/**
 * Stage 3, translate (when the two documents are in different languages and a translator is
 * configured): renders every sentence of the translation into the original's language with Debian's
 * Apertium or any command reading one sentence per line ({@link
 * dev.drift.translate.DocumentTranslator}: {@code SegmentedDocument} → the same with renderings).
 * Renderings travel beside the real sentences; offsets keep pointing into the real file. May use
 * {@code load} and {@code segment}.
 */
package dev.drift.translate;
