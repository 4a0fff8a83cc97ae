package dev.drift.shift;

import static dev.drift.shift.Sides.pair;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordingTest {
  /** Four verses of Genesis 22, King James against the World English Bible. */
  private static final List<AlignedPair> INDEPENDENT =
      List.of(
          pair(
              "And it came to pass after these things, that God did tempt Abraham.",
              "After these things, God tested Abraham."),
          pair(
              "And Abraham rose up early in the morning, and saddled his ass.",
              "Abraham rose early in the morning, and saddled his donkey."),
          pair(
              "Then on the third day Abraham lifted up his eyes, and saw the place afar off.",
              "On the third day Abraham lifted up his eyes, and saw the place far off."),
          pair(
              "And Isaac spake unto Abraham his father, and said, My father.",
              "Isaac spoke to Abraham his father, and said, \u201cMy father?\u201d"));

  /** The same verses copied, one word edited. */
  private static final List<AlignedPair> REVISED =
      List.of(
          pair(
              "After these things, God tested Abraham.", "After these things, God tested Abraham."),
          pair(
              "Abraham rose early in the morning, and saddled his donkey.",
              "Abraham rose early in the morning, and saddled his camel."),
          pair(
              "On the third day Abraham lifted up his eyes, and saw the place far off.",
              "On the third day Abraham lifted up his eyes, and saw the place far off."),
          pair(
              "Isaac spoke to Abraham his father, and said, \u201cMy father?\u201d",
              "Isaac spoke to Abraham his father, and said, \u201cMy father?\u201d"));

  @Test
  void wording_should_be_free_when_most_pairs_are_worded_anew() {
    assertThat(Wording.of(INDEPENDENT)).isEqualTo(Wording.FREE);
    assertThat(Wording.of(REVISED)).isEqualTo(Wording.LITERAL);
  }

  @Test
  void wording_should_stay_literal_when_every_sentence_got_one_edit() {
    List<AlignedPair> perturbed =
        List.of(
            pair("He went home.", "She went home."),
            pair("The famine was severe.", "The famine was."),
            pair("They sat down to eat.", "They sat down to drink."),
            pair("The king was angry.", "The king was very angry."));
    assertThat(perturbed).allSatisfy(p -> assertThat(Wording.agreement(p)).isLessThan(0.9));
    assertThat(Wording.of(perturbed)).isEqualTo(Wording.LITERAL);
    assertThat(Wording.changes(INDEPENDENT.get(0))).isGreaterThanOrEqualTo(2);
    assertThat(Wording.changes(perturbed.get(0))).isEqualTo(1);
  }

  @Test
  void wording_should_be_literal_when_too_few_pairs_tell() {
    assertThat(Wording.of(INDEPENDENT.subList(0, Wording.MIN_PAIRS - 1)))
        .isEqualTo(Wording.LITERAL);
  }

  @Test
  void agreement_should_be_dice_over_words_with_repeats() {
    assertThat(Wording.agreement(pair("a b b c", "a b b c"))).isEqualTo(1.0);
    // 2 × 2 shared (a, b) / (4 + 3)
    assertThat(Wording.agreement(pair("a b b c", "a b d"))).isEqualTo(4.0 / 7);
    assertThat(Wording.agreement(pair("x y", "z"))).isZero();
  }

  @Test
  void parse_should_take_the_three_names_and_reject_others() {
    assertThat(Wording.parse(" Free ")).isEqualTo(Wording.FREE);
    assertThat(Wording.parse("literal")).isEqualTo(Wording.LITERAL);
    assertThat(Wording.AUTO.id()).isEqualTo("auto");
    assertThatThrownBy(() -> Wording.parse("loose"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown wording 'loose' (expected auto, literal or free)");
  }
}
