/**
 * Stage 6, shift: the wording shifts inside aligned pairs, with kinds, severities and scores, and a
 * whole-sentence shift for every sentence dropped or added ({@link dev.drift.shift.ShiftFinder}:
 * alignment and documents → {@link dev.drift.shift.Shifts}); the detectors are package-private. May
 * use {@code load}, {@code segment}, {@code embed} and {@code align}.
 */
package dev.drift.shift;
