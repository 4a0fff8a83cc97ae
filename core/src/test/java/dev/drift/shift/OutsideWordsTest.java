package dev.drift.shift;

import static dev.drift.shift.Sides.pair;
import static dev.drift.shift.Sides.rendered;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutsideWordsTest {
  private static List<String> negations(AlignedPair pair) {
    List<Finding> findings = new ArrayList<>();
    NegationShiftDetector.create().detect(pair, findings);
    return findings.stream().filter(f -> f.floor != Severity.INFO).map(f -> f.reason).toList();
  }

  @Test
  void without_the_camp_should_be_outside_it_where_the_other_side_says_so() {
    assertThat(
            negations(
                rendered(
                    "The bullock shall one carry forth without the camp.",
                    "Y sacará fuera del real el becerro.",
                    "And will take out of the real the calf.",
                    Map.of())))
        .isEmpty();
    assertThat(
            negations(
                pair(
                    "They left them without the camp of Israel.",
                    "They set them outside the camp of Israel.")))
        .isEmpty();
  }

  @Test
  void a_without_that_lacks_something_should_stay_a_negation() {
    assertThat(
            negations(
                pair(
                    "The locusts came without number, and stood outside the city.",
                    "The locusts came in number, and stood outside the city.")))
        .containsExactly("negation removed: without");
    assertThat(
            negations(
                rendered(
                    "They left him without the camp.",
                    "Le dejaron en el campamento.",
                    "They left him in the camp.",
                    Map.of())))
        .as("no word for outside on the other side")
        .containsExactly("negation removed: without");
  }
}
