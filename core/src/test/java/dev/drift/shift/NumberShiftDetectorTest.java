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

class NumberShiftDetectorTest {
  private final NumberShiftDetector detector = NumberShiftDetector.create();

  @Test
  void number_detector_should_mark_a_changed_number_as_an_error() {
    AlignedPair pair = pair("The G20 has 19 member countries.", "The G20 has 20 member countries.");

    List<Finding> findings = diffThen(pair, detector);

    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(show(pair, f)).isEqualTo("19 → 20");
    assertThat(f.kinds).contains(ShiftKind.NUMBER, ShiftKind.SUBSTITUTION);
    assertThat(f.floor).isEqualTo(Severity.ERROR);
    assertThat(f.neutral).isFalse();
    assertThat(f.reason).isEqualTo("number changed: 19 → 20");
  }

  @Test
  void number_detector_should_not_call_a_change_without_numbers_the_same_value() {
    // "noon" is on both sides; "before" → "after" holds no number and stays the antonym it is.
    AlignedPair pair = pair("They met before noon.", "They met after noon.");

    List<Finding> findings = diffThen(pair, detector);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.neutral).isFalse();
              assertThat(f.reason).isEqualTo("antonym: before → after");
            });
  }

  @Test
  void number_detector_should_read_per_cent_and_the_sign_as_one_amount() {
    AlignedPair pair =
        pair("Unemployment fell to 5 per cent in March.", "Unemployment fell to 5% in March.");

    List<Finding> findings = diffThen(pair, detector);

    assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(f.neutral).isTrue());
    AlignedPair changed = pair("Unemployment fell to 5 per cent.", "Unemployment fell to 6%.");
    assertThat(diffThen(changed, detector))
        .anySatisfy(f -> assertThat(f.floor).isEqualTo(Severity.ERROR));
  }

  @Test
  void number_detector_should_mark_a_dropped_number() {
    AlignedPair pair = pair("The G20 has 19 member countries.", "The G20 has member countries.");

    List<Finding> findings = diffThen(pair, detector);

    assertThat(findings).hasSize(1);
    assertThat(show(pair, findings.get(0))).isEqualTo("19 → ");
    assertThat(findings.get(0).kinds).contains(ShiftKind.NUMBER);
    assertThat(findings.get(0).floor).isEqualTo(Severity.ERROR);
    assertThat(findings.get(0).reason).isEqualTo("number dropped: 19");
  }

  @Test
  void number_detector_should_mark_an_added_number() {
    AlignedPair pair = pair("The G20 has member countries.", "The G20 has 19 member countries.");

    List<Finding> findings = diffThen(pair, detector);

    assertThat(findings).hasSize(1);
    assertThat(show(pair, findings.get(0))).isEqualTo(" → 19");
    assertThat(findings.get(0).floor).isEqualTo(Severity.ERROR);
    assertThat(findings.get(0).reason).isEqualTo("number added: 19");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "India chairs the G20 this year. | India chairs the Group of Twenty this year.",
        "The largest banks agreed. | The Big Four agreed.",
        "They met in Paris. | They met at the Council of Ten in Paris."
      })
  void number_detector_should_not_read_a_number_word_inside_a_name_as_a_number(
      String original, String translation) {
    List<Finding> findings = diffThen(pair(original, translation), detector);

    assertThat(findings).noneMatch(f -> f.kinds.contains(ShiftKind.NUMBER));
  }

  @Test
  void number_detector_should_still_read_a_capitalised_number_opening_a_sentence() {
    List<Finding> findings =
        diffThen(
            pair("Twenty people came to the Hall.", "Thirty people came to the Hall."), detector);

    assertThat(findings).anyMatch(f -> f.kinds.contains(ShiftKind.NUMBER));
  }

  @Test
  void number_detector_should_add_a_finding_when_no_change_covers_the_number() {
    // No word diff ran: the detector must place the finding itself.
    AlignedPair pair = pair("They counted 19 votes.", "They counted 20 votes.");
    List<Finding> findings = new ArrayList<>();

    detector.detect(pair, findings);

    assertThat(findings).hasSize(1);
    assertThat(show(pair, findings.get(0))).isEqualTo("19 → 20");
    assertThat(findings.get(0).kinds).containsExactly(ShiftKind.NUMBER);
    assertThat(findings.get(0).floor).isEqualTo(Severity.ERROR);
  }

  @Test
  void number_detector_should_make_the_same_date_written_differently_neutral() {
    AlignedPair pair =
        pair(
            "The summit opened on 02/03/2023 in Delhi.",
            "The summit opened on March 02, 2023 in Delhi.");

    List<Finding> findings = diffThen(pair, detector);

    assertThat(findings).isNotEmpty();
    assertThat(findings)
        .allSatisfy(
            f -> {
              assertThat(f.neutral).isTrue();
              assertThat(f.floor).isEqualTo(Severity.INFO);
              assertThat(f.kinds).doesNotContain(ShiftKind.NUMBER);
              assertThat(f.reason).isEqualTo("same value, written differently");
            });
  }

  @Test
  void number_detector_should_mark_a_date_with_another_day_or_year() {
    AlignedPair day =
        pair(
            "The summit opened on March 3, 2023 in Delhi.",
            "The summit opened on March 4, 2023 in Delhi.");
    AlignedPair year =
        pair(
            "The summit opened on 02/03/2023 in Delhi.",
            "The summit opened on 02/03/2024 in Delhi.");

    List<Finding> dayFindings = diffThen(day, detector);
    List<Finding> yearFindings = diffThen(year, detector);

    assertThat(dayFindings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.neutral).isFalse();
              assertThat(f.floor).isEqualTo(Severity.ERROR);
              assertThat(f.reason).isEqualTo("number changed: March 3, 2023 → March 4, 2023");
            });
    assertThat(yearFindings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.neutral).isFalse();
              assertThat(f.reason).isEqualTo("number changed: 02/03/2023 → 02/03/2024");
            });
  }

  @Test
  void number_detector_should_compare_spelled_numbers_by_value() {
    List<Finding> same = diffThen(pair("Twenty-one people came.", "21 people came."), detector);
    List<Finding> range =
        diffThen(
            pair("Between three and four people came.", "Between 3 and 4 people came."), detector);

    assertThat(same).singleElement().satisfies(f -> assertThat(f.neutral).isTrue());
    assertThat(range).isNotEmpty().allSatisfy(f -> assertThat(f.neutral).isTrue());
  }

  @Test
  void number_detector_should_make_amounts_written_differently_neutral() {
    AlignedPair pair =
        pair("Losses reached 1.5 billion dollars.", "Losses reached 1,500 million dollars.");

    List<Finding> findings = diffThen(pair, detector);

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).neutral).isTrue();
    assertThat(findings.get(0).reason).isEqualTo("same value, written differently");
  }

  @Test
  void number_detector_should_not_make_a_change_with_other_words_neutral() {
    // "2023" matches, but the change also replaces "opened" by "closed".
    AlignedPair pair = pair("Talks opened in 2023.", "Talks closed in 2023.");

    List<Finding> findings = diffThen(pair, detector);

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).neutral).isFalse();
    assertThat(findings.get(0).reason).isNull();
  }

  @Test
  void number_detector_should_compare_numbers_across_languages() {
    AlignedPair same = pair("Growth was 1.5 percent.", "La croissance était de 1,5 %.", "en", "fr");
    AlignedPair changed =
        pair("Growth was 1.5 percent.", "La croissance était de 2,5 %.", "en", "fr");
    List<Finding> none = new ArrayList<>();
    List<Finding> one = new ArrayList<>();

    detector.detect(same, none);
    detector.detect(changed, one);

    assertThat(none).isEmpty();
    assertThat(one).hasSize(1);
    assertThat(one.get(0).reason).isEqualTo("number changed: 1.5 percent → 2,5 %");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | The evening and the morning were the third day. | es | Y fué la tarde y la mañana el día tercero. | ",
        "en | On the seventh day God ended his work. | es | Y acabó Dios en el día séptimo su obra. | ",
        "en | It was the sixth hour. | fr | C'était la sixième heure. | ",
        "en | It was the sixth hour. | de | Es war die sechste Stunde. | ",
        "en | Day three of the summit. | it | Il terzo giorno del vertice. | ",
        "en | The evening and the morning were the third day. | es | Y fué la tarde y la mañana el día quinto. | number changed: third → quinto",
        "en | In the sixth month the angel was sent. | es | Al mes primero fué enviado el ángel. | number dropped: sixth",
        "en | He came back the first day. | es | Volvió el tercer día. | number added: tercer"
      })
  void number_detector_should_read_ordinals_from_third_to_twelfth(
      String lang1, String original, String lang2, String translation, String reason) {
    List<Finding> findings = new ArrayList<>();

    detector.detect(pair(original, translation, lang1, lang2), findings);

    if (reason == null) {
      assertThat(findings).isEmpty();
    } else {
      assertThat(findings).extracting(f -> f.reason).containsExactly(reason);
    }
  }

  private static Long ordinal(String spanish) {
    List<Word> words = Words.of(spanish, "es");
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).norm().equals("cuarto")) {
        return OrdinalWords.value(words, i, "es");
      }
    }
    throw new AssertionError("no cuarto in " + spanish);
  }

  @Test
  void ordinals_should_be_read_in_their_own_language_only() {
    assertThat(OrdinalWords.value("none", "en")).isNull();
    assertThat(OrdinalWords.value("none", "it")).isNull();
    assertThat(OrdinalWords.value("nona", "it")).isEqualTo(9L);
    assertThat(OrdinalWords.value("dritten", "de")).isEqualTo(3L);
    assertThat(OrdinalWords.value("achten", "de")).as("to respect").isNull();
    assertThat(ordinal("Y el cuarto río es el Eufrates.")).isEqualTo(4L);
    assertThat(ordinal("Entró en su cuarto.")).as("a room").isNull();
    assertThat(ordinal("Esperó un cuarto de hora.")).as("a quarter").isNull();
    assertThat(ordinal("Esperó el cuarto de hora.")).as("a quarter").isNull();
    assertThat(OrdinalWords.value("third", "xx")).isEqualTo(3L);
  }

  @Test
  void number_detector_should_read_french_digit_groups() {
    AlignedPair pair =
        pair(
            "About 1,500 people and 2.5 million euros.",
            "Environ 1\u00a0500 personnes et 2\u202f500\u00a0000 euros.",
            "en",
            "fr");
    List<Finding> findings = new ArrayList<>();

    detector.detect(pair, findings);

    assertThat(findings).isEmpty();
  }

  @Test
  void number_detector_should_pair_unmatched_numbers_in_order_and_report_the_rest() {
    AlignedPair pair = pair("Scores were 3, 4 and 5.", "Scores were 6 and 7.");
    List<Finding> findings = new ArrayList<>();

    detector.detect(pair, findings);

    assertThat(findings)
        .extracting(f -> f.reason)
        .containsExactly("number changed: 3 → 6", "number changed: 4 → 7", "number dropped: 5");
  }

  @Test
  void number_detector_should_find_nothing_when_numbers_agree() {
    AlignedPair pair = pair("In 2023, 19 countries met.", "19 countries met in 2023.");
    List<Finding> findings = new ArrayList<>();

    detector.detect(pair, findings);

    assertThat(findings).isEmpty();
  }

  @Test
  void number_detector_should_clear_a_neutral_mark_on_a_changed_number() {
    AlignedPair pair = pair("The G20 has 19 members.", "The G20 has 20 members.");
    List<Finding> findings = diffThen(pair);
    findings.get(0).neutral = true;

    detector.detect(pair, findings);

    assertThat(findings.get(0).neutral).isFalse();
    assertThat(findings.get(0).floor).isEqualTo(Severity.ERROR);
  }

  private List<Finding> detect(AlignedPair pair) {
    List<Finding> findings = new ArrayList<>();
    detector.detect(pair, findings);
    return findings;
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "es | Seven men came. | Vinieron siete hombres.",
        "es | He was thirty-two. | Tenía treinta y dos años.",
        "es | Two thousand five hundred sheep. | Dos mil quinientas ovejas.",
        "fr | Ninety-seven people. | Quatre-vingt-dix-sept personnes.",
        "fr | Twenty-one days. | Vingt et un jours.",
        "de | Twenty-one days. | Einundzwanzig Tage.",
        "it | Two hundred boats. | Duecento barche.",
        "it | Six years ago. | Sei anni fa.",
        "pt | A hundred and twenty men. | Cento e vinte homens.",
        "es | One of them came with a friend. | Uno de ellos vino con un amigo.",
        "de | A man and a woman. | Ein Mann und eine Frau.",
        "es | On May 2, 2023 he left. | El 2 de mayo de 2023 partió.",
        "es | He hid a hundred prophets by fifty. | Escondió cien profetas de cincuenta en cincuenta.",
        "es | The twelve names of the twelve apostles. | Los doce nombres de los apóstoles.",
        "es | Some thirtyfold, some sixty, and some an hundredfold. | Uno á treinta, otro á"
            + " sesenta, y otro á ciento.",
        "es | So that they two went over on dry ground. | Y pasaron ambos en seco.",
        "es | A chariot of fire parted them both asunder. | Un carro de fuego apartó á los dos.",
        "es | I saw four and twenty elders sitting. | Vi veinticuatro ancianos sentados.",
        "es | With twain he covered his face. | Con dos cubrían sus rostros.",
        "es | Or with ten thousands of rivers of oil? | ¿O de diez mil arroyos de aceite?"
      })
  void number_detector_should_find_nothing_when_a_translation_says_the_same_numbers(
      String language, String original, String translation) {
    assertThat(detect(pair(original, translation, "en", language))).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "es | Seven men came. | Vinieron ocho hombres. | number changed: Seven → ocho",
        "es | He was thirty-two. | Tenía treinta y tres años. | number changed: thirty-two → treinta y tres",
        "fr | Ninety people. | Quatre-vingts personnes. | number changed: Ninety → Quatre-vingts",
        "de | Twenty-one days. | Zweiundzwanzig Tage. | number changed: Twenty-one → Zweiundzwanzig",
        "it | Two hundred boats. | Trecento barche. | number changed: Two hundred → Trecento",
        "pt | Men came. | Vieram vinte homens. | number added: vinte",
        "es | One of them came with a friend. | Uno de ellos vino con dos amigos. | number added: dos"
      })
  void number_detector_should_mark_a_number_changed_in_translation(
      String language, String original, String translation, String reason) {
    assertThat(detect(pair(original, translation, "en", language)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.reason).isEqualTo(reason);
              assertThat(f.kinds).contains(ShiftKind.NUMBER);
              assertThat(f.floor).isEqualTo(Severity.ERROR);
            });
  }

  @Test
  void number_detector_should_count_a_repeated_number_dropped_in_one_language() {
    // Across languages a repeat is the translator's; in one language a dropped "3" is a change.
    assertThat(detect(pair("3 boys and 3 girls came.", "3 boys and girls came.")))
        .extracting(f -> f.reason)
        .containsExactly("number dropped: 3");
  }

  @Test
  void number_detector_should_read_a_side_labelled_in_another_language_by_its_words() {
    // An English stand-in filed under es/: "Twenty" is no Spanish word, but the same text.
    assertThat(detect(pair("Twenty people came.", "Twenty people came.", "en", "es"))).isEmpty();
    assertThat(detect(pair("Twenty people came.", "Thirty people came.", "en", "es")))
        .singleElement()
        .satisfies(f -> assertThat(f.kinds).contains(ShiftKind.NUMBER));
  }
}
