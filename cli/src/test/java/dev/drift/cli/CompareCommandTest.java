package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage and input errors: all caught before the model loads. */
class CompareCommandTest extends CommandTestBase {
  static final String ORIGINAL = "../examples/g20/original.txt";

  @Test
  void version_prints_the_project_version() {
    run("--version");
    assertExit(0);
    assertThat(out).startsWith("drift ").doesNotContain("unknown");
  }

  @Test
  void help_lists_commands_and_exit_codes() {
    run("--help");
    assertExit(0);
    assertThat(out).contains("compare", "Exit codes:", "bad usage or bad input");
  }

  @Test
  void compare_help_shows_an_example() {
    run("compare", "--help");
    assertExit(0);
    assertThat(out).contains("Examples:", "drift compare examples/g20/original.txt", "--max-drift");
  }

  @Test
  void no_subcommand_prints_usage_and_exits_2() {
    run();
    assertExit(2);
    assertThat(err).contains("Usage: drift");
  }

  @Test
  void missing_file_is_one_line_and_exit_2() {
    run("compare", ORIGINAL, "no/such/file.txt");
    assertExit(2);
    assertOneLineError("no/such/file.txt", "no such file");
  }

  @Test
  void directory_instead_of_file_is_exit_2() {
    run("compare", "../examples", ORIGINAL);
    assertExit(2);
    assertOneLineError("../examples", "directory");
  }

  @Test
  void binary_file_is_exit_2(@TempDir Path dir) throws Exception {
    Path binary = dir.resolve("image.png");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    run("compare", ORIGINAL, binary.toString());
    assertExit(2);
    assertOneLineError("image.png", "binary");
  }

  @Test
  void invalid_utf8_is_exit_2(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("latin1.txt");
    Files.write(bad, "caf\u00e9 au lait.".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    run("compare", ORIGINAL, bad.toString());
    assertExit(2);
    assertOneLineError("latin1.txt", "not valid UTF-8", "line 1");
  }

  @Test
  void unknown_option_is_exit_2() {
    run("compare", ORIGINAL, ORIGINAL, "--max-drfit", "0.2");
    assertExit(2);
    assertThat(err).contains("--max-drfit");
  }

  @Test
  void out_of_range_threshold_is_exit_2() {
    run("compare", ORIGINAL, ORIGINAL, "--max-drift", "1.5");
    assertExit(2);
    assertThat(err).contains("--max-drift must be between 0 and 1");
  }

  @Test
  void unknown_format_is_exit_2() {
    run("compare", ORIGINAL, ORIGINAL, "--format", "pdf");
    assertExit(2);
    assertThat(err).contains("unknown format 'pdf'");
  }

  @Test
  void bad_language_tag_is_exit_2() {
    run("compare", ORIGINAL, ORIGINAL, "--original-lang", "not_a_tag!");
    assertExit(2);
    // A bad option value is a usage error, like --max-drift 2: the problem, then the help hint.
    assertThat(err.lines().findFirst().orElse(""))
        .startsWith("drift: --original-lang ")
        .contains("'not_a_tag!' is not a BCP 47 language tag");
    assertThat(err).doesNotContain("\tat ", "Exception");
  }

  @Test
  void missing_model_directory_is_exit_3_naming_it(@TempDir Path dir) {
    run("compare", ORIGINAL, ORIGINAL, "--model", dir.resolve("nothing").toString());
    assertExit(3);
    assertThat(err).contains("model directory not found", "nothing");
    assertThat(err).doesNotContain("\tat ");
  }
}
