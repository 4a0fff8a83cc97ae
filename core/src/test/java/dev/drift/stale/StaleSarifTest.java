package dev.drift.stale;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drift.DriftOptions;
import dev.drift.report.sarif.SarifMultitool;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code drift stale --format sarif} for the statuses that need no model, over a repository JGit
 * makes: an untranslated source, an orphaned translation and a translation never committed each
 * give one result on their file, a current one none; the log is valid SARIF 2.1.0.
 */
class StaleSarifTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  static String sarif(StaleReport report) throws Exception {
    StringWriter out = new StringWriter();
    StaleFormat.parse("sarif").render(report, out);
    return out.toString();
  }

  /** The results as {@code ruleId level uri:line}. */
  static List<String> results(String sarif) throws Exception {
    JsonNode run = JSON.readTree(sarif).path("runs").path(0);
    List<String> found = new ArrayList<>();
    for (JsonNode r : run.path("results")) {
      JsonNode where = r.path("locations").path(0).path("physicalLocation");
      found.add(
          r.path("ruleId").asText()
              + " "
              + r.path("level").asText()
              + " "
              + where.path("artifactLocation").path("uri").asText()
              + ":"
              + where.path("region").path("startLine").asInt());
      String rule =
          run.path("tool")
              .path("driver")
              .path("rules")
              .path(r.path("ruleIndex").asInt())
              .path("id")
              .asText();
      assertThat(rule).as("ruleIndex of %s", r).isEqualTo(r.path("ruleId").asText());
    }
    return found;
  }

  @Test
  void sarif_should_put_one_result_on_each_file_that_needs_a_look() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("en/guide.md", "# Guide\n\nThe station sends an alert at 60 km/h.\n")
          .write("es/guide.md", "# Guía\n\nLa estación envía una alerta a 60 km/h.\n")
          .write("en/new.md", "# New\n\nA page nobody translated.\n")
          .write("es/old.md", "# Vieja\n\nUna página sin fuente.\n")
          .commit("pages");
      repo.write("en/later.md", "# Later\n\nWritten after.\n")
          .write("es/later.md", "# Después\n\nEscrito después.\n");
      StaleReport report;
      try (StaleChecker checker =
          StaleChecker.create(DriftOptions.builder().optCache(false).build())) {
        report = checker.check(StaleRequest.of(dir.resolve("en"), List.of(dir.resolve("es"))));
      }
      String sarif = sarif(report);

      assertThat(SarifMultitool.schemaErrors(sarif)).isEmpty();
      // Absolute paths become file URIs; shown here relative to the repository.
      assertThat(sarif).contains("\"uri\" : \"" + dir.toUri());
      assertThat(results(sarif.replace(dir.toUri().toString(), "")))
          .containsExactlyInAnyOrder(
              "drift-stale/untranslated note en/new.md:1",
              "drift-stale/orphaned warning es/old.md:1",
              "drift-stale/unknown warning es/later.md:1");
      assertThat(sarif).contains("never committed").doesNotContain("es/guide.md");
    }
  }
}
