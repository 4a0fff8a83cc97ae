package dev.drift.shift;

/**
 * How shifts are graded.
 *
 * @param warningScore impact score from which a wording change is a {@link Severity#WARNING}
 * @param errorScore impact score from which a wording change is an {@link Severity#ERROR}
 * @param sentenceSeverity severity of a whole sentence dropped or added (error by default; lower it
 *     for comparable texts that legitimately differ)
 */
public record ShiftOptions(double warningScore, double errorScore, Severity sentenceSeverity) {

  /** Default {@link #warningScore()}; see the README's "Shifts" section. */
  public static final double DEFAULT_WARNING_SCORE = 0.45;

  /** Default {@link #errorScore()}; see the README's "Shifts" section. */
  public static final double DEFAULT_ERROR_SCORE = 0.75;

  /**
   * The defaults.
   *
   * @return warning from 0.45, error from 0.75, dropped or added sentences are errors
   */
  public static ShiftOptions defaults() {
    return new ShiftOptions(DEFAULT_WARNING_SCORE, DEFAULT_ERROR_SCORE, Severity.ERROR);
  }

  /**
   * Returns a copy with another severity for dropped or added sentences.
   *
   * @param severity the severity
   * @return the copy
   */
  public ShiftOptions withSentenceSeverity(Severity severity) {
    return new ShiftOptions(warningScore, errorScore, severity);
  }

  /**
   * Returns a copy with other score thresholds.
   *
   * @param warning impact from which a change is a warning
   * @param error impact from which a change is an error
   * @return the copy
   */
  public ShiftOptions withScores(double warning, double error) {
    return new ShiftOptions(warning, error, sentenceSeverity);
  }

  /**
   * The severity of a wording change with this impact.
   *
   * @param score impact in [0, 1]
   * @return its severity
   */
  public Severity severityOf(double score) {
    return score >= errorScore
        ? Severity.ERROR
        : score >= warningScore ? Severity.WARNING : Severity.INFO;
  }
}
