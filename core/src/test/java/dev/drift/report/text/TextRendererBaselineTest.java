package dev.drift.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.report.DriftReport;
import dev.drift.report.RenderOptions;
import dev.drift.report.RunReport;
import dev.drift.report.json.JsonRenderer;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Accepted shifts, stale entries and the run table, on the golden models. */
class TextRendererBaselineTest {
  static final Path GOLDEN = Path.of("src/test/resources/dev/drift/report/golden");

  static String render(DriftReport report) throws IOException {
    StringWriter out = new StringWriter();
    TextRenderer.create(RenderOptions.defaults()).render(report, out);
    return out.toString();
  }

  @Test
  void accepted_shifts_should_be_listed_apart_and_stale_entries_named() throws IOException {
    DriftReport report;
    try (Reader in = Files.newBufferedReader(GOLDEN.resolve("accepted-and-stale/report.json"))) {
      report = JsonRenderer.read(in);
    }

    String text = render(report);

    assertThat(text)
        .contains("dropped in the translation (accepted by the baseline)")
        .contains(
            "accepted by the baseline (not counted):\n  tran 5:56  error: number changed: 60 → 90\n")
        .contains(
            "stale baseline entries (they match nothing; drift baseline update drops them):\n  five → three\n")
        .contains(" · 2 accepted · FAIL");
    assertThat(text).as("accepted shifts are not marked inline").doesNotContain("[60 → 90]");
  }

  @Test
  void a_run_should_render_one_line_per_document_then_the_total() throws IOException {
    RunReport run;
    try (Reader in = Files.newBufferedReader(GOLDEN.resolve("tree-run/run.json"))) {
      run = JsonRenderer.readRun(in);
    }
    StringWriter out = new StringWriter();

    TextRenderer.create(RenderOptions.defaults()).render(run, out);

    String[] lines = out.toString().split("\n");
    assertThat(lines[0]).isEqualTo("Document          Lang   Drift  Verdict  Worst shift");
    assertThat(out.toString())
        .containsPattern("\nguide/usage\\.md    de      0\\.37  FAIL     error: dropped in the")
        .contains("\nmissing: examples/docs/en/faq.md: no de translation")
        .contains("\nexamples/docs/de/guide/usage.md:5:56: error: number changed: 60 → 90\n");
    assertThat(lines[lines.length - 1])
        .isEqualTo(
            "7 documents checked, 6 passed, 1 failed, 2 without counterpart, in 3.3 s · FAIL");
    for (String line : lines) {
      if (!line.startsWith("missing: ")) { // paths are never cut
        assertThat(line.length()).as(line).isLessThanOrEqualTo(100);
      }
    }
  }
}
