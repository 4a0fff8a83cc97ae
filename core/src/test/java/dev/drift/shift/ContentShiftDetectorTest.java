package dev.drift.shift;

import static dev.drift.shift.Sides.diffThen;
import static dev.drift.shift.Sides.flagged;
import static dev.drift.shift.Sides.pair;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentShiftDetectorTest {
  private final ContentShiftDetector detector =
      ContentShiftDetector.create(WordNetLexicon.english());

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The famine was severe in Samaria. | The famine was in Samaria. | dropped: severe",
        "He repaired the altar that had been thrown down. | He repaired the that had been thrown down. | dropped: altar",
        "He built an altar in the name of Yahweh. | He built an altar in the name of Yahweh quietly. | added: quietly",
        "The oak fell in the storm. | The tree fell in the storm. | generalised: oak → tree"
      })
  void detect_should_warn_of_a_content_word_dropped_added_or_generalised(
      String original, String translation, String reason) {
    List<Finding> findings = diffThen(pair(original, translation), detector);

    assertThat(findings).anySatisfy(flagged(reason, Severity.WARNING));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "He bought bread and wine. | He bought wine and bread.",
        "Therefore they cried to the king. | So they cried to the king.",
        "Connect it with the cable. | Connect it using the cable.",
        "The Russian delegation left early. | The delegation of Russia left early.",
        "The tree fell in the storm. | The oak fell in the storm.",
        "He will visit Rome. | He is going to visit Rome.",
        "The harps were brought before him. | The harps were brought in front of him."
      })
  void detect_should_leave_moved_words_connectives_and_specialisation_alone(
      String original, String translation) {
    List<Finding> findings = diffThen(pair(original, translation), detector);

    assertThat(findings).noneMatch(f -> f.floor != Severity.INFO);
  }

  @org.junit.jupiter.api.Test
  void detect_should_leave_a_change_another_detector_explained_alone() {
    // "not" is the negation of "unable": the negation detector said so, no word was added.
    AlignedPair pair = pair("He was unable to attend.", "He could not attend.");

    List<Finding> findings = diffThen(pair, NegationShiftDetector.create(), detector);

    assertThat(findings).noneMatch(f -> f.floor != Severity.INFO);
    assertThat(findings)
        .anySatisfy(f -> assertThat(f.reason).startsWith("negation said in a word: unable"));
  }
}
