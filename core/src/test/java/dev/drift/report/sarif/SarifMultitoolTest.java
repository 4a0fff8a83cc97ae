package dev.drift.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drift.report.DriftReport;
import dev.drift.report.RunReport;
import dev.drift.report.Verdict;
import dev.drift.report.json.JsonRenderer;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs Microsoft's SARIF validator ({@code Sarif.Multitool validate}, from the npm package {@code
 * @microsoft/sarif-multitool}) on drift's SARIF logs: single comparisons (a failing document, a
 * baseline with accepted shifts) and runs over a tree (with files without counterpart), all
 * written by {@link SarifRenderer#create()} as a user gets them. Any error or warning fails; notes
 * (suggestions such as message ids or rule help URIs) do not. Skipped when the validator is not
 * installed, unless {@code DRIFT_REQUIRE_TOOLS=1} ({@link dev.drift.RequiredTool}).
 */
class SarifMultitoolTest {
  private static final Path GOLDEN = Path.of("src/test/resources/dev/drift/report/golden");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Charset UTF8 = StandardCharsets.UTF_8;

  private Path multitool;

  @TempDir Path tmp;

  // Per test, so that each one shows as skipped, with the reason, when the validator is absent.
  @BeforeEach
  void findTheValidator() {
    multitool = SarifMultitool.find();
  }

  private static DriftReport report(String golden) throws IOException {
    try (Reader in = Files.newBufferedReader(GOLDEN.resolve(golden).resolve("report.json"), UTF8)) {
      return JsonRenderer.read(in);
    }
  }

  private static RunReport run(String golden) throws IOException {
    try (Reader in = Files.newBufferedReader(GOLDEN.resolve(golden).resolve("run.json"), UTF8)) {
      return JsonRenderer.readRun(in);
    }
  }

  private Path write(String name, String sarif) throws IOException {
    Path file = tmp.resolve(name);
    Files.writeString(file, sarif, UTF8);
    return file;
  }

  private Path sarif(String name, DriftReport report) throws IOException {
    StringWriter out = new StringWriter();
    SarifRenderer.create().render(report, out);
    return write(name, out.toString());
  }

  private Path sarif(String name, RunReport run) throws IOException {
    StringWriter out = new StringWriter();
    SarifRenderer.create().render(run, out);
    return write(name, out.toString());
  }

  private List<String> validate(List<Path> logs) throws IOException, InterruptedException {
    return SarifMultitool.validate(multitool, logs, tmp);
  }

  @Test
  void single_comparison_logs_should_have_no_error_or_warning() throws Exception {
    List<Path> logs =
        List.of(
            sarif("drifted-page.sarif", report("drifted-page")),
            sarif("accepted-and-stale.sarif", report("accepted-and-stale")),
            sarif("seed.sarif", report("seed")),
            sarif("small.sarif", report("small")));

    assertThat(validate(logs)).isEmpty();
  }

  @Test
  void run_logs_with_files_without_counterpart_should_have_no_error_or_warning() throws Exception {
    RunReport tree = run("tree-run");
    assertThat(tree.missing()).as("the tree run has files without counterpart").isNotEmpty();
    assertThat(tree.documents()).anyMatch(d -> d.verdict() == Verdict.FAIL);

    List<Path> logs =
        List.of(
            sarif("tree-run.sarif", tree),
            sarif("one-comparison-run.sarif", RunReport.of(report("drifted-page"))));

    assertThat(validate(logs)).isEmpty();
  }

  @Test
  void the_logs_name_the_built_version_and_where_to_read_about_drift() throws Exception {
    StringWriter out = new StringWriter();
    SarifRenderer.create().render(report("drifted-page"), out);
    JsonNode driver =
        JSON.readTree(out.toString()).path("runs").path(0).path("tool").path("driver");

    assertThat(driver.path("version").asText()).matches("\\d+\\.\\d+\\.\\d+.*");
    assertThat(driver.path("informationUri").asText()).startsWith("https://");
  }

  @Test
  void the_validator_should_report_what_drift_fixed() throws Exception {
    // The three warnings drift's logs had: no tool version, no information URI, no region.
    String unfixed =
        """
        {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
         "runs": [{"tool": {"driver": {"name": "drift", "rules": [{"id": "drift/document",
           "shortDescription": {"text": "A translation drifts."}}]}},
           "results": [{"ruleId": "drift/document", "ruleIndex": 0, "level": "error",
             "message": {"text": "drift 0.50"},
             "locations": [{"physicalLocation": {"artifactLocation": {"uri": "de/a.md"}}}]}]}]}
        """;

    List<String> problems = validate(List.of(write("unfixed.sarif", unfixed)));

    assertThat(String.join("\n", problems))
        .contains("informationUri")
        .contains("'version'")
        .contains("SARIF2017");
  }
}
