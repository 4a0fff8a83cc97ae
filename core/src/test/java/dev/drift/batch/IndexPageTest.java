package dev.drift.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.report.ReportFormat;
import dev.drift.report.Verdict;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexPageTest {

  @Test
  void escape_should_quote_every_markup_character() {
    assertThat(IndexPage.escape("<a href=\"x\">Tom & Jerry's</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
  }

  @Test
  void href_should_percent_encode_and_never_read_as_a_scheme() {
    assertThat(IndexPage.href("fr/a b#1?.md.json")).isEqualTo("./fr/a%20b%231%3F.md.json");
    assertThat(IndexPage.href("fr/été.md.json")).isEqualTo("./fr/été.md.json");
  }

  @Test
  void render_should_escape_file_names_and_reasons() throws IOException {
    DocumentPair pair =
        new DocumentPair(
            "<script>.md", Path.of("en/<script>.md"), "en", Path.of("fr/<script>.md"), "fr");
    DocumentOutcome outcome =
        new DocumentOutcome(
            pair,
            0.5,
            0.3,
            Verdict.FAIL,
            List.of("drift 0.50 is above maxDrift 0.30 & more"),
            Map.of(ReportFormat.JSON, "fr/<script>.md.json"),
            List.of());
    BatchSummary summary =
        new BatchSummary(
            List.of(outcome), List.of(), MissingPolicy.WARN, Duration.ofMillis(1200), null);
    StringWriter out = new StringWriter();

    IndexPage.render(
        BatchRequest.of(Path.of("en"), List.of(TranslationTree.of(Path.of("fr")))), summary, out);

    assertThat(out.toString())
        .doesNotContain("<script>")
        .contains("<td>&lt;script&gt;.md</td>")
        .contains("above maxDrift 0.30 &amp; more")
        .contains("<a href=\"./fr/%3Cscript%3E.md.json\">json</a>")
        .contains("1 document checked, 0 passed, 1 failed, in 1.2 s");
  }
}
