/**
 * Stage 5, align: match the sentences of two documents by cosine similarity, with m:n beads,
 * omissions, additions and moved content ({@link dev.drift.align.Aligner}: {@code EmbeddedPair} →
 * {@link dev.drift.align.Alignment}). May use {@code load}, {@code segment} and {@code embed}.
 */
package dev.drift.align;
