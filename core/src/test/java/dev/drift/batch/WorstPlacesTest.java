package dev.drift.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.report.Counts;
import dev.drift.report.DocumentSummary;
import dev.drift.report.DriftReport;
import dev.drift.report.ModelSummary;
import dev.drift.report.Pair;
import dev.drift.report.PairKind;
import dev.drift.report.Place;
import dev.drift.report.SentenceRef;
import dev.drift.report.Verdict;
import dev.drift.score.Thresholds;
import dev.drift.shift.Severity;
import dev.drift.shift.Shift;
import dev.drift.shift.ShiftKind;
import dev.drift.shift.TextSpan;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorstPlacesTest {
  static final DocumentPair FILES =
      new DocumentPair("a.md", Path.of("en/a.md"), "en", Path.of("fr/a.md"), "fr");

  static SentenceRef ref(int start, int line, int column, String text) {
    return new SentenceRef(start, start + text.length(), line, column, text);
  }

  static Pair match(double similarity, SentenceRef original, SentenceRef translation, Shift... s) {
    return new Pair(
        PairKind.MATCH,
        similarity,
        1 - similarity,
        false,
        List.of(original),
        List.of(translation),
        List.of(s));
  }

  static DriftReport report(Pair... pairs) {
    List<Pair> list = List.of(pairs);
    return new DriftReport(
        DriftReport.SCHEMA,
        new DocumentSummary("en/a.md", "markdown", "en", 3),
        new DocumentSummary("fr/a.md", "markdown", "fr", 3),
        new ModelSummary("test", "0"),
        0.5,
        Verdict.FAIL,
        List.of("drift 0.50 is above maxDrift 0.30"),
        Thresholds.defaults(),
        Counts.of(list),
        list,
        List.of());
  }

  @Test
  void worst_should_rank_failing_shifts_then_pairs_by_their_share_of_drift() {
    SentenceRef o1 = ref(0, 1, 1, "The cat sat on the mat.");
    SentenceRef t1 = ref(0, 1, 1, "The cat sat on the rug.");
    SentenceRef o2 = ref(30, 3, 1, "A long sentence that the translation dropped entirely.");
    SentenceRef t3 = ref(40, 5, 3, "Added.");
    SentenceRef o4 = ref(90, 7, 1, "Prices rose by 5 percent.");
    SentenceRef t4 = ref(60, 7, 1, "Prices rose by\n  50 percent.");
    Shift number =
        new Shift(
            List.of(ShiftKind.NUMBER),
            Severity.ERROR,
            0.9,
            "number changed: 5 -> 50",
            new TextSpan(105, 106, "5"),
            new TextSpan(77, 79, "50"));
    Shift info =
        new Shift(
            List.of(ShiftKind.SUBSTITUTION),
            Severity.INFO,
            0.2,
            "mat -> rug",
            new TextSpan(19, 22, "mat"),
            new TextSpan(19, 22, "rug"));
    DriftReport report =
        report(
            match(0.9, o1, t1, info),
            new Pair(PairKind.OMISSION, null, 1, false, List.of(o2), List.of(), List.of()),
            new Pair(PairKind.ADDITION, null, 1, false, List.of(), List.of(t3), List.of()),
            match(0.5, o4, t4, number));

    List<String> worst = WorstPlaces.of(report, FILES, 10).stream().map(Place::toString).toList();

    assertThat(worst)
        .containsExactly(
            Path.of("fr/a.md") + ":8:3: error: number changed: 5 -> 50",
            Path.of("en/a.md")
                + ":3:1: dropped in the translation: \"A long sentence that the translation"
                + " dropped entirely.\"",
            Path.of("fr/a.md")
                + ":7:1: similarity 0.50 is below minSimilarity 0.55 (original line 7):"
                + " \"Prices rose by 50 percent.\"",
            Path.of("fr/a.md") + ":5:3: added in the translation: \"Added.\"",
            Path.of("fr/a.md") + ":1:20: info: mat -> rug");
    assertThat(WorstPlaces.of(report, FILES, 2)).hasSize(2);
  }

  @Test
  void close_matches_should_not_be_findings_and_long_text_should_be_cut() {
    SentenceRef same = ref(0, 1, 1, "Same.");
    SentenceRef near = ref(0, 1, 1, "Almost the same.");
    String longText = "word ".repeat(40).trim() + ".";
    DriftReport report =
        report(
            match(1.0, same, same),
            match(0.75, same, near),
            match(0.65, same, near),
            new Pair(
                PairKind.ADDITION,
                null,
                1,
                false,
                List.of(),
                List.of(ref(10, 2, 1, longText)),
                List.of()));

    List<Place> worst = WorstPlaces.of(report, FILES, 5);

    assertThat(worst).hasSize(2);
    assertThat(worst.get(1).message())
        .isEqualTo("similarity 0.65 (original line 1): \"Almost the same.\"");
    assertThat(worst.get(0).message())
        .startsWith("added in the translation: \"word word")
        .endsWith("...\"")
        .hasSizeLessThan(120);
  }

  @Test
  void a_close_match_drifting_through_its_shift_should_be_listed_once_as_that_shift() {
    SentenceRef o = ref(0, 1, 1, "Prices rose by 5 percent.");
    SentenceRef t = ref(0, 1, 1, "Prices rose by 50 percent.");
    Shift number =
        new Shift(
            List.of(ShiftKind.NUMBER),
            Severity.ERROR,
            0.9,
            "number changed: 5 -> 50",
            new TextSpan(15, 16, "5"),
            new TextSpan(15, 17, "50"));
    // Similar sides, but the error's penalty lifts the pair's drift above maxDrift.
    Pair close =
        new Pair(PairKind.MATCH, 0.95, 0.58, false, List.of(o), List.of(t), List.of(number));

    List<Place> worst = WorstPlaces.of(report(close), FILES, 5);

    assertThat(worst).extracting(Place::message).containsExactly("error: number changed: 5 -> 50");
  }
}
