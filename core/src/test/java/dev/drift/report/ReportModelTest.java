package dev.drift.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.report.json.JsonRenderer;
import dev.drift.report.text.TextRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportModelTest {

  private static Pair pair(PairKind kind, boolean moved) {
    SentenceRef s = new SentenceRef(0, 1, 1, 1, "x");
    return new Pair(
        kind,
        kind == PairKind.MATCH ? 0.9 : null,
        kind == PairKind.MATCH ? 0.1 : 1.0,
        moved,
        kind == PairKind.ADDITION ? List.of() : List.of(s),
        kind == PairKind.OMISSION ? List.of() : List.of(s),
        List.of());
  }

  @Test
  void counts_should_count_pairs_by_kind_and_moved_matches() {
    List<Pair> pairs =
        List.of(
            pair(PairKind.MATCH, false),
            pair(PairKind.MATCH, true),
            pair(PairKind.MATCH, true),
            pair(PairKind.OMISSION, false),
            pair(PairKind.ADDITION, false),
            pair(PairKind.ADDITION, false));

    assertThat(Counts.of(pairs)).isEqualTo(new Counts(3, 2, 1, 2, 0, 0, 0));
    assertThat(Counts.of(List.of())).isEqualTo(new Counts(0, 0, 0, 0, 0, 0, 0));
  }

  @Test
  void kinds_and_verdicts_should_use_lower_case_ids_and_parse_leniently() {
    assertThat(PairKind.MATCH.id()).isEqualTo("match");
    assertThat(PairKind.parse(" Omission ")).isEqualTo(PairKind.OMISSION);
    assertThat(Verdict.FAIL.id()).isEqualTo("fail");
    assertThat(Verdict.parse("PASS")).isEqualTo(Verdict.PASS);
    assertThatThrownBy(() -> Verdict.parse("maybe")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void formats_should_parse_name_their_extension_and_renderer() {
    assertThat(ReportFormat.parse(" JSON ")).isEqualTo(ReportFormat.JSON);
    assertThat(ReportFormat.parse("text")).isEqualTo(ReportFormat.TEXT);
    assertThat(ReportFormat.JSON.extension()).isEqualTo("json");
    assertThat(ReportFormat.TEXT.extension()).isEqualTo("txt");
    assertThat(ReportFormat.names()).isEqualTo("text, json, html, sarif, markdown");
    assertThat(ReportFormat.parse("sarif").extension()).isEqualTo("sarif");
    assertThat(ReportFormat.MARKDOWN.runFileName()).isEqualTo("summary.md");
    assertThat(ReportFormat.SARIF.runFileName()).isEqualTo("drift.sarif");
    assertThat(ReportFormat.SARIF.perDocument()).isFalse();
    assertThat(ReportFormat.JSON.perDocument()).isTrue();
    assertThat(ReportFormat.HTML.perDocument()).isTrue();
    assertThat(ReportFormat.JSON.renderer(RenderOptions.defaults()))
        .isInstanceOf(JsonRenderer.class);
    assertThat(ReportFormat.TEXT.renderer(RenderOptions.defaults()))
        .isInstanceOf(TextRenderer.class);
    assertThatThrownBy(() -> ReportFormat.parse("xml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown format 'xml' (expected text, json, html, sarif, markdown)");
  }
}
