/**
 * Stage 6, score: pair and document drift and the pass/fail verdict against thresholds. May use
 * {@code align} and {@code shift}.
 */
package dev.drift.score;
