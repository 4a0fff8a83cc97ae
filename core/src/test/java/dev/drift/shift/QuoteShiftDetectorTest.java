package dev.drift.shift;

import static dev.drift.shift.Sides.diffThen;
import static dev.drift.shift.Sides.pair;
import static dev.drift.shift.Sides.show;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteShiftDetectorTest {
  private final QuoteShiftDetector detector = QuoteShiftDetector.create();

  /** The quoted stretches of a text, as strings. */
  private static List<String> quoted(String text) {
    List<String> out = new ArrayList<>();
    for (int[] q : QuoteShiftDetector.quotedChars(text)) {
      out.add(text.substring(q[0], q[1]));
    }
    return out;
  }

  /** The quoted word ranges of a text, as the words' text. */
  private static List<String> quotedWords(String text) {
    PairSide side = Sides.side(text, "en");
    List<String> out = new ArrayList<>();
    for (int[] q : QuoteShiftDetector.quotedWords(side)) {
      out.add(side.textOf(q[0], q[1]));
    }
    return out;
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "He said “it is over” today.",
        "He said \"it is over\" today.",
        "Il a dit «it is over» hier.",
        "Er sagte „it is over“ heute.",
        "He said ‘it is over’ today.",
        "Er sagte ‚it is over‘ heute.",
        "Er sagte »it is over« heute.",
        "He said 'it is over' today.",
        "Er sagte „it is over” heute.",
        "He said “it is over“ today."
      })
  void quoted_chars_should_find_every_quotation_style(String text) {
    assertThat(quoted(text)).containsExactly("it is over");
    assertThat(quotedWords(text)).containsExactly("it is over");
  }

  @ParameterizedTest
  @CsvSource({"0.2, INFO", "0.6, ERROR"})
  void detect_should_raise_to_error_only_a_quoted_change_at_warning_by_its_own_score(
      double score, Severity expected) {
    AlignedPair pair =
        pair(
            "She condemned “the obscene behavior” of some.",
            "She condemned “the lewd behavior” of some.");
    List<Finding> findings = diffThen(pair);
    findings.forEach(f -> f.score = score);

    QuoteShiftDetector.create(0.45).detect(pair, findings);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kinds).contains(ShiftKind.QUOTE);
              assertThat(f.floor).isEqualTo(expected);
            });
  }

  @Test
  void quoted_chars_should_keep_spaces_inside_guillemets_but_words_should_not() {
    String text = "Il a dit « c'est fini » hier.";

    assertThat(quoted(text)).containsExactly(" c'est fini ");
    assertThat(quotedWords(text)).containsExactly("c'est fini");
  }

  @Test
  void quoted_chars_should_not_take_apostrophes_for_quotes() {
    assertThat(quoted("At King’s College they don't know.")).isEmpty();
    assertThat(quoted("At King's College they don’t know.")).isEmpty();
    assertThat(quoted("the students’ union and the ’90s")).isEmpty();
    assertThat(quoted("He is 5'10\" tall.")).isEmpty();
  }

  @Test
  void quoted_chars_should_not_end_a_quotation_at_an_apostrophe_inside_it() {
    assertThat(quoted("He said 'it's over' today.")).containsExactly("it's over");
    assertThat(quoted("He said ‘it’s over’ today.")).containsExactly("it’s over");
    assertThat(quoted("the students’ union said ‘no’")).containsExactly("no");
  }

  @Test
  void quoted_chars_should_run_an_unclosed_quotation_to_the_end() {
    assertThat(quoted("He said “it is over and")).containsExactly("it is over and");
    assertThat(quoted("« il a dit")).containsExactly(" il a dit");
  }

  @Test
  void quoted_chars_should_find_several_quotations_and_keep_nested_marks_inside() {
    assertThat(quoted("“a” and “b”")).containsExactly("a", "b");
    assertThat(quoted("“nested ‘inner’ quote” done")).containsExactly("nested ‘inner’ quote");
  }

  @Test
  void quoted_chars_should_skip_empty_quotations() {
    assertThat(quoted("\"\" and “” and «»")).isEmpty();
    assertThat(quoted("")).isEmpty();
  }

  @Test
  void quote_detector_should_mark_a_wording_change_inside_quotes() {
    AlignedPair pair =
        pair(
            "She condemned “the obscene behavior” of some.",
            "She condemned “the lewd behavior” of some.");
    List<Finding> findings = diffThen(pair);
    findings.forEach(f -> f.score = 0.5);

    detector.detect(pair, findings);

    assertThat(findings).hasSize(1);
    assertThat(show(pair, findings.get(0))).isEqualTo("obscene → lewd");
    assertThat(findings.get(0).kinds).contains(ShiftKind.QUOTE, ShiftKind.SUBSTITUTION);
    assertThat(findings.get(0).floor).isEqualTo(Severity.ERROR);
  }

  @Test
  void quote_detector_should_mark_a_change_quoted_on_one_side_only() {
    AlignedPair pair =
        pair("She condemned the obscene behavior.", "She condemned the “lewd” behavior.");
    List<Finding> findings = diffThen(pair);
    findings.forEach(f -> f.score = 0.5);

    detector.detect(pair, findings);

    assertThat(findings)
        .singleElement()
        .satisfies(f -> assertThat(f.kinds).contains(ShiftKind.QUOTE));
  }

  @Test
  void quote_detector_should_not_mark_a_change_outside_quotes() {
    AlignedPair pair =
        pair(
            "She condemned “the behavior” of some officials.",
            "She castigated “the behavior” of some officials.");
    List<Finding> findings = diffThen(pair);
    findings.forEach(f -> f.score = 0.5);

    detector.detect(pair, findings);

    assertThat(findings).hasSize(1);
    assertThat(show(pair, findings.get(0))).isEqualTo("condemned → castigated");
    assertThat(findings.get(0).kinds).doesNotContain(ShiftKind.QUOTE);
    assertThat(findings.get(0).floor).isEqualTo(Severity.INFO);
  }

  @Test
  void quote_detector_should_not_mark_words_that_only_moved() {
    AlignedPair pair =
        pair(
            "He said “Russia and Western countries disagree”.",
            "He said “Western countries and Russia disagree”.");
    List<Finding> findings = diffThen(pair);
    assertThat(findings).isNotEmpty();
    findings.forEach(f -> f.score = QuoteShiftDetector.MIN_SCORE / 2);

    detector.detect(pair, findings);

    assertThat(findings).allSatisfy(f -> assertThat(f.kinds).doesNotContain(ShiftKind.QUOTE));
    assertThat(findings).allSatisfy(f -> assertThat(f.floor).isEqualTo(Severity.INFO));
  }

  @Test
  void quote_detector_should_mark_a_low_score_change_that_has_a_reason() {
    AlignedPair pair = pair("He said “19 died”.", "He said “20 died”.");
    List<Finding> findings = diffThen(pair, NumberShiftDetector.create());

    detector.detect(pair, findings);

    assertThat(findings)
        .singleElement()
        .satisfies(f -> assertThat(f.kinds).contains(ShiftKind.QUOTE, ShiftKind.NUMBER));
  }

  @Test
  void quote_detector_should_leave_neutral_changes_alone() {
    AlignedPair pair =
        pair("He said “on 02/03/2023 it ended”.", "He said “on March 02, 2023 it ended”.");
    List<Finding> findings = diffThen(pair, NumberShiftDetector.create());
    assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(f.neutral).isTrue());
    findings.forEach(f -> f.score = 0.5);

    detector.detect(pair, findings);

    assertThat(findings).allSatisfy(f -> assertThat(f.kinds).doesNotContain(ShiftKind.QUOTE));
    assertThat(findings).allSatisfy(f -> assertThat(f.floor).isEqualTo(Severity.INFO));
  }

  @Test
  void quote_detector_should_ignore_a_change_of_quotation_marks_only() {
    AlignedPair pair = pair("He said \"it is over\".", "He said « it is over ».");
    List<Finding> findings = diffThen(pair);

    detector.detect(pair, findings);

    assertThat(findings).isEmpty();
  }
}
