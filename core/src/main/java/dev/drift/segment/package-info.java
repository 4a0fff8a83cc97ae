/**
 * Stage 2, segment: split prose blocks into sentences (ICU4J) that keep their raw-file offsets,
 * line and column. Uses {@code load}.
 */
package dev.drift.segment;
