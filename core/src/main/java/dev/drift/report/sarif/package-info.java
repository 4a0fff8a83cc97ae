/**
 * SARIF 2.1.0 output for code scanning: {@link dev.drift.report.sarif.SarifRenderer} for comparison
 * reports, over {@link dev.drift.report.sarif.SarifLog}, drift's one SARIF writer, which other
 * reports ({@code drift stale}) write through too. May use only {@code dev.drift.report} and the
 * value types it exposes.
 */
package dev.drift.report.sarif;
