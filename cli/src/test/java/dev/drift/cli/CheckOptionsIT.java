package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The grading and model options of {@code drift check} do what they do for {@code compare} (see
 * {@link CompareOptionsIT}, whose fixtures this reuses), for each document of a tree: one original
 * in {@code a/en}, its translation in {@code b/en}, the run as JSON on standard output.
 */
class CheckOptionsIT extends CommandTestBase {
  @TempDir Path tmp;

  /** Checks a one-document tree whose translation is {@code translation}; returns the run. */
  private JsonNode check(String translation, String... options) throws IOException {
    Path a = Files.createDirectories(tmp.resolve("a/en"));
    Path b = Files.createDirectories(tmp.resolve("b/en"));
    Files.writeString(a.resolve("page.txt"), CompareOptionsIT.ORIGINAL, StandardCharsets.UTF_8);
    Files.writeString(b.resolve("page.txt"), translation, StandardCharsets.UTF_8);
    List<String> args =
        new ArrayList<>(
            List.of(
                "check",
                a.toString(),
                b.toString(),
                "--no-config",
                "--no-baseline",
                "--cache-dir",
                CompareOptionsIT.CACHE,
                "--format",
                "json"));
    args.addAll(List.of(options));
    run(args.toArray(String[]::new));
    assertThat(err).as("stderr").startsWith("drift: 1 document checked");
    JsonNode run = new ObjectMapper().readTree(out);
    assertThat(run.get("documents")).hasSize(1);
    return run;
  }

  private static JsonNode report(JsonNode run) {
    return run.at("/documents/0/report");
  }

  private static JsonNode onlyShift(JsonNode run) {
    List<JsonNode> shifts = new ArrayList<>();
    report(run).get("pairs").forEach(p -> p.get("shifts").forEach(shifts::add));
    assertThat(shifts).as("shifts").hasSize(1);
    return shifts.get(0);
  }

  @Test
  void check_should_fail_on_warning_when_fail_on_warning() throws IOException {
    JsonNode plain = check(CompareOptionsIT.WARNING);
    assertExit(0);
    assertThat(plain.at("/documents/0/verdict").asText()).isEqualTo("pass");
    assertThat(onlyShift(plain).get("severity").asText()).isEqualTo("warning");

    JsonNode strict = check(CompareOptionsIT.WARNING, "--fail-on", "warning");
    assertExit(1);
    assertThat(strict.at("/thresholds/failOn").asText()).isEqualTo("warning");
    assertThat(strict.at("/documents/0/verdict").asText()).isEqualTo("fail");
    assertThat(strict.at("/documents/0/reasons/0").asText())
        .startsWith("1 shift at warning or above");
    assertThat(strict.at("/totals/failed").asInt()).isEqualTo(1);
  }

  @Test
  void check_should_grade_a_dropped_sentence_with_sentence_severity() throws IOException {
    JsonNode plain = check(CompareOptionsIT.DROPPED);
    assertExit(1);
    assertThat(onlyShift(plain).get("severity").asText()).isEqualTo("error");

    JsonNode lenient = check(CompareOptionsIT.DROPPED, "--sentence-severity", "info");
    assertExit(0);
    assertThat(onlyShift(lenient).get("severity").asText()).isEqualTo("info");
    assertThat(lenient.at("/documents/0/verdict").asText()).isEqualTo("pass");
  }

  @Test
  void check_should_regrade_a_shift_with_warning_and_error_scores() throws IOException {
    JsonNode plain = onlyShift(check(CompareOptionsIT.WARNING));
    double score = plain.get("score").asDouble();
    assertThat(score).isBetween(0.45, 0.75);

    JsonNode error =
        onlyShift(
            check(
                CompareOptionsIT.WARNING,
                "--error-score",
                String.valueOf(Math.floor(score * 100) / 100 - 0.01)));
    assertExit(1);
    assertThat(error.get("severity").asText()).isEqualTo("error");

    JsonNode info =
        onlyShift(
            check(
                CompareOptionsIT.WARNING,
                "--warning-score",
                String.valueOf(Math.ceil(score * 100) / 100 + 0.01),
                "--fail-on",
                "warning"));
    assertExit(0);
    assertThat(info.get("severity").asText()).isEqualTo("info");
    assertThat(info.get("message")).isEqualTo(plain.get("message"));
  }

  @Test
  void check_should_embed_with_the_pooling_and_model_it_is_given() throws IOException {
    double mean = report(check(CompareOptionsIT.REWORDED)).at("/pairs/0/similarity").asDouble();
    double cls =
        report(check(CompareOptionsIT.REWORDED, "--pooling", "cls"))
            .at("/pairs/0/similarity")
            .asDouble();
    assertThat(Math.abs(cls - mean)).as("cls %s against mean %s", cls, mean).isGreaterThan(0.03);

    JsonNode raw = report(check(CompareOptionsIT.REWORDED, "--no-normalize"));
    raw.get("pairs").forEach(p -> assertThat(p.get("similarity").asDouble()).isBetween(-1.0, 1.0));

    JsonNode int8 = report(check(CompareOptionsIT.REWORDED, "--model", "minilm-int8"));
    assertThat(int8.at("/model/name").asText()).isEqualTo("all-MiniLM-L6-v2-int8");
  }
}
