package dev.drift.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.bench.Perturbations.Family;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PerturbationsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "GENDER_SWAP | He went home early. | She went home early.",
        "ROLE_SWAP | Then Ardel called Bremont to him. | Then Bremont called Ardel to him.",
        "QUESTION | The man was old in the days of Saul. | Was the man old in the days of Saul?",
        "SUBJECT_DROPPED | He went up and looked. | went up and looked.",
        "CONTRACTION | His kingdom will not be destroyed. | His kingdom won't be destroyed.",
        "PARAPHRASE | Therefore he left. | So he left.",
        "DOUBLED_WORD | Choose a man for yourselves. | Choose a a man for yourselves."
      })
  void apply_should_make_the_family_edit(Family family, String sentence, String expected) {
    assertThat(Perturbations.apply(family, sentence, new Random(1))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "MISSPELLING | The prophets gathered together.",
        "CHARACTER_DROPPED | The prophets gathered together."
      })
  void apply_should_misspell_into_no_real_word(Family family, String sentence) {
    String typo = Perturbations.apply(family, sentence, new Random(7));

    assertThat(typo).isNotNull().isNotEqualTo(sentence);
    String changed = typo.replaceAll("[^a-z ]", "").split(" ")[1];
    assertThat(Perturbations.isWord(changed)).as(changed).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"ROLE_SWAP, The famine was severe.", "QUESTION, Go home!", "GENDER_SWAP, It rained."})
  void apply_should_give_null_when_the_family_does_not_fit(Family family, String sentence) {
    assertThat(Perturbations.apply(family, sentence, new Random(1))).isNull();
  }
}
