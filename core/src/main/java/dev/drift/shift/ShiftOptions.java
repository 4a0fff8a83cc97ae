package dev.drift.shift;

import dev.drift.DriftInputException;

/**
 * How shifts are graded.
 *
 * @param warningScore impact score from which a wording change is a {@link Severity#WARNING}
 * @param errorScore impact score from which a wording change is an {@link Severity#ERROR}
 * @param sentenceSeverity severity of a whole sentence dropped or added (error by default; lower it
 *     for comparable texts that legitimately differ)
 * @param glossary terms whose rendering is prescribed (empty by default)
 * @param wording how closely the translation keeps the original's words ({@link Wording#AUTO} by
 *     default: told from the document)
 */
public record ShiftOptions(
    double warningScore,
    double errorScore,
    Severity sentenceSeverity,
    Glossary glossary,
    Wording wording) {

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
   * Creates shift options.
   *
   * @param warningScore impact from which a change is a warning
   * @param errorScore impact from which a change is an error
   * @param sentenceSeverity severity of a dropped or added sentence
   * @param glossary the glossary, or {@code null} for none
   * @param wording the wording, or {@code null} for {@link Wording#AUTO}
   * @throws DriftInputException if a score is out of range or the warning score is above the error
   *     score
   */
  public ShiftOptions {
    Range.check("warningScore", warningScore, 0, 1);
    Range.check("errorScore", errorScore, 0, 1);
    if (warningScore > errorScore) {
      throw new DriftInputException(
          "warningScore " + warningScore + " must not be above errorScore " + errorScore);
    }
    if (sentenceSeverity == null) {
      throw new DriftInputException("no sentence severity given");
    }
    glossary = glossary == null ? Glossary.empty() : glossary;
    wording = wording == null ? Wording.AUTO : wording;
  }

  /**
   * Creates shift options that tell the wording from the document.
   *
   * @param warningScore impact from which a change is a warning
   * @param errorScore impact from which a change is an error
   * @param sentenceSeverity severity of a dropped or added sentence
   * @param glossary the glossary, or {@code null} for none
   */
  public ShiftOptions(
      double warningScore, double errorScore, Severity sentenceSeverity, Glossary glossary) {
    this(warningScore, errorScore, sentenceSeverity, glossary, Wording.AUTO);
  }

  /**
   * Creates shift options without a glossary.
   *
   * @param warningScore impact from which a change is a warning
   * @param errorScore impact from which a change is an error
   * @param sentenceSeverity severity of a dropped or added sentence
   */
  public ShiftOptions(double warningScore, double errorScore, Severity sentenceSeverity) {
    this(warningScore, errorScore, sentenceSeverity, Glossary.empty());
  }

  /**
   * Returns a copy with another glossary.
   *
   * @param glossary the glossary
   * @return the copy
   */
  public ShiftOptions withGlossary(Glossary glossary) {
    return new ShiftOptions(warningScore, errorScore, sentenceSeverity, glossary, wording);
  }

  /**
   * Returns a copy with another wording.
   *
   * @param wording auto, literal or free
   * @return the copy
   */
  public ShiftOptions withWording(Wording wording) {
    return new ShiftOptions(warningScore, errorScore, sentenceSeverity, glossary, wording);
  }

  /**
   * Returns a copy with another severity for dropped or added sentences.
   *
   * @param severity the severity
   * @return the copy
   */
  public ShiftOptions withSentenceSeverity(Severity severity) {
    return new ShiftOptions(warningScore, errorScore, severity, glossary, wording);
  }

  /**
   * Returns a copy with other score thresholds.
   *
   * @param warning impact from which a change is a warning
   * @param error impact from which a change is an error
   * @return the copy
   */
  public ShiftOptions withScores(double warning, double error) {
    return new ShiftOptions(warning, error, sentenceSeverity, glossary, wording);
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
