package dev.drift.shift;

import static dev.drift.shift.Sides.diffThen;
import static dev.drift.shift.Sides.flaggedAs;
import static dev.drift.shift.Sides.pair;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenseShiftDetectorTest {
  private final TenseShiftDetector detector = TenseShiftDetector.create(WordNetLexicon.english());

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Obadiah went another way. | Obadiah goes another way.",
        "David said it to the king. | David was saying it to the king.",
        "The army came to the river. | The army had come to the river.",
        "Yahweh is God. | Yahweh was God.",
        "Your old men will dream dreams. | Your old men did dream dreams.",
        "He is going to visit Rome. | He was going to visit Rome.",
        "He says nothing. | He did not say anything.",
        "India has not condemned the invasion. | India did not condemn the invasion."
      })
  void detect_should_warn_of_a_changed_tense_or_aspect(String original, String translation) {
    List<Finding> findings = diffThen(pair(original, translation), detector);

    assertThat(findings).anySatisfy(flaggedAs("tense", Severity.WARNING));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "He answered the king. | He replied to the king.",
        "The war ended. | The war came to an end.",
        "He went home. | He went home.",
        "He will visit Rome. | He is going to visit Rome.",
        "They will leave at dawn. | They are going to leave at dawn.",
        "She said it to the king. | She did say it to the king.",
        "She says it to the king. | She does not say it to the king."
      })
  void detect_should_leave_another_verb_in_the_same_tense_alone(
      String original, String translation) {
    List<Finding> findings = diffThen(pair(original, translation), detector);

    assertThat(findings).noneMatch(f -> f.floor != Severity.INFO);
  }
}
