package dev.drift.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.report.Counts;
import dev.drift.report.DocumentSummary;
import dev.drift.report.DriftReport;
import dev.drift.report.ModelSummary;
import dev.drift.report.Pair;
import dev.drift.report.PairKind;
import dev.drift.report.RenderOptions;
import dev.drift.report.SentenceRef;
import dev.drift.report.Verdict;
import dev.drift.report.html.ReportFixtures;
import dev.drift.score.Thresholds;
import dev.drift.shift.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextRendererTest {
  private static final String ESC = "\u001b[";

  private static final String LONG =
      "The fox, who had walked all morning through the vineyard under a burning sun, stopped"
          + " at last beneath a trellis heavy with ripe grapes and looked up at them for a long"
          + " while, wondering how he might reach them.";

  private static SentenceRef ref(int line, int column, String text) {
    return new SentenceRef(0, text.length(), line, column, text);
  }

  private static DriftReport report(Verdict verdict, double drift, List<String> reasons) {
    List<Pair> pairs =
        List.of(
            new Pair(
                PairKind.MATCH,
                0.91,
                0.09,
                false,
                List.of(ref(1, 1, LONG)),
                List.of(ref(1, 1, "Le renard,\n  fatigué, s'arrêta sous une treille.")),
                List.of()),
            new Pair(
                PairKind.MATCH,
                0.62,
                0.38,
                true,
                List.of(ref(2, 5, "It was moved."), ref(2, 20, "Twice.")),
                List.of(ref(9, 1, "Déplacé deux fois.")),
                List.of()),
            new Pair(
                PairKind.MATCH,
                0.31,
                0.69,
                false,
                List.of(ref(3, 1, "Weak.")),
                List.of(ref(3, 1, "Faible.")),
                List.of()),
            new Pair(
                PairKind.OMISSION,
                null,
                1.0,
                false,
                List.of(ref(4, 1, "Dropped sentence.")),
                List.of(),
                List.of()),
            new Pair(
                PairKind.ADDITION,
                null,
                1.0,
                false,
                List.of(),
                List.of(ref(5, 1, "Phrase ajoutée.")),
                List.of()));
    return new DriftReport(
        DriftReport.SCHEMA,
        new DocumentSummary("en/fox.md", "markdown", "en", 5),
        new DocumentSummary("fr/fox.md", "markdown", "fr", 5),
        new ModelSummary("all-MiniLM-L6-v2", "abc"),
        drift,
        verdict,
        reasons,
        Thresholds.defaults(),
        Counts.of(pairs),
        pairs,
        List.of("the translation is much shorter"));
  }

  private static DriftReport failing() {
    return report(
        Verdict.FAIL,
        0.4213,
        List.of(
            "drift 0.42 is above maxDrift 0.30",
            "1 matched pair is below minSimilarity 0.55 (lowest 0.31 at original line 3)"));
  }

  private static String render(DriftReport report, boolean color, int width) throws IOException {
    StringWriter out = new StringWriter();
    TextRenderer.create(new RenderOptions(color, width, Severity.WARNING)).render(report, out);
    return out.toString();
  }

  private static String stripAnsi(String text) {
    return text.replaceAll("\u001b\\[[0-9;]*m", "");
  }

  /** The words of a text as wrap() must keep them: words longer than the width in pieces. */
  private static List<String> expectedPieces(String text, int width) {
    List<String> out = new ArrayList<>();
    for (String word : text.split(" ")) {
      while (word.length() > width) {
        out.add(word.substring(0, width));
        word = word.substring(width);
      }
      out.add(word);
    }
    return out;
  }

  @Test
  void header_should_say_when_paraphrase_was_graded_as_information() throws IOException {
    DriftReport r = failing();
    DriftReport free = ReportFixtures.freelyWorded(r);

    assertThat(render(free, false, 200).lines().skip(2).findFirst().orElseThrow())
        .isEqualTo(
            "worded freely: paraphrase shown as info; --wording literal grades every changed word");
    assertThat(render(r, false, 200)).doesNotContain("worded freely");
  }

  @Test
  void wrap_should_never_exceed_the_width_and_keep_all_words() {
    Random r = new Random(7);
    for (int trial = 0; trial < 500; trial++) {
      int width = 1 + r.nextInt(60);
      StringBuilder text = new StringBuilder();
      int words = 1 + r.nextInt(40);
      for (int w = 0; w < words; w++) {
        if (w > 0) {
          text.append(' ');
        }
        int len = 1 + r.nextInt(r.nextInt(10) == 0 ? 3 * width + 2 : 12);
        for (int c = 0; c < len; c++) {
          text.append((char) ('a' + r.nextInt(26)));
        }
      }

      List<String> lines = Lines.wrap(text.toString(), width);

      assertThat(lines).as("width %d: %s", width, text).allMatch(l -> l.length() <= width);
      assertThat(lines).noneMatch(String::isEmpty);
      List<String> pieces = new ArrayList<>();
      for (String line : lines) {
        assertThat(line).doesNotStartWith(" ").doesNotEndWith(" ");
        pieces.addAll(Arrays.asList(line.split(" ")));
      }
      assertThat(pieces).containsExactlyElementsOf(expectedPieces(text.toString(), width));
    }
  }

  @Test
  void wrap_should_fill_lines_greedily() {
    assertThat(Lines.wrap("aa bb cc dd ee", 5)).containsExactly("aa bb", "cc dd", "ee");
    assertThat(Lines.wrap("aaaa bb", 7)).containsExactly("aaaa bb");
    assertThat(Lines.wrap("abcdefghij", 4)).containsExactly("abcd", "efgh", "ij");
    assertThat(Lines.wrap("ab abcdefgh c", 4)).containsExactly("ab", "abcd", "efgh", "c");
  }

  @Test
  void wrap_should_give_one_empty_line_for_empty_text() {
    assertThat(Lines.wrap("", 10)).containsExactly("");
  }

  @Test
  void wrap_should_not_cut_a_character_outside_the_basic_plane_in_two() {
    String foxes = "🦊".repeat(15); // 30 UTF-16 units, no spaces

    List<String> lines = Lines.wrap(foxes, 7);

    assertThat(String.join("", lines)).isEqualTo(foxes);
    for (String line : lines) {
      assertThat(line.length()).isLessThanOrEqualTo(7);
      assertThat(Character.isLowSurrogate(line.charAt(0))).as("line %s", line).isFalse();
      assertThat(Character.isHighSurrogate(line.charAt(line.length() - 1)))
          .as("line %s", line)
          .isFalse();
    }
  }

  @Test
  void render_should_end_with_the_summary_and_the_reasons() throws IOException {
    List<String> lines = render(failing(), false, 100).lines().toList();

    int n = lines.size();
    assertThat(lines.get(n - 3))
        .startsWith("drift 0.42 (max 0.30)")
        .contains("3 matched (1 moved)", "1 omitted", "1 added")
        .endsWith("FAIL");
    assertThat(lines.get(n - 2)).isEqualTo("  ✗ drift 0.42 is above maxDrift 0.30");
    assertThat(lines.get(n - 1))
        .isEqualTo(
            "  ✗ 1 matched pair is below minSimilarity 0.55 (lowest 0.31 at original line 3)");
  }

  @Test
  void render_should_end_with_pass_when_the_report_passes() throws IOException {
    DriftReport passing = report(Verdict.PASS, 0.05, List.of());

    List<String> lines = render(passing, false, 100).lines().toList();

    assertThat(lines.get(lines.size() - 1)).matches("drift 0\\.05 \\(max 0\\.30\\) · .*PASS");
  }

  @Test
  void render_should_show_header_pairs_and_notes() throws IOException {
    String text = render(failing(), false, 100);

    assertThat(text.lines().findFirst()).hasValue("drift  en/fox.md → fr/fox.md");
    assertThat(text)
        .contains("model all-MiniLM-L6-v2 · original 5 sentences (markdown, en)")
        .contains("warning: the translation is much shorter")
        .contains("  0.91  orig 1:1")
        .contains("  omit  orig 4:1")
        .contains("   add  tran 5:1")
        .contains("dropped in the translation")
        .contains("added in the translation")
        .contains("moved: out of the documents' common order")
        .contains("Le renard, fatigué, s'arrêta sous une treille.");
  }

  @Test
  void render_should_keep_every_word_of_a_wrapped_sentence() throws IOException {
    String text = render(failing(), false, 60);

    String joined = String.join(" ", text.lines().map(String::strip).toList());
    assertThat(joined).contains(LONG);
  }

  @Test
  void render_should_use_no_escape_codes_without_colour() throws IOException {
    assertThat(render(failing(), false, 100)).doesNotContain(ESC).doesNotContain("\u001b");
  }

  @Test
  void render_should_colour_when_asked_and_otherwise_write_the_same_text() throws IOException {
    String colored = render(failing(), true, 100);

    assertThat(colored).contains(ESC + "1;31mFAIL" + ESC + "0m");
    assertThat(colored).contains(ESC + "32m0.91" + ESC + "0m"); // green above 0.8
    assertThat(colored).contains(ESC + "33m0.62" + ESC + "0m"); // yellow above minSimilarity
    assertThat(colored).contains(ESC + "31m0.31" + ESC + "0m"); // red below it
    assertThat(stripAnsi(colored)).isEqualTo(render(failing(), false, 100));
    assertThat(render(report(Verdict.PASS, 0.05, List.of()), true, 100))
        .contains(ESC + "1;32mPASS" + ESC + "0m");
  }

  @Test
  void render_should_keep_pair_lines_within_the_width() throws IOException {
    List<Pair> pairs =
        List.of(
            new Pair(
                PairKind.MATCH,
                -0.12,
                1.0,
                false,
                List.of(ref(12345, 678, LONG)),
                List.of(ref(7, 1, LONG)),
                List.of()),
            new Pair(
                PairKind.OMISSION,
                null,
                1.0,
                false,
                List.of(ref(1234, 56, LONG)),
                List.of(),
                List.of()));
    DriftReport base = failing();
    DriftReport report =
        new DriftReport(
            base.schema(),
            base.original(),
            base.translation(),
            base.model(),
            1.0,
            Verdict.FAIL,
            List.of(),
            base.thresholds(),
            Counts.of(pairs),
            pairs,
            List.of());

    for (int width : new int[] {40, 60, 80, 100}) {
      for (boolean color : new boolean[] {false, true}) {
        List<String> lines = render(report, color, width).lines().toList();
        // the pairs: everything between the header and the summary
        for (String line : lines.subList(2, lines.size() - 1)) {
          assertThat(stripAnsi(line).length())
              .as("width %d: '%s'", width, stripAnsi(line))
              .isLessThanOrEqualTo(width);
        }
        String joined = String.join(" ", lines.stream().map(l -> stripAnsi(l).strip()).toList());
        assertThat(joined).contains(LONG);
      }
    }
  }

  @Test
  void options_defaults_should_be_plain_text_100_columns() {
    assertThat(RenderOptions.defaults()).isEqualTo(new RenderOptions(false, 100, Severity.WARNING));
  }
}
