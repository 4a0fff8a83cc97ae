package dev.drift.cli.options;

import dev.drift.DriftOptions;
import dev.drift.score.Thresholds;
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
    return options.withThresholds(t);
  }
}
