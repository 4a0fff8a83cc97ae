package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI with the real model on the seed pair. */
class CompareCommandIT extends CommandTestBase {
  static final String ORIGINAL = "../examples/g20/original.txt";
  static final String TRANSLATION = "../examples/g20/translation.txt";
  static final String CACHE = "target/drift-cache";

  @Test
  void seed_pair_prints_pairs_then_the_summary_and_exits_1() {
    run("compare", ORIGINAL, TRANSLATION, "--cache-dir", CACHE);
    assertExit(1);
    assertThat(err).isEmpty();
    String[] lines = out.strip().split("\n");
    assertThat(lines[0]).contains("original.txt", "translation.txt");
    assertThat(out).contains("dropped in the translation", "added in the translation");
    assertThat(out).doesNotContain("\u001b[");
    int summary = lines.length - 1;
    while (lines[summary].startsWith("  ✗")) {
      summary--;
    }
    assertThat(lines[summary]).startsWith("drift 0.").endsWith("FAIL");
    assertThat(summary).as("reasons follow the summary").isLessThan(lines.length - 1);
    assertThat(out).contains("is above maxDrift 0.30");
    for (String line : lines) {
      assertThat(line.length()).as("line fits 100 columns: %s", line).isLessThanOrEqualTo(100);
    }
  }

  @Test
  void timings_should_print_every_stage_and_the_peak_heap_on_stderr_only() {
    run("compare", ORIGINAL, TRANSLATION, "--no-cache", "--timings");
    assertExit(1);
    assertThat(out).contains("drift 0.");
    assertThat(err.strip().split("\n")).hasSize(1);
    assertThat(err)
        .startsWith("drift: timings: load ")
        .contains(" segment ", " embed ", " align ", " shift ", " report ", " total ")
        .containsPattern("peak heap [1-9][0-9]* MB");
  }

  @Test
  void same_file_passes_with_zero_drift() {
    run("compare", ORIGINAL, ORIGINAL, "--cache-dir", CACHE);
    assertExit(0);
    assertThat(out).contains("drift 0.00", "PASS");
  }

  @Test
  void json_report_to_file(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("report.json");
    run(
        "compare",
        ORIGINAL,
        TRANSLATION,
        "--cache-dir",
        CACHE,
        "--format",
        "json",
        "-o",
        report.toString(),
        "--max-drift",
        "0.9",
        "--min-similarity",
        "0.1");
    // Loose drift thresholds, but the dropped sentences are still shifts at error (the verdict
    // counts shifts since shift detection landed): the only reason left is the shifts.
    assertExit(1);
    assertThat(out).isEmpty();
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.get("schema").asText()).isEqualTo("drift-report/1");
    assertThat(json.get("verdict").asText()).isEqualTo("fail");
    assertThat(json.get("reasons")).hasSize(1);
    assertThat(json.get("reasons").get(0).asText()).contains("shifts at error or above");
    assertThat(json.get("thresholds").get("maxDrift").asDouble()).isEqualTo(0.9);
    assertThat(json.get("pairs").size()).isGreaterThan(20);
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(report); // no temp file left behind
    }
  }

  @Test
  void output_into_a_missing_directory_is_exit_2() {
    run("compare", ORIGINAL, ORIGINAL, "--cache-dir", CACHE, "-o", "no/such/dir/r.json");
    assertExit(2);
    assertOneLineError("no/such/dir/r.json");
  }
}
