package dev.drift.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.report.DriftReport;
import dev.drift.report.RunReport;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The baseline's fields are additive to {@code drift-report/1}: present only when there is
 * something to say, and read back unchanged.
 */
class JsonBaselineFieldsTest {
  static final Path GOLDEN = Path.of("src/test/resources/dev/drift/report/golden");

  static DriftReport read(String name) throws IOException {
    try (Reader in = Files.newBufferedReader(GOLDEN.resolve(name))) {
      return JsonRenderer.read(in);
    }
  }

  @Test
  void accepted_and_stale_should_round_trip() throws IOException {
    String text = Files.readString(GOLDEN.resolve("accepted-and-stale/report.json"));
    DriftReport report = read("accepted-and-stale/report.json");

    assertThat(report.counts().accepted()).isEqualTo(2);
    assertThat(report.stale()).hasSize(1);
    assertThat(JsonRenderer.create().toJson(report)).isEqualTo(text);
  }

  @Test
  void a_report_without_baseline_should_have_none_of_the_new_fields() throws IOException {
    String json = JsonRenderer.create().toJson(read("drifted-page/report.json"));

    assertThat(json).doesNotContain("\"accepted\"", "\"stale\"");
    assertThat(json).startsWith("{\n  \"schema\" : \"drift-report/1\",");
  }

  @Test
  void a_run_should_round_trip_with_its_reports() throws IOException {
    String text = Files.readString(GOLDEN.resolve("tree-run/run.json"));
    RunReport run;
    try (Reader in = Files.newBufferedReader(GOLDEN.resolve("tree-run/run.json"))) {
      run = JsonRenderer.readRun(in);
    }
    StringWriter out = new StringWriter();

    JsonRenderer.create().render(run, out);

    assertThat(out.toString()).isEqualTo(text);
    assertThat(run.documents()).hasSize(7);
    assertThat(run.documents().get(0).report().schema()).isEqualTo("drift-report/1");
  }
}
