package dev.drift.score;

import dev.drift.DriftInputException;
import dev.drift.shift.Range;
import dev.drift.shift.Severity;

/**
 * The limits a document pair must keep to pass.
 *
 * @param maxDrift highest document drift that still passes, in [0, 1]
 * @param minSimilarity lowest similarity a matched pair may have, in [-1, 1]
 * @param failOn the least severe shift that fails the verdict
 */
public record Thresholds(double maxDrift, double minSimilarity, Severity failOn) {

  /**
   * Creates thresholds.
   *
   * @throws DriftInputException if a limit is out of range or no severity is given
   */
  public Thresholds {
    Range.check("maxDrift", maxDrift, 0, 1);
    Range.check("minSimilarity", minSimilarity, -1, 1);
    if (failOn == null) {
      throw new DriftInputException("no failing severity given");
    }
  }

  /** Default {@link #maxDrift}: see the README's "Scores" section for how it was chosen. */
  public static final double DEFAULT_MAX_DRIFT = 0.3;

  /** Default {@link #minSimilarity}: see the README's "Scores" section for how it was chosen. */
  public static final double DEFAULT_MIN_SIMILARITY = 0.55;

  /**
   * The default thresholds.
   *
   * @return {@code maxDrift} {@value #DEFAULT_MAX_DRIFT}, {@code minSimilarity} {@value
   *     #DEFAULT_MIN_SIMILARITY}, {@code failOn} error
   */
  public static Thresholds defaults() {
    return new Thresholds(DEFAULT_MAX_DRIFT, DEFAULT_MIN_SIMILARITY, Severity.ERROR);
  }

  /**
   * Returns a copy with another drift limit.
   *
   * @param maxDrift the limit
   * @return the copy
   */
  public Thresholds withMaxDrift(double maxDrift) {
    return new Thresholds(maxDrift, minSimilarity, failOn);
  }

  /**
   * Returns a copy with another similarity limit.
   *
   * @param minSimilarity the limit
   * @return the copy
   */
  public Thresholds withMinSimilarity(double minSimilarity) {
    return new Thresholds(maxDrift, minSimilarity, failOn);
  }

  /**
   * Returns a copy with another failing severity.
   *
   * @param failOn the least severe shift that fails
   * @return the copy
   */
  public Thresholds withFailOn(Severity failOn) {
    return new Thresholds(maxDrift, minSimilarity, failOn);
  }
}
