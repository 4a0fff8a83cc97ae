package dev.drift.shift;

import static dev.drift.shift.Sides.diffThen;
import static dev.drift.shift.Sides.pair;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionShiftDetectorTest {
  private final QuestionShiftDetector detector = QuestionShiftDetector.create();

  @Test
  void detect_should_warn_of_a_statement_turned_into_a_question() {
    AlignedPair pair =
        pair("The man was old in the days of Saul.", "Was the man old in the days of Saul?");

    List<Finding> findings = diffThen(pair, detector);

    assertThat(findings)
        .anySatisfy(
            f -> {
              assertThat(f.reason).isEqualTo("statement turned into a question");
              assertThat(f.floor).isEqualTo(Severity.WARNING);
              assertThat(pair.translation().textOf(f.translationFrom, f.translationTo))
                  .isEqualTo("?");
            });
  }

  @Test
  void detect_should_warn_of_a_question_turned_into_a_statement() {
    List<Finding> findings =
        diffThen(pair("Will you come with us?", "You will come with us."), detector);

    assertThat(findings).anyMatch(f -> "question turned into a statement".equals(f.reason));
  }

  @Test
  void detect_should_leave_a_question_kept_as_a_question_alone() {
    List<Finding> findings =
        diffThen(pair("Will you come with us?", "Are you coming with us?"), detector);

    assertThat(findings).noneMatch(f -> f.reason != null);
  }

  @Test
  void detect_should_leave_two_questions_joined_into_one_alone() {
    List<Finding> findings =
        diffThen(
            pair(
                "Hast thou entered into the springs of the sea? or hast thou walked in the depth?",
                "Hast thou entered into the springs of the sea, and walked in the depth?"),
            detector);

    assertThat(findings).noneMatch(f -> f.reason != null && f.reason.contains("question"));
  }

  @Test
  void detect_should_count_a_spanish_question_opened_but_closed_later() {
    List<Finding> findings =
        detect(
            pair(
                "Or who shut up the sea with doors?",
                "¿Quién encerró con puertas la mar; cuando se derramaba por fuera.",
                "en",
                "es"));

    assertThat(findings).isEmpty();
    assertThat(detect(pair("He shut the sea with doors.", "¿Quién encerró la mar?", "en", "es")))
        .anyMatch(f -> "statement turned into a question".equals(f.reason));
  }

  private List<Finding> detect(AlignedPair pair) {
    List<Finding> findings = new java.util.ArrayList<>();
    detector.detect(pair, findings);
    return findings;
  }
}
