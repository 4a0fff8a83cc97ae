/**
 * Translation files: XLIFF 1.2 and 2.0, gettext PO, Java {@code .properties} and JSON message
 * bundles, read into units already paired by id, msgid or key ({@link
 * dev.drift.bundle.BundleReader} → {@link dev.drift.bundle.Bundle}), and the checks made on each
 * unit's source and target that need no model ({@link dev.drift.bundle.UnitChecks}: placeholders,
 * inline tags, whitespace, length, untranslated). Every text keeps a map to UTF-16 offsets in its
 * raw file. May use {@code load}, {@code segment} and {@code shift} (the value types of shifts).
 */
package dev.drift.bundle;
