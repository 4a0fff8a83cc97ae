package dev.drift.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.DriftChecker;
import dev.drift.DriftInputException;
import dev.drift.DriftOptions;
import dev.drift.batch.BagOfWordsEmbedder;
import dev.drift.report.DriftReport;
import dev.drift.report.Pair;
import dev.drift.report.Verdict;
import dev.drift.shift.Shift;
import dev.drift.shift.ShiftKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  static final String ORIGINAL =
      """
      # Usage

      The station sends an alert when the wind speed exceeds 60 km/h.

      Readings older than two years are archived and can be downloaded as CSV files.

      Press the reset button for five seconds to restore the factory settings.
      """;
  static final String TRANSLATION =
      """
      # Usage

      The station sends an alert when the wind speed exceeds 90 km/h.

      Press the reset button for five seconds to restore the factory settings.
      """;

  @TempDir Path tmp;
  Path en;
  Path fr;
  Path file;
  DriftChecker checker;

  @BeforeEach
  void files() throws IOException {
    Files.createDirectories(tmp.resolve("docs/en"));
    Files.createDirectories(tmp.resolve("docs/fr"));
    en = Files.writeString(tmp.resolve("docs/en/usage.md"), ORIGINAL);
    fr = Files.writeString(tmp.resolve("docs/fr/usage.md"), TRANSLATION);
    file = tmp.resolve("drift-baseline.yaml");
    checker = DriftChecker.create(DriftOptions.defaults(), new BagOfWordsEmbedder());
  }

  static List<Shift> shifts(DriftReport report) {
    return report.pairs().stream().map(Pair::shifts).flatMap(List::stream).toList();
  }

  Baseline acceptAll() {
    Baseline b = Baseline.empty(file).accepting(en, fr, checker.compare(en, fr));
    b.write();
    return Baseline.read(file);
  }

  @Test
  void accepted_shifts_should_pass_count_for_nothing_and_be_reported_apart() {
    DriftReport before = checker.compare(en, fr);
    assertThat(before.verdict()).isEqualTo(Verdict.FAIL);

    DriftReport after = checker.compare(en, fr, acceptAll());

    assertThat(after.verdict()).as("%s", after.reasons()).isEqualTo(Verdict.PASS);
    assertThat(after.drift()).isLessThan(before.drift());
    assertThat(after.counts().accepted()).isEqualTo(2);
    assertThat(after.counts().error()).isZero();
    assertThat(shifts(after).stream().filter(Shift::accepted))
        .extracting(Shift::message)
        .containsExactly("number changed: 60 → 90", "sentence dropped in the translation");
    assertThat(after.stale()).isEmpty();
  }

  @Test
  void entries_should_match_by_content_when_lines_move_and_rewrap() throws IOException {
    Baseline baseline = acceptAll();
    Files.writeString(
        en,
        "# Usage\n\nA new introduction came first.\n\n"
            + ORIGINAL.substring("# Usage\n\n".length()));
    Files.writeString(
        fr,
        "# Usage\n\nA new introduction came first.\n\nThe station sends an alert when the wind\n"
            + "speed exceeds 90 km/h.\n\n"
            + "Press the reset button for five seconds to restore the factory settings.\n");

    DriftReport moved = checker.compare(en, fr, baseline);

    assertThat(moved.verdict()).as("%s", moved.reasons()).isEqualTo(Verdict.PASS);
    assertThat(moved.counts().accepted()).isEqualTo(2);
    assertThat(moved.stale()).isEmpty();
  }

  @Test
  void a_new_shift_should_fail_alone_and_a_fixed_one_should_turn_stale() throws IOException {
    Baseline baseline = acceptAll();
    Files.writeString(
        fr, TRANSLATION.replace("90 km/h", "60 km/h").replace("five seconds", "ten seconds"));

    DriftReport edited = checker.compare(en, fr, baseline);

    assertThat(edited.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(
            shifts(edited).stream().filter(s -> !s.accepted() && s.severity().id().equals("error")))
        .extracting(Shift::message)
        .containsExactly("number changed: five → ten");
    assertThat(edited.stale())
        .singleElement()
        .satisfies(s -> assertThat(s.message()).isEqualTo("number changed: 60 → 90"));
    assertThat(edited.counts().accepted()).isEqualTo(1);
  }

  @Test
  void the_file_should_be_readable_yaml_sorted_with_paths_relative_to_it() throws IOException {
    acceptAll();
    String text = Files.readString(file);

    assertThat(text)
        .startsWith("# drift baseline: shifts accepted on review.")
        .contains(
            "schema: drift-baseline/1\ndocuments:\n- original: docs/en/usage.md\n  translation: docs/fr/usage.md\n")
        .contains("    original: \"60\"\n    translation: \"90\"\n")
        .contains(
            "    originalSentence: The station sends an alert when the wind speed exceeds 60 km/h.\n")
        .contains("  - kinds:\n    - omission\n    original: Readings older than two years");
    Baseline again = Baseline.read(file);
    assertThat(again.size()).isEqualTo(2);
    assertThat(again.entries(en, fr)).hasSize(2);
    assertThat(again.entries(fr, en)).isEmpty();
  }

  @Test
  void entries_not_in_should_count_what_an_update_adds_and_drops() throws IOException {
    Baseline before = acceptAll();
    Files.writeString(fr, TRANSLATION.replace("90 km/h", "60 km/h").replace("five", "ten"));

    Baseline after = before.accepting(en, fr, checker.compare(en, fr));

    assertThat(after.entriesNotIn(before)).isEqualTo(1);
    assertThat(before.entriesNotIn(after)).isEqualTo(1);
    assertThat(after.entriesNotIn(after)).isZero();
  }

  @Test
  void entries_should_normalise_their_text() {
    BaselineEntry a =
        new BaselineEntry(
            List.of(ShiftKind.NUMBER, ShiftKind.SUBSTITUTION), " 60\n", "90", "x  y", null, "m");
    BaselineEntry b =
        new BaselineEntry(
            List.of(ShiftKind.SUBSTITUTION, ShiftKind.NUMBER), "60", "90", "x y", null, null);

    assertThat(a.sameShift(b)).isTrue();
    assertThat(a.kinds()).containsExactly(ShiftKind.SUBSTITUTION, ShiftKind.NUMBER);
    assertThatThrownBy(() -> new BaselineEntry(List.of(), "a", null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_malformed_file_should_name_the_line_and_the_key() throws IOException {
    Files.writeString(
        file,
        "schema: drift-baseline/1\ndocuments:\n- original: a.md\n  translation: b.md\n  acepted: []\n");
    assertThatThrownBy(() -> Baseline.read(file))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining(file + ":5:")
        .hasMessageContaining("unknown key 'acepted'")
        .hasMessageContaining("documents[0]");

    Files.writeString(
        file,
        "schema: drift-baseline/1\ndocuments:\n- original: a.md\n  translation: b.md\n  accepted:\n  - kinds: [wording]\n    original: x\n");
    assertThatThrownBy(() -> Baseline.read(file))
        .hasMessageContaining(file + ":6:")
        .hasMessageContaining("kinds");

    Files.writeString(file, "schema: drift-baseline/9\n");
    assertThatThrownBy(() -> Baseline.read(file))
        .hasMessageContaining("schema must be drift-baseline/1");
    // Found by fuzzing: an empty list item ended the run with a NullPointerException.
    Files.writeString(file, "schema: drift-baseline/1\ndocuments:\n-\n");
    assertThatThrownBy(() -> Baseline.read(file))
        .isInstanceOf(DriftInputException.class)
        .hasMessageEndingWith("documents[0] needs original and translation paths");
    Files.writeString(
        file,
        "schema: drift-baseline/1\ndocuments:\n- original: a.md\n  translation: b.md\n  accepted:\n  -\n");
    assertThatThrownBy(() -> Baseline.read(file))
        .isInstanceOf(DriftInputException.class)
        .hasMessageEndingWith("documents[0].accepted[0] is empty");
    // Found by fuzzing: a schema written as a block scalar ends with a line break, which split
    // the one-line error (and read "must be drift-baseline/1, not drift-baseline/1").
    Files.writeString(file, "schema: |\n  drift-baseline/1\n");
    assertThatThrownBy(() -> Baseline.read(file))
        .hasMessageEndingWith("schema must be drift-baseline/1, not drift-baseline/1\\n");
    assertThatThrownBy(() -> Baseline.read(tmp.resolve("none.yaml")))
        .hasMessageContaining("drift baseline create");
  }
}
