package dev.drift.shift;

import static dev.drift.shift.Sides.diffThen;
import static dev.drift.shift.Sides.pair;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MinorFormShiftDetectorTest {
  private final MinorFormShiftDetector detector =
      MinorFormShiftDetector.create(WordNetLexicon.english());

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "He was on a journey to the city. | He was on a jounrey to the city.",
        "He has surely come to defy Israel. | He has srely come to defy Israel.",
        "There is the sound of abundance of rain. | There is the sound of Abundance of rain.",
        "His kingdom will not be destroyed. | His kingdom won't be destroyed.",
        "I will call on the name of Yahweh. | I'll call on the name of Yahweh.",
        "Choose a man for yourselves. | Choose a a man for yourselves."
      })
  void detect_should_make_a_change_of_form_neutral(String original, String translation) {
    List<Finding> findings = diffThen(pair(original, translation), detector);

    assertThat(findings).allMatch(f -> f.neutral);
  }

  @Test
  void detect_should_not_take_a_new_real_word_for_a_typo() {
    List<Finding> findings = diffThen(pair("He sold the house.", "He told the house."), detector);

    assertThat(findings).isNotEmpty().noneMatch(f -> f.neutral);
  }

  @Test
  void detect_should_not_take_a_changed_acronym_for_a_typo() {
    List<Finding> findings =
        diffThen(pair("The agency TASS reported it.", "The agency CASS reported it."), detector);

    assertThat(findings).isNotEmpty().noneMatch(f -> f.neutral);
  }

  @Test
  void expand_should_give_the_long_form_of_contractions() {
    assertThat(MinorFormShiftDetector.expand("won't i'll isn't cannot"))
        .isEqualTo("will not i will is not can not");
  }
}
