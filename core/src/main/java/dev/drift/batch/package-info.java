/**
 * Checking whole trees: pairs the files of a source directory with their counterparts in
 * translation directories by relative path, applies include and exclude globs, pairs translation
 * files in place (an XLIFF or PO file alone, {@code messages_es.properties} against {@code
 * messages.properties}; also in bundle directories, which need no translation tree), runs every
 * pair through one model (translation files unit by unit, through {@link dev.drift.BundleChecker}),
 * writes per-document reports and an index page under an output directory, and reports progress
 * through a {@link dev.drift.batch.BatchListener}. Shared by the CLI's {@code drift check} and the
 * Maven plugin, which only map their parameters to a {@link dev.drift.batch.BatchRequest}. May use
 * the facade's package, {@code baseline}, {@code report} and its renderers, and the value types of
 * {@code load}, {@code embed}, {@code shift} and {@code score}.
 */
package dev.drift.batch;
