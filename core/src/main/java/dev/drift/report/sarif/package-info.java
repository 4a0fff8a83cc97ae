/**
 * SARIF 2.1.0 output for code scanning: {@link dev.drift.report.sarif.SarifRenderer}. May use only
 * {@code dev.drift.report} and the value types it exposes.
 */
package dev.drift.report.sarif;
