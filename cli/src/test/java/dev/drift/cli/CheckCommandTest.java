package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.RequiredTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** check, baseline and the polish commands: everything that fails or prints before the model. */
class CheckCommandTest extends CommandTestBase {
  static final String DOCS = "../examples/docs";

  @Test
  void check_without_trees_or_config_is_a_usage_error() {
    run("check");
    assertExit(2);
    assertThat(err).contains("drift: no trees to check", "drift check docs/en docs/fr");
  }

  @Test
  void config_errors_name_file_line_and_key(@TempDir Path dir) throws IOException {
    Path config =
        Files.writeString(dir.resolve("drift.yaml"), "sourceDirectory: en\nmaxDrift: 2\n");

    run("check", "--config", config.toString());

    assertExit(2);
    assertOneLineError(config + ":2:11: maxDrift: must be between 0 and 1, not 2");
  }

  @Test
  void an_unknown_config_key_suggests_the_right_one(@TempDir Path dir) throws IOException {
    Path config = Files.writeString(dir.resolve("drift.yaml"), "glosary: [TASS]\n");

    run("compare", "a.md", "b.md", "--config", config.toString());

    assertExit(2);
    assertOneLineError(config + ":1:1: unknown key 'glosary' (did you mean 'glossary'?)");
  }

  @Test
  void several_formats_need_an_output_directory() {
    run("check", DOCS + "/en", DOCS + "/fr", "--format", "json,sarif");
    assertExit(2);
    assertThat(err).contains("several formats (2) need --output-dir DIR");
    run("check", DOCS + "/en", DOCS + "/fr", "--format", "json,xml");
    assertExit(2);
    assertThat(err).contains("unknown format 'xml' (expected text, json, html, sarif, markdown)");
  }

  @Test
  void a_mistyped_option_or_command_gets_a_suggestion_and_a_pointer_to_help() {
    run("check", "--max-drfit", "0.2");
    assertExit(2);
    assertThat(err)
        .startsWith("drift: Unknown option: '--max-drfit'")
        .contains("Possible solutions: --max-drift")
        .contains("Try 'drift check --help' for more information.");
    run("chek");
    assertExit(2);
    assertThat(err).contains("Did you mean: drift check");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "compare",
        "check",
        "baseline",
        "baseline create",
        "baseline update",
        "generate-man-page"
      })
  void every_command_has_help_with_examples(String command) {
    String[] args = (command + " --help").split(" ");
    run(args);
    assertExit(0);
    assertThat(out).contains("Usage: drift " + command).containsPattern("Examples?:");
  }

  @Test
  void top_level_help_lists_the_new_commands() {
    run("--help");
    assertExit(0);
    assertThat(out)
        .contains("check", "baseline", "generate-completion", "generate-man-page", "Exit codes:");
  }

  @Test
  void generate_completion_prints_a_bash_completion_script_for_every_command() {
    run("generate-completion");
    assertExit(0);
    assertThat(out)
        .contains("complete -F _complete_drift")
        .contains("baseline", "check", "compare")
        .contains("--max-drift", "--output-dir");
  }

  @Test
  void generate_man_page_writes_troff_that_groff_renders_without_warnings(@TempDir Path dir)
      throws Exception {
    run("generate-man-page");
    assertExit(0);
    assertThat(out)
        .startsWith(".TH DRIFT 1")
        .contains(".SH NAME\ndrift \\- Find where a translation drifts")
        .contains(".SS \"drift check\"", ".SS \"drift baseline create\"")
        .contains("\\fB\\-\\-max\\-drift\\fR=\\fIX\\fR")
        .contains(".SH EXIT STATUS")
        .doesNotContain("${");
    Path page = Files.writeString(dir.resolve("drift.1"), out);
    RequiredTool.requireCommand("groff (apt-get install groff-base)", "groff", "--version");
    Process groff =
        new ProcessBuilder("groff", "-man", "-Tutf8", "-ww", "-z", page.toString())
            .redirectErrorStream(true)
            .start();
    String warnings = new String(groff.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(groff.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(warnings).as("groff warnings").isEmpty();
    assertThat(groff.exitValue()).isZero();
  }

  @Test
  void generate_man_page_writes_a_file(@TempDir Path dir) {
    Path page = dir.resolve("drift.1");
    run("generate-man-page", "-o", page.toString());
    assertExit(0);
    assertThat(page).content(StandardCharsets.UTF_8).startsWith(".TH DRIFT 1");
  }

  @Test
  void baseline_create_refuses_to_overwrite(@TempDir Path dir) throws IOException {
    Path existing = Files.writeString(dir.resolve("drift-baseline.yaml"), "schema: x\n");
    run("baseline", "create", DOCS + "/en", DOCS + "/fr", "--baseline", existing.toString());
    assertExit(2);
    assertOneLineError("drift-baseline.yaml exists; refresh it with drift baseline update");
  }

  @Test
  void baseline_without_subcommand_prints_usage() {
    run("baseline");
    assertExit(2);
    assertThat(err).contains("Usage: drift baseline", "create", "update");
  }

  @Test
  void a_missing_explicit_baseline_is_bad_input() {
    run("check", DOCS + "/en", DOCS + "/fr", "--baseline", "no-such-baseline.yaml");
    assertExit(2);
    assertOneLineError("no-such-baseline.yaml: no such baseline file");
  }
}
