package dev.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.report.DriftReport;
import dev.drift.report.Pair;
import dev.drift.report.PairKind;
import dev.drift.report.RenderOptions;
import dev.drift.report.Verdict;
import dev.drift.report.html.HtmlRenderer;
import dev.drift.report.json.JsonRenderer;
import dev.drift.report.text.TextRenderer;
import dev.drift.shift.Shift;
import dev.drift.shift.ShiftKind;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleCheckerTest {
  private static final String XLIFF =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
        <file source-language="en-US" target-language="en-GB" original="m">
          <body>
            <trans-unit id="color">
              <source>Pick a color for the {0} theme.</source>
              <target>Pick a colour for the {0} theme.</target>
            </trans-unit>
            <trans-unit id="wind">
              <source>Alerts start when the wind exceeds 60 km/h.</source>
              <target>Alerts start when the wind exceeds 90 km/h.</target>
            </trans-unit>
            <trans-unit id="help"><source>Open the help page.</source></trans-unit>
          </body>
        </file>
      </xliff>
      """;

  @TempDir Path dir;

  private DriftReport check(Path a, Path b) {
    try (BundleChecker checker =
        BundleChecker.create(DriftOptions.defaults(), new FakeModel("fake"))) {
      return checker.compare(a, b, null);
    }
  }

  @Test
  void the_html_and_text_reports_should_name_each_pair_by_its_unit_id() throws IOException {
    Path xlf = dir.resolve("m.xlf");
    Files.writeString(xlf, XLIFF, StandardCharsets.UTF_8);
    DriftReport report = check(xlf, null);

    StringWriter html = new StringWriter();
    HtmlRenderer.create().render(report, html);
    StringWriter text = new StringWriter();
    TextRenderer.create(RenderOptions.defaults()).render(report, text);

    for (String unit : List.of("color", "wind", "help")) {
      assertThat(html.toString())
          .contains("<span class=\"tag tag-unit\" title=\"unit " + unit + "\">" + unit + "</span>");
      assertThat(text.toString()).containsPattern("(?m)^  unit " + unit + "$");
    }
  }

  @Test
  void compare_should_pair_units_by_id_and_span_shifts_on_the_target_line() throws IOException {
    Path xlf = dir.resolve("m.xlf");
    Files.writeString(xlf, XLIFF, StandardCharsets.UTF_8);
    DriftReport report = check(xlf, null);
    assertThat(report.pairs()).extracting(Pair::unit).containsExactly("color", "wind", "help");
    assertThat(report.pairs())
        .extracting(Pair::kind)
        .containsExactly(PairKind.MATCH, PairKind.MATCH, PairKind.OMISSION);
    Shift number =
        report.pairs().get(1).shifts().stream()
            .filter(s -> s.kinds().contains(ShiftKind.NUMBER))
            .findFirst()
            .orElseThrow();
    assertThat(number.translation().text()).isEqualTo("90");
    assertThat(XLIFF.substring(number.translation().start(), number.translation().end()))
        .isEqualTo("90");
    assertThat(report.pairs().get(1).translation().get(0).line()).isEqualTo(11);
    assertThat(report.pairs().get(2).shifts())
        .extracting(Shift::message)
        .containsExactly("untranslated: no target");
    assertThat(report.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(report.translation().language()).isEqualTo("en-GB");
  }

  @Test
  void compare_should_write_the_unit_of_each_pair_to_json() throws IOException {
    Path xlf = dir.resolve("m.xlf");
    Files.writeString(xlf, XLIFF, StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    JsonRenderer.create().render(check(xlf, null), out);
    assertThat(out.toString()).contains("\"unit\" : \"color\"", "\"unit\" : \"help\"");
  }

  @Test
  void compare_should_pair_two_bundles_by_key() throws IOException {
    Path en = dir.resolve("messages.properties");
    Path gb = dir.resolve("messages_en_GB.properties");
    Files.writeString(
        en, "a = Pick a color.\nb = Delete %s?\ngone = Old text\n", StandardCharsets.UTF_8);
    Files.writeString(
        gb, "a = Pick a colour.\nb = Delete?\nnew = New text\n", StandardCharsets.UTF_8);
    DriftReport report = check(en, gb);
    assertThat(report.pairs()).extracting(Pair::unit).containsExactly("a", "b", "gone", "new");
    assertThat(report.pairs().get(1).shifts())
        .extracting(Shift::message)
        .contains("placeholder missing in the target: %s");
    assertThat(report.pairs().get(2).shifts())
        .extracting(Shift::message)
        .containsExactly("missing key: gone is not in the translation");
    assertThat(report.pairs().get(3).kind()).isEqualTo(PairKind.ADDITION);
  }

  @Test
  void compare_should_refuse_a_malformed_file_with_its_line() throws IOException {
    Path po = dir.resolve("bad.po");
    Files.writeString(po, "msgid \"a\"\nmsgstr \"b\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> check(po, null))
        .isInstanceOf(DriftInputException.class)
        .hasMessage(po + ":2: unterminated string");
  }

  @Test
  void compare_should_time_load_segment_translate_embed_and_shift_but_no_align()
      throws IOException {
    Path xlf = dir.resolve("m.xlf");
    Files.writeString(xlf, XLIFF, StandardCharsets.UTF_8);
    StageTimings timings = StageTimings.start();
    try {
      check(xlf, null);
      // The stages in the order they first ran; units are paired by id, so nothing is aligned.
      // The shift detectors are set up (WordNet loaded) on a helper thread from the start.
      assertThat(timings.seconds().keySet()).contains("shift setup");
      assertThat(timings.seconds().keySet().stream().filter(s -> !s.equals("shift setup")).toList())
          .containsExactly("load", "segment", "language", "translate", "embed", "shift");
    } finally {
      timings.finish();
    }
  }

  @Test
  void compare_should_check_ten_thousand_units_in_batches() throws IOException {
    StringBuilder xlf =
        new StringBuilder(
            "<xliff version=\"1.2\"><file source-language=\"en\" target-language=\"en-GB\"><body>\n");
    for (int i = 0; i < 10_000; i++) {
      xlf.append("<trans-unit id=\"u")
          .append(i)
          .append("\"><source>Message number ")
          .append(i)
          .append(" has {0} items.</source><target>Message number ")
          .append(i % 1000 == 0 ? i + 1 : i)
          .append(" has {0} items.</target></trans-unit>\n");
    }
    xlf.append("</body></file></xliff>\n");
    Path file = dir.resolve("big.xlf");
    Files.writeString(file, xlf, StandardCharsets.UTF_8);
    DriftReport report = check(file, null);
    assertThat(report.pairs()).hasSize(10_000);
    List<String> changed =
        report.pairs().stream()
            .filter(p -> p.shifts().stream().anyMatch(s -> s.kinds().contains(ShiftKind.NUMBER)))
            .map(Pair::unit)
            .toList();
    assertThat(changed).hasSize(10).contains("u0", "u9000");
  }
}
