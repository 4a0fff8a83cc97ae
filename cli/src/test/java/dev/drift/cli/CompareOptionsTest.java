package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad values of the grading, report and model options of {@code compare} and {@code check}: exit 2
 * with one error line (then the pointer to {@code --help}), no stack trace, and nothing loaded or
 * written: the cache directory is never created. Their effects with the real model are in {@link
 * CompareOptionsIT} and {@link CheckOptionsIT}.
 */
class CompareOptionsTest extends CommandTestBase {
  static final String ORIGINAL = "../examples/g20/original.txt";
  static final String TRANSLATION = "../examples/g20/translation.txt";
  static final String DOCS = "../examples/docs";

  @TempDir Path tmp;

  /** Runs a command on the seed pair (compare) or the docs example (check) with extra options. */
  private void runWith(String command, String options) {
    String files =
        command.equals("compare") ? ORIGINAL + " " + TRANSLATION : DOCS + "/en " + DOCS + "/fr";
    String cache = tmp.resolve("cache").toString();
    run((command + " " + files + " --no-config --cache-dir " + cache + " " + options).split(" "));
  }

  /** Exit 2, one {@code drift: } line holding {@code message}, then where to find help. */
  private void assertUsageError(String command, String message) {
    assertExit(2);
    String[] lines = err.strip().split("\\R");
    assertThat(lines).as("stderr:%n%s", err).hasSize(2);
    assertThat(lines[0]).isEqualTo("drift: " + message);
    assertThat(lines[1]).isEqualTo("Try 'drift " + command + " --help' for more information.");
    assertThat(err).doesNotContain("\tat ", "Exception");
    assertThat(out).isEmpty();
    assertThat(tmp.resolve("cache")).as("nothing loaded: no cache directory").doesNotExist();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "compare | --fail-on fatal | unknown severity 'fatal' (expected info, warning or error)",
        "check   | --fail-on fatal | unknown severity 'fatal' (expected info, warning or error)",
        "compare | --min-severity debug | unknown severity 'debug' (expected info, warning or"
            + " error)",
        "check   | --min-severity debug | unknown severity 'debug' (expected info, warning or"
            + " error)",
        "compare | --sentence-severity high | unknown severity 'high' (expected info, warning or"
            + " error)",
        "check   | --sentence-severity high | unknown severity 'high' (expected info, warning or"
            + " error)",
      })
  void severity_options_should_refuse_an_unknown_severity(
      String command, String option, String message) {
    runWith(command, option);
    assertUsageError(command, message);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "compare | --warning-score 1.5 | --warning-score must be between 0 and 1, not 1.5",
        "compare | --warning-score -0.01 | --warning-score must be between 0 and 1, not -0.01",
        "compare | --error-score NaN | --error-score must be between 0 and 1, not NaN",
        "compare | --error-score 2 | --error-score must be between 0 and 1, not 2.0",
        "compare | --warning-score high | Invalid value for option '--warning-score': 'high' is"
            + " not a double",
        "check   | --warning-score 1.5 | --warning-score must be between 0 and 1, not 1.5",
        "check   | --error-score NaN | --error-score must be between 0 and 1, not NaN",
      })
  void score_options_should_refuse_values_outside_0_to_1(
      String command, String option, String message) {
    runWith(command, option);
    assertUsageError(command, message);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "compare | --warning-score 0.8 --error-score 0.5",
        "check   | --warning-score 0.8 --error-score 0.5",
        // against the default --error-score, 0.75
        "compare | --warning-score 0.9",
        "check   | --warning-score 0.9",
        // against the default --warning-score, 0.45
        "compare | --error-score 0.3",
        "check   | --error-score 0.3",
      })
  void score_options_should_refuse_a_warning_score_above_the_error_score(
      String command, String options) {
    runWith(command, options);
    // Two settings that do not go together, whichever layer each came from: one input error.
    assertOneLineError("warningScore ", " must not be above errorScore ");
    assertExit(2);
    assertThat(out).isEmpty();
    assertThat(tmp.resolve("cache")).as("nothing loaded: no cache directory").doesNotExist();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "compare | --input-format rtf | unknown input format 'rtf' (expected text, markdown,"
            + " html, xliff, po, properties or json)",
        "compare | --pooling median | Invalid value for option '--pooling': expected one of [MEAN,"
            + " CLS, MAX] (case-insensitive) but was 'median'",
        "check   | --pooling median | Invalid value for option '--pooling': expected one of [MEAN,"
            + " CLS, MAX] (case-insensitive) but was 'median'",
      })
  void input_and_pooling_options_should_refuse_an_unknown_value(
      String command, String option, String message) {
    runWith(command, option);
    assertUsageError(command, message);
  }

  @ParameterizedTest(name = "{0} --model {1}")
  @CsvSource({"compare, autox", "check, autox", "compare, Auto", "check, minilm-int4"})
  void model_option_should_refuse_a_mistyped_model_name(String command, String name) {
    runWith(command, "--model " + name);
    assertUsageError(
        command,
        "--model '"
            + name
            + "' is neither a model directory nor a bundled model (minilm, minilm-int8, auto)");
  }

  @ParameterizedTest(name = "--model {0}")
  @CsvSource({"auto", "minilm-int8", "minilm"})
  void model_option_should_carry_a_bundled_name_to_the_options(String name) {
    CompareCommand compare = new CompareCommand();
    new picocli.CommandLine(compare).parseArgs(ORIGINAL, TRANSLATION, "--model", name);
    dev.drift.embed.ModelSettings model =
        dev.drift.cli.options.ConfigOptions.commandLine(compare.model).toOptions().model();
    assertThat(model.model()).isEqualTo(Path.of(name));
    assertThat(model.bundled()).as("an English-only bundled model").isTrue();
  }

  @Test
  void check_should_have_no_input_format_option() {
    // check decides each file's format by its extension and content; only compare can force one.
    runWith("check", "--input-format text");
    assertExit(2);
    assertThat(err).startsWith("drift: Unknown option: '--input-format'");
  }
}
