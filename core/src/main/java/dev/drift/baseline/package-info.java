/**
 * Baselines: shifts a reviewer has accepted, kept in a YAML file next to the documents so that only
 * new drift fails a check. {@link dev.drift.baseline.Baseline} reads and writes the file; entries
 * match shifts by content (their kinds, the changed text and the sentences around it), never by
 * line number, so edits elsewhere in a document leave them valid. {@link
 * dev.drift.baseline.BaselineMatcher} marks the shifts one document's entries accept, between the
 * shift and score stages. May use {@code segment}, {@code align}, {@code shift}, and {@code report}
 * to turn reports into entries and to name stale entries.
 */
package dev.drift.baseline;
