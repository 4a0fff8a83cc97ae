package dev.drift.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.report.json.JsonRenderer;
import dev.drift.report.text.TextRenderer;
import dev.drift.shift.Severity;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for the text and JSON renderers: each case under {@code golden/<case>/} holds a
 * fixed report model ({@code report.json}) and what each renderer must write from it ({@code
 * expected.txt}, {@code expected.json}). Run with {@code -Ddrift.updateGolden=true} to rewrite the
 * expected files, then review the change in the diff.
 */
class GoldenReportTest {
  private static final Map<String, ReportRenderer> RENDERERS =
      Map.of(
          "expected.txt",
          TextRenderer.create(new TextRenderer.Options(false, 100, Severity.INFO)),
          "expected.json",
          JsonRenderer.create());

  static Stream<Object[]> cases() throws IOException, URISyntaxException {
    List<Object[]> out = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(root())) {
      for (Path dir : dirs.sorted().toList()) {
        for (String expected : RENDERERS.keySet().stream().sorted().toList()) {
          out.add(new Object[] {dir.getFileName().toString(), expected});
        }
      }
    }
    return out.stream();
  }

  private static Path root() throws URISyntaxException {
    return Path.of(GoldenReportTest.class.getResource("golden").toURI());
  }

  /** The source tree copy, so that updates land in the repository, not in target/. */
  private static Path sourceRoot() {
    return Path.of("src/test/resources/dev/drift/report/golden");
  }

  @ParameterizedTest(name = "{0}/{1}")
  @MethodSource("cases")
  void renderer_output_matches_the_golden_file(String name, String expectedFile) throws Exception {
    DriftReport report;
    try (Reader in = Files.newBufferedReader(root().resolve(name).resolve("report.json"))) {
      report = JsonRenderer.read(in);
    }
    StringWriter out = new StringWriter();
    RENDERERS.get(expectedFile).render(report, out);
    Path golden = sourceRoot().resolve(name).resolve(expectedFile);
    if (Boolean.getBoolean("drift.updateGolden")) {
      Files.writeString(golden, out.toString(), StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file (create it with -Ddrift.updateGolden=true)").exists();
    assertThat(out.toString()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void every_case_has_a_model_and_every_expected_file_and_nothing_else() throws Exception {
    try (Stream<Path> dirs = Files.list(sourceRoot())) {
      for (Path dir : dirs.toList()) {
        try (Stream<Path> files = Files.list(dir)) {
          List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
          List<String> wanted = new ArrayList<>(RENDERERS.keySet());
          wanted.add("report.json");
          assertThat(names)
              .as("files of golden case %s", dir)
              .containsExactlyInAnyOrderElementsOf(wanted);
        }
      }
    }
  }

  @Test
  void json_golden_output_reads_back_as_the_same_report() throws Exception {
    try (Stream<Path> dirs = Files.list(sourceRoot())) {
      for (Path dir : dirs.toList()) {
        try (Reader a = Files.newBufferedReader(dir.resolve("report.json"));
            Reader b = Files.newBufferedReader(dir.resolve("expected.json"))) {
          assertThat(JsonRenderer.read(b)).isEqualTo(JsonRenderer.read(a));
        }
      }
    }
  }
}
