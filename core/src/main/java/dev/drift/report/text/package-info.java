/** The terminal renderer. Uses only {@code dev.drift.report}. */
package dev.drift.report.text;
