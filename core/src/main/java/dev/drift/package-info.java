/**
 * The drift facade: {@link dev.drift.DriftChecker} compares a document with its translation under
 * {@link dev.drift.DriftOptions}. Failures are {@link dev.drift.DriftInputException} (bad input) or
 * {@link dev.drift.DriftException} (drift or its model failed).
 */
package dev.drift;
