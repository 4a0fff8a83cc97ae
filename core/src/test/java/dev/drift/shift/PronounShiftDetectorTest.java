package dev.drift.shift;

import static dev.drift.shift.Sides.diffThen;
import static dev.drift.shift.Sides.flagged;
import static dev.drift.shift.Sides.flaggedAs;
import static dev.drift.shift.Sides.pair;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PronounShiftDetectorTest {
  private final PronounShiftDetector detector = PronounShiftDetector.create();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "He went home early. | She went home early. | pronoun changed: He → She",
        "They paid their debts. | They paid our debts. | pronoun changed: their → our",
        "The old man stood up. | The old woman stood up. | gender changed: man → woman",
        "We saw the ship. | They saw the ship. | pronoun changed: We → They",
        "His son came home. | His daughter came home. | gender changed: son → daughter"
      })
  void detect_should_make_a_changed_gender_or_person_an_error(
      String original, String translation, String reason) {
    List<Finding> findings = diffThen(pair(original, translation), detector);

    assertThat(findings).anySatisfy(flagged(reason, Severity.ERROR));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "He said that he would come. | He said he would come.",
        "I will call on his name. | I'll call on his name.",
        "She told him the news. | She gave him the news."
      })
  void detect_should_leave_the_same_pronouns_alone(String original, String translation) {
    List<Finding> findings = diffThen(pair(original, translation), detector);

    assertThat(findings).noneMatch(f -> f.floor != Severity.INFO);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"He went up and looked. | Went up and looked.", "Then they left. | Then left."})
  void detect_should_warn_of_a_dropped_subject(String original, String translation) {
    List<Finding> findings = diffThen(pair(original, translation), detector);

    assertThat(findings).anySatisfy(flaggedAs("subject dropped: ", Severity.WARNING));
  }
}
