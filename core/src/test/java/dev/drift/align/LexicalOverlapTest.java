package dev.drift.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexicalOverlapTest {

  @Test
  void words_should_lower_case_fold_accents_and_drop_one_letter_words() {
    assertThat(LexicalOverlap.words("Crème brûlée à Paris, 2024: a (NASA) test-case!"))
        .containsExactly("creme", "brulee", "paris", "2024", "nasa", "test", "case");
  }

  @Test
  void words_should_keep_digits_and_non_latin_letters() {
    assertThat(LexicalOverlap.words("Москва 42 x 7")).containsExactly("москва", "42");
    assertThat(LexicalOverlap.words("")).isEmpty();
    assertThat(LexicalOverlap.words("  . , !")).isEmpty();
  }

  @Test
  void dice_should_be_one_for_the_same_words_and_zero_for_none_shared() {
    LexicalOverlap overlap =
        LexicalOverlap.of(
            List.of("Anna visited Berlin", "Marek saw Madrid"),
            List.of("berlin VISITED anna", "nothing in common here"));

    assertThat(overlap.dice(0, 0)).isCloseTo(1.0, within(1e-12));
    assertThat(overlap.dice(0, 1)).isZero();
    assertThat(overlap.dice(1, 0)).isZero();
    assertThat(overlap.dice(1, 1)).isZero();
  }

  @Test
  void dice_should_count_each_word_once() {
    LexicalOverlap overlap =
        LexicalOverlap.of(List.of("Anna Anna Anna Berlin"), List.of("Anna Berlin"));

    assertThat(overlap.dice(0, 0)).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void dice_should_weigh_rare_words_above_common_ones() {
    // "the" and "report" are everywhere; "zanzibar" and "quarterly" are rare.
    LexicalOverlap overlap =
        LexicalOverlap.of(
            List.of("the report on zanzibar", "the report the end", "the report again"),
            List.of("the report from zanzibar", "the quarterly report", "the report"));

    double rareShared = overlap.dice(0, 0); // the, report, zanzibar shared; on/from not
    double commonShared = overlap.dice(1, 1); // the, report shared; end/quarterly not

    assertThat(rareShared).isGreaterThan(commonShared);
    assertThat(rareShared).isBetween(0.0, 1.0);
    assertThat(commonShared).isBetween(0.0, 1.0);
  }

  @Test
  void dice_should_follow_the_idf_weighted_formula() {
    // 2 sentences; df: anna 2, sees 1, berlin 1, trifft 1, madrid 1; idf log(1 + n / df).
    LexicalOverlap overlap =
        LexicalOverlap.of(List.of("Anna sees Berlin"), List.of("Anna trifft Madrid"));
    double anna = Math.log(1 + 2.0 / 2);
    double rare = Math.log(1 + 2.0 / 1);

    assertThat(overlap.dice(0, 0)).isCloseTo(2 * anna / (2 * anna + 4 * rare), within(1e-12));
  }

  @Test
  void dice_should_be_zero_for_sentences_without_words() {
    LexicalOverlap overlap = LexicalOverlap.of(List.of("", "!"), List.of("—", "Anna"));

    assertThat(overlap.dice(0, 0)).isZero();
    assertThat(overlap.dice(1, 1)).isZero();
    assertThat(overlap.dice(new int[] {0, 1}, new int[] {0})).isZero();
  }

  @Test
  void joined_dice_should_match_the_word_set_of_the_joined_sentences() {
    LexicalOverlap overlap =
        LexicalOverlap.of(
            List.of("Anna visited Berlin.", "She liked the museums."),
            List.of("Anna visited Berlin and liked the museums.", "Unrelated words only."));

    double joined = overlap.dice(new int[] {0, 1}, new int[] {0});

    assertThat(joined).isGreaterThan(overlap.dice(0, 0)).isGreaterThan(overlap.dice(1, 0));
    assertThat(overlap.dice(new int[] {0}, new int[] {0})).isEqualTo(overlap.dice(0, 0));
    assertThat(overlap.dice(new int[] {0, 1}, new int[] {1})).isZero();
  }

  @Test
  void joined_dice_should_be_one_when_the_translation_repeats_the_joined_words() {
    LexicalOverlap overlap =
        LexicalOverlap.of(
            List.of("Anna Berlin", "museum 2024"), List.of("2024 museum Berlin Anna"));

    assertThat(overlap.dice(new int[] {0, 1}, new int[] {0})).isCloseTo(1.0, within(1e-12));
  }
}
