/**
 * Stage 8, report: {@link dev.drift.report.ReportAssembler} turns what the stages found into the
 * immutable {@link dev.drift.report.DriftReport} every renderer draws from; {@link
 * dev.drift.report.ReportFormat} makes the renderers, one sub-package per format. May use every
 * stage's value types and its renderer sub-packages.
 */
package dev.drift.report;
