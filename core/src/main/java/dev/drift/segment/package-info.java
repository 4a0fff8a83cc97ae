/**
 * Stage 2, segment: split prose blocks into sentences (ICU4J) that keep their raw-file offsets,
 * line and column ({@link dev.drift.segment.SentenceSegmenter}: {@code SourceDocument} → {@link
 * dev.drift.segment.SegmentedDocument}). May use {@code load}.
 */
package dev.drift.segment;
