/**
 * Stage 4, align: match the sentences of two documents by cosine similarity, with m:n beads,
 * omissions, additions and moved content. Uses {@code segment} and {@code embed} (vectors only).
 */
package dev.drift.align;
