/**
 * Stage 7, score: pair and document drift and the pass/fail verdict against thresholds ({@link
 * dev.drift.score.DriftScorer}: alignment and shifts → {@link dev.drift.score.DriftScorer.Score}).
 * May use the stages before it: {@code load}, {@code segment}, {@code embed}, {@code align} and
 * {@code shift}.
 */
package dev.drift.score;
