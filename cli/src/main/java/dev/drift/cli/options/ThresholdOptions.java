package dev.drift.cli.options;

import static dev.drift.cli.options.SettingsSource.check;
import static dev.drift.cli.options.SettingsSource.parse;

import dev.drift.config.Setting;
import dev.drift.config.Settings;
import dev.drift.score.Thresholds;
import dev.drift.shift.Severity;
import dev.drift.shift.ShiftOptions;
import dev.drift.shift.Wording;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Thresholds and severity: {@code --max-drift}, {@code --fail-on}, the score bands. */
public final class ThresholdOptions implements SettingsSource {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  private Double maxDrift;
  private Double minSimilarity;
  private Severity failOn;
  private Severity sentenceSeverity;
  private Wording wording;
  private Double warningScore;
  private Double errorScore;

  @Option(
      names = "--max-drift",
      paramLabel = "X",
      description =
          "Fail when document drift (0 = identical, 1 = nothing in common) is above X."
              + " Default: "
              + Thresholds.DEFAULT_MAX_DRIFT
              + ".")
  void setMaxDrift(double value) {
    maxDrift = check(spec, Setting.MAX_DRIFT, value, "--max-drift");
  }

  @Option(
      names = "--min-similarity",
      paramLabel = "Y",
      description =
          "Fail when a matched pair's cosine similarity is below Y. Default: "
              + Thresholds.DEFAULT_MIN_SIMILARITY
              + ".")
  void setMinSimilarity(double value) {
    minSimilarity = check(spec, Setting.MIN_SIMILARITY, value, "--min-similarity");
  }

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      description =
          "Fail when a shift has this severity or more: info, warning or error. Default: error.")
  void setFailOn(String name) {
    failOn = parse(spec, Setting.FAIL_SEVERITY, name);
  }

  @Option(
      names = "--sentence-severity",
      paramLabel = "SEVERITY",
      description =
          "Severity of a whole sentence dropped or added: info, warning or error. Default: error"
              + " (lower it for comparable texts that legitimately differ).")
  void setSentenceSeverity(String name) {
    sentenceSeverity = parse(spec, Setting.SENTENCE_SEVERITY, name);
  }

  @Option(
      names = "--wording",
      paramLabel = "WORDING",
      description =
          "How closely the translation keeps the original's words: auto (default: told from the"
              + " document), literal (a revision or copy: every changed word graded by its"
              + " impact) or free (an independent translation: paraphrase is information, only"
              + " numbers, names, negation, antonyms, quotes and sentences dropped or added"
              + " warn).")
  void setWording(String name) {
    wording = parse(spec, Setting.WORDING, name);
  }

  @Option(
      names = "--warning-score",
      paramLabel = "X",
      description =
          "Impact score from which a wording change is a warning. Default: "
              + ShiftOptions.DEFAULT_WARNING_SCORE
              + ".")
  void setWarningScore(double value) {
    warningScore = check(spec, Setting.WARNING_SCORE, value, "--warning-score");
  }

  @Option(
      names = "--error-score",
      paramLabel = "X",
      description =
          "Impact score from which a wording change is an error. Default: "
              + ShiftOptions.DEFAULT_ERROR_SCORE
              + ".")
  void setErrorScore(double value) {
    errorScore = check(spec, Setting.ERROR_SCORE, value, "--error-score");
  }

  @Override
  public void addTo(Settings.Builder commandLine) {
    commandLine
        .set(Setting.MAX_DRIFT, maxDrift, "--max-drift")
        .set(Setting.MIN_SIMILARITY, minSimilarity, "--min-similarity")
        .set(Setting.FAIL_SEVERITY, failOn, "--fail-on")
        .set(Setting.SENTENCE_SEVERITY, sentenceSeverity, "--sentence-severity")
        .set(Setting.WORDING, wording, "--wording")
        .set(Setting.WARNING_SCORE, warningScore, "--warning-score")
        .set(Setting.ERROR_SCORE, errorScore, "--error-score");
  }
}
