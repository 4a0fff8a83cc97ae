package dev.drift.cli.options;

import dev.drift.DriftOptions;
import dev.drift.score.Thresholds;
import dev.drift.shift.Severity;
import dev.drift.shift.ShiftOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --max-drift} and {@code --min-similarity}. */
public final class ThresholdOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  private Double maxDrift;
  private Double minSimilarity;

  @Option(
      names = "--max-drift",
      paramLabel = "X",
      description =
          "Fail when document drift (0 = identical, 1 = nothing in common) is above X."
              + " Default: "
              + Thresholds.DEFAULT_MAX_DRIFT
              + ".")
  void setMaxDrift(double value) {
    if (value < 0 || value > 1 || Double.isNaN(value)) {
      throw new ParameterException(
          spec.commandLine(), "--max-drift must be between 0 and 1, not " + value);
    }
    maxDrift = value;
  }

  @Option(
      names = "--min-similarity",
      paramLabel = "Y",
      description =
          "Fail when a matched pair's cosine similarity is below Y. Default: "
              + Thresholds.DEFAULT_MIN_SIMILARITY
              + ".")
  void setMinSimilarity(double value) {
    if (value < -1 || value > 1 || Double.isNaN(value)) {
      throw new ParameterException(
          spec.commandLine(), "--min-similarity must be between -1 and 1, not " + value);
    }
    minSimilarity = value;
  }

  private Severity failOn;
  private Severity sentenceSeverity;
  private Double warningScore;
  private Double errorScore;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      description =
          "Fail when a shift has this severity or more: info, warning or error. Default: error.")
  void setFailOn(String name) {
    failOn = severity(name);
  }

  @Option(
      names = "--sentence-severity",
      paramLabel = "SEVERITY",
      description =
          "Severity of a whole sentence dropped or added: info, warning or error. Default: error"
              + " (lower it for comparable texts that legitimately differ).")
  void setSentenceSeverity(String name) {
    sentenceSeverity = severity(name);
  }

  @Option(
      names = "--warning-score",
      paramLabel = "X",
      description =
          "Impact score from which a wording change is a warning. Default: "
              + ShiftOptions.DEFAULT_WARNING_SCORE
              + ".")
  void setWarningScore(double value) {
    warningScore = unit("--warning-score", value);
  }

  @Option(
      names = "--error-score",
      paramLabel = "X",
      description =
          "Impact score from which a wording change is an error. Default: "
              + ShiftOptions.DEFAULT_ERROR_SCORE
              + ".")
  void setErrorScore(double value) {
    errorScore = unit("--error-score", value);
  }

  private Severity severity(String name) {
    try {
      return Severity.parse(name);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private double unit(String option, double value) {
    if (value < 0 || value > 1 || Double.isNaN(value)) {
      throw new ParameterException(
          spec.commandLine(), option + " must be between 0 and 1, not " + value);
    }
    return value;
  }

  /**
   * Applies the given thresholds.
   *
   * @param options the options so far
   * @return the options with these thresholds
   */
  public DriftOptions applyTo(DriftOptions options) {
    Thresholds t = options.thresholds();
    if (maxDrift != null) {
      t = t.withMaxDrift(maxDrift);
    }
    if (minSimilarity != null) {
      t = t.withMinSimilarity(minSimilarity);
    }
    if (failOn != null) {
      t = t.withFailOn(failOn);
    }
    ShiftOptions shifts = options.shifts();
    if (sentenceSeverity != null) {
      shifts = shifts.withSentenceSeverity(sentenceSeverity);
    }
    if (warningScore != null || errorScore != null) {
      double warning = warningScore != null ? warningScore : shifts.warningScore();
      double error = errorScore != null ? errorScore : shifts.errorScore();
      if (warning > error) {
        throw new ParameterException(
            spec.commandLine(), "--warning-score must not be above --error-score");
      }
      shifts = shifts.withScores(warning, error);
    }
    return options.withThresholds(t).withShifts(shifts);
  }
}
