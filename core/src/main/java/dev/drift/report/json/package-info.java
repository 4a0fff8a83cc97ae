/** The JSON renderer (schema {@code drift-report/1}). Uses only {@code dev.drift.report}. */
package dev.drift.report.json;
