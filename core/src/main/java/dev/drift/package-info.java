/**
 * The drift facade: {@link dev.drift.DriftChecker} compares a document with its translation under
 * {@link dev.drift.DriftOptions}, calling the stages in order — load, segment, embed, align, shift,
 * (baseline), score, report. Failures are {@link dev.drift.DriftInputException} (bad input) or
 * {@link dev.drift.DriftException} (drift or its model failed); stages may use these two and
 * nothing else of this package. The facade may use every stage, {@code baseline}, {@code report}
 * and {@code tools}; {@code batch} and {@code config} sit above it. The rules are a test: {@code
 * ArchitectureTest}.
 */
package dev.drift;
