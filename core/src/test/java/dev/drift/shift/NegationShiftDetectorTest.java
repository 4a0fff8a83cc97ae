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

class NegationShiftDetectorTest {
  private final NegationShiftDetector detector = NegationShiftDetector.create();

  private List<Finding> detect(AlignedPair pair) {
    List<Finding> findings = new ArrayList<>();
    detector.detect(pair, findings);
    return findings;
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "He did not attend the meeting. | He attended the meeting. | not",
        "He has no money. | He has money. | no",
        "He never came back. | He came back. | never",
        "He didn't come. | He came. | didn't",
        "He won’t come. | He will come. | won’t",
        "He cannot come. | He can come. | cannot",
        "He left without a word. | He left with a word. | without",
        "Nobody came. | Everybody came. | Nobody",
        "They found nothing. | They found something. | nothing"
      })
  void negation_detector_should_mark_an_english_negation_removed(
      String original, String translation, String cue) {
    AlignedPair pair = pair(original, translation);

    List<Finding> findings = diffThen(pair, detector);

    Finding f =
        findings.stream()
            .filter(x -> x.kinds.contains(ShiftKind.NEGATION))
            .findFirst()
            .orElseThrow();
    assertThat(f.floor).isEqualTo(Severity.ERROR);
    assertThat(f.neutral).isFalse();
    assertThat(f.reason).isEqualTo("negation removed: " + cue);
    assertThat(pair.original().textOf(f.originalFrom, f.originalTo)).contains(cue);
  }

  @Test
  void negation_detector_should_mark_an_english_negation_added() {
    AlignedPair pair = pair("He attended the meeting.", "He didn't attend the meeting.");

    List<Finding> findings = diffThen(pair, detector);

    assertThat(findings)
        .filteredOn(f -> f.kinds.contains(ShiftKind.NEGATION))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(show(pair, f)).isEqualTo("attended → didn't attend");
              assertThat(f.floor).isEqualTo(Severity.ERROR);
              assertThat(f.reason).isEqualTo("negation added: didn't");
            });
  }

  @Test
  void negation_detector_should_place_the_negation_on_the_change_that_holds_it() {
    AlignedPair pair =
        pair(
            "Not bad at all, he said, and he did not lie.",
            "Not bad at all, he said, and he lied.");

    List<Finding> findings = diffThen(pair, detector);

    assertThat(findings).hasSize(1);
    assertThat(show(pair, findings.get(0))).isEqualTo("did not lie → lied");
    assertThat(findings.get(0).kinds).contains(ShiftKind.NEGATION, ShiftKind.SUBSTITUTION);
  }

  @Test
  void negation_detector_should_add_a_finding_when_no_change_holds_the_cue() {
    AlignedPair pair = pair("He did not come.", "Il est venu.", "en", "fr");

    List<Finding> findings = detect(pair);

    assertThat(findings).hasSize(1);
    assertThat(show(pair, findings.get(0))).isEqualTo("not → ");
    assertThat(findings.get(0).kinds).containsExactly(ShiftKind.NEGATION);
    assertThat(findings.get(0).floor).isEqualTo(Severity.ERROR);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | He did not come. | fr | Il n'est pas venu.",
        "en | He never came. | fr | Il n'est jamais venu.",
        "en | He came without her. | fr | Il est venu sans elle.",
        "en | He did not come. | de | Er kam nicht.",
        "en | He has no money. | de | Er hat kein Geld.",
        "en | He has no money. | de | Er hat keinen Cent.",
        "en | He did not come. | es | No vino.",
        "en | He did not come. | it | Non è venuto.",
        "en | He did not come. | pt | Ele não veio.",
        "en | He did not come. | nl | Hij kwam niet.",
        "en | He came. | fr | Il est venu.",
        "fr | Il n'est pas venu. | de | Er kam nicht.",
        "en | He said no. | es | Dijo que no.",
        "en | No, he came. | fr | Non, il est venu.",
        "en | No, he came. | de | Nein, er kam.",
        "en | No, he did not come. | de | Nein, er kam nicht.",
        "en | No, he came. | it | No, è venuto.",
        "en | No, he came. | nl | Nee, hij kwam."
      })
  void negation_detector_should_find_nothing_when_cue_counts_agree(
      String lang1, String original, String lang2, String translation) {
    assertThat(detect(pair(original, translation, lang1, lang2))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | He came. | fr | Il n'est pas venu. | negation added: pas",
        "en | He did not come. | fr | Il est venu. | negation removed: not",
        "en | He has money. | de | Er hat kein Geld. | negation added: kein",
        "en | He came. | de | Er kam nicht. | negation added: nicht",
        "en | He came. | es | No vino. | negation added: No",
        "fr | Il n'est jamais venu. | en | He came. | negation removed: jamais"
      })
  void negation_detector_should_use_the_cues_of_each_side_language(
      String lang1, String original, String lang2, String translation, String reason) {
    List<Finding> findings = detect(pair(original, translation, lang1, lang2));

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).reason).isEqualTo(reason);
    assertThat(findings.get(0).kinds).contains(ShiftKind.NEGATION);
  }

  @Test
  void negation_detector_should_show_a_negated_question_across_languages_as_information() {
    // A question expecting "yes" is negated in one language and not in the other.
    List<Finding> asked =
        detect(
            pair(
                "And he said, Art thou that my lord Elijah?",
                "Y dijo: ¿No eres tú mi señor Elías?",
                "en",
                "es"));

    assertThat(asked).hasSize(1);
    assertThat(asked.get(0).floor).isEqualTo(Severity.INFO);
    assertThat(asked.get(0).reason)
        .isEqualTo("negation in a question, as one language asks it: No");
    // A negation added outside the question is still an error, and so is one in a question asked
    // in one language only.
    assertThat(detect(pair("He came. Art thou Elijah?", "No vino. ¿No eres tú Elías?", "en", "es")))
        .anySatisfy(f -> assertThat(f.floor).isEqualTo(Severity.ERROR));
    assertThat(detect(pair("Art thou Elijah?", "¿No eres tú Elías?", "en", "en")))
        .anySatisfy(f -> assertThat(f.floor).isEqualTo(Severity.ERROR));
    assertThat(detect(pair("He is Elijah.", "¿No es Elías?", "en", "es")))
        .anySatisfy(f -> assertThat(f.floor).isEqualTo(Severity.ERROR));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "There was neither voice, nor any to answer, nor any that regarded."
            + " | No había voz, ni quien respondiese ni escuchase.",
        "There shall be no more death, neither sorrow, nor crying."
            + " | Y la muerte no será más, ni habrá más llanto.",
        "There was no voice, neither any answer. | No había voz, ni ninguna respuesta."
      })
  void negation_detector_should_count_joined_negated_parts_once_a_sentence_across_languages(
      String english, String spanish) {
    assertThat(detect(pair(english, spanish, "en", "es"))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // 1 Kings 18:5, Hebrews 11:31: one side says a negated part with a negation word more
        "peradventure we may find grass to save the horses alive, that we lose not all the beasts."
            + " | que acaso hallaremos grama con que conservemos la vida á los caballos, para que no"
            + " nos quedemos sin bestias. | negation added: sin (1 against 2, each beside one of"
            + " the other side)",
        "By faith the harlot Rahab perished not with them that believed not, when she had received"
            + " the spies with peace. | Por fe Rahab la ramera no pereció juntamente con los"
            + " incrédulos, habiendo recibido á los espías con paz. | negation removed: not (2 against 1, each beside"
            + " one of the other side)"
      })
  void negation_detector_should_warn_where_both_sides_negate_in_the_same_place_across_languages(
      String english, String spanish, String reason) {
    assertThat(detect(pair(english, spanish, "en", "es")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.floor).isEqualTo(Severity.WARNING);
              assertThat(f.reason).isEqualTo(reason);
            });
    // In one language the same difference is an error.
    assertThat(detect(pair(english, english.replace(" not", ""), "en", "en")))
        .anySatisfy(f -> assertThat(f.floor).isEqualTo(Severity.ERROR));
  }

  @Test
  void negation_detector_should_not_take_without_ending_a_clause_for_a_negation() {
    assertThat(
            detect(
                pair(
                    "Unto them that are without, all these things are done in parables.",
                    "Unto them that are outside, all these things are done in parables.",
                    "en",
                    "en")))
        .isEmpty();
    assertThat(detect(pair("They left without a word.", "They left with a word.", "en", "en")))
        .singleElement()
        .satisfies(f -> assertThat(f.reason).isEqualTo("negation removed: without"));
    // Before an option it is a preposition: "-y was used without --allow-remove-essential"
    assertThat(
            detect(
                pair(
                    "-y was used without --allow-remove-essential.",
                    "se utilizó -y sin --allow-remove-essential.",
                    "en",
                    "es")))
        .isEmpty();
  }

  @Test
  void negation_detector_should_count_a_negation_added_in_a_sentence_of_its_own_across_languages() {
    assertThat(
            detect(
                pair(
                    "There was neither voice nor answer. They waited.",
                    "No había voz ni respuesta. No esperaron.",
                    "en",
                    "es")))
        .anySatisfy(f -> assertThat(f.reason).isEqualTo("negation added: No"));
  }

  @Test
  void negation_detector_should_not_count_cues_of_another_language() {
    // "pas" is a French cue, "no" a Spanish one: neither counts in English or German text.
    assertThat(detect(pair("He took a pas de deux.", "He took a dance.", "en", "en"))).isEmpty();
    assertThat(detect(pair("Er sah no.", "Er sah es.", "de", "de"))).isEmpty();
  }

  @Test
  void is_cue_should_take_region_subtags_and_fall_back_to_all_languages() {
    Word not = Words.of("not", "en").get(0);
    Word nicht = Words.of("nicht", "de").get(0);

    assertThat(NegationShiftDetector.isCue(not, "en-GB")).isTrue();
    assertThat(NegationShiftDetector.isCue(nicht, "de-CH")).isTrue();
    assertThat(NegationShiftDetector.isCue(nicht, "en")).isFalse();
    assertThat(NegationShiftDetector.isCue(nicht, "xx")).isTrue();
    assertThat(NegationShiftDetector.isCue(Words.of(".", "en").get(0), "en")).isFalse();
  }

  @Test
  void negation_detector_should_find_nothing_for_equal_counts_in_one_language() {
    assertThat(detect(pair("He did not come.", "He never came."))).isEmpty();
    assertThat(detect(pair("The talks ended.", "The talks finished."))).isEmpty();
  }

  @Test
  void negation_detector_should_read_a_side_labelled_in_another_language_by_its_words() {
    // An English stand-in filed under fr/: identical text is no negation change.
    AlignedPair same =
        Sides.pair(
            "He did not come without his dog.", "He did not come without his dog.", "en", "fr");
    List<Finding> findings = new ArrayList<>();
    NegationShiftDetector.create().detect(same, findings);
    assertThat(findings).isEmpty();
    // ...but a negation really removed from it still is one.
    AlignedPair removed = Sides.pair("He did not come.", "He did come.", "en", "fr");
    List<Finding> found = new ArrayList<>();
    NegationShiftDetector.create().detect(removed, found);
    assertThat(found)
        .singleElement()
        .satisfies(f -> assertThat(f.kinds).contains(ShiftKind.NEGATION));
  }

  /**
   * Each language's negations: the sentence with one against an English sentence without it is
   * flagged, against an English sentence with it is not.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "es | No vino. | He did not come. | He came. | No",
        "es | Nunca vino. | He never came. | He came. | Nunca",
        "es | Jamás lo dijo. | He never said it. | He said it. | Jamás",
        "es | No vio nada. | He saw nothing. | He saw something. | No",
        "es | Nada vio. | He saw nothing. | He saw something. | Nada",
        "es | Nadie vino. | Nobody came. | Everybody came. | Nadie",
        "es | No vino nadie. | Nobody came. | Everybody came. | No",
        "es | Ninguno vino. | None came. | All came. | Ninguno",
        "es | Ninguna casa quedó. | No house remained. | A house remained. | Ninguna",
        "es | Ningún hombre vino. | No man came. | A man came. | Ningún",
        "es | Tampoco vino. | He did not come either. | He came too. | Tampoco",
        "es | Vino sin su perro. | He came without his dog. | He came with his dog. | sin",
        "es | Ni él ni ella vinieron. | Neither he nor she came. | He and she came. | Ni",
        "es | No dijo nada a nadie. | He said nothing to anyone. | He said something to all. | No",
        "fr | Il n'est pas venu. | He did not come. | He came. | pas",
        "fr | Il n’est plus venu. | He came no more. | He came again. | plus",
        "fr | Il n'est jamais venu. | He never came. | He came. | jamais",
        "fr | Il n'a jamais rien dit. | He never said anything. | He said something. | jamais",
        "fr | Il n'a rien dit. | He said nothing. | He said something. | rien",
        "fr | Il n'a vu personne. | He saw nobody. | He saw somebody. | personne",
        "fr | Personne n'est venu. | Nobody came. | Everybody came. | Personne",
        "fr | Il est venu sans elle. | He came without her. | He came with her. | sans",
        "fr | Aucun homme n'est venu. | No man came. | A man came. | Aucun",
        "fr | Il dit qu'aucun homme n'est venu. | He says no man came. | He says a man came. | qu'aucun",
        "fr | Il n'a ni faim ni soif. | He is neither hungry nor thirsty. | He is hungry and thirsty. | ni",
        "de | Er kam nicht. | He did not come. | He came. | nicht",
        "de | Er hat keine Zeit. | He has no time. | He has time. | keine",
        "de | Er hat keinen Hund. | He has no dog. | He has a dog. | keinen",
        "de | Er kam nie. | He never came. | He came. | nie",
        "de | Er kam niemals. | He never came. | He came. | niemals",
        "de | Er sagte nichts. | He said nothing. | He said something. | nichts",
        "de | Niemand kam. | Nobody came. | Everybody came. | Niemand",
        "de | Er kam ohne sie. | He came without her. | He came with her. | ohne",
        "de | Er hat weder Geld noch Zeit. | He has neither money nor time. | He has money and time. | weder",
        "it | Non è venuto. | He did not come. | He came. | Non",
        "it | Non è mai venuto. | He never came. | He came. | Non",
        "it | Mai è venuto. | He never came. | He came. | Mai",
        "it | Non ha detto niente. | He said nothing. | He said something. | Non",
        "it | Niente è cambiato. | Nothing changed. | Everything changed. | Niente",
        "it | Nessuno è venuto. | Nobody came. | Everybody came. | Nessuno",
        "it | È venuto senza di lei. | He came without her. | He came with her. | senza",
        "it | È nessun'altra. | It is no other. | It is another. | nessun'altra",
        "it | Neanch'io sono venuto. | I did not come either. | I came too. | Neanch'io",
        "pt | Ele não veio. | He did not come. | He came. | não",
        "pt | Ele nunca veio. | He never came. | He came. | nunca",
        "pt | Ele jamais veio. | He never came. | He came. | jamais",
        "pt | Ele não disse nada. | He said nothing. | He said something. | não",
        "pt | Ninguém veio. | Nobody came. | Everybody came. | Ninguém",
        "pt | Nenhum homem veio. | No man came. | A man came. | Nenhum",
        "pt | Ele veio sem ela. | He came without her. | He came with her. | sem",
        "nl | Hij kwam niet. | He did not come. | He came. | niet",
        "nl | Hij heeft geen geld. | He has no money. | He has money. | geen",
        "nl | Hij kwam nooit. | He never came. | He came. | nooit"
      })
  void negation_detector_should_flag_a_negation_only_in_the_translation(
      String language, String negated, String english, String affirmative, String cue) {
    assertThat(detect(pair(affirmative, negated, "en", language)))
        .as(negated)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.reason).isEqualTo("negation added: " + cue);
              assertThat(f.kinds).contains(ShiftKind.NEGATION);
              assertThat(f.floor).isEqualTo(Severity.ERROR);
            });
    assertThat(detect(pair(english, negated, "en", language))).as(negated).isEmpty();
    assertThat(detect(pair(negated, affirmative, language, "en")))
        .singleElement()
        .satisfies(f -> assertThat(f.reason).isEqualTo("negation removed: " + cue));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Italian "mai" in a question is "ever"; "senz'altro" is "certainly"
        "it | Hai mai visto Roma? | Have you ever seen Rome?",
        "it | Verrò senz'altro. | I will certainly come.",
        // French "plus" and "personne" without "ne": more, a person; "ne ... que": only
        "fr | Il veut plus de pain. | He wants more bread.",
        "fr | Une personne est venue. | A person came.",
        "fr | Il n'a que dix ans. | He is only ten.",
        // German "noch" is "still"
        "de | Er ist noch hier. | He is still here.",
        // a comma ends a negation's reach: two clauses, two negations
        "es | No vino, y nunca volvió. | He did not come, and he never returned.",
        // "lest" is "so that ... not"
        "es | Vela, para que no caigas. | Watch, lest thou fall."
      })
  void negation_detector_should_find_nothing_where_a_word_only_looks_negative(
      String language, String translation, String original) {
    assertThat(detect(pair(original, translation, "en", language))).isEmpty();
  }

  /** A pair whose Spanish side a translator rendered into English. */
  private static AlignedPair rendered(String original, String translation, String rendering) {
    return Sides.rendered(original, translation, rendering, java.util.Map.of());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // Debian's Spanish catalogs (apt, avahi, initdb, gdk-pixbuf, tar): faithful translations
        "Invalid port number | Número de puerto no válido | Number of port no valid",
        "Unable to accept connection | No se pudo aceptar la conexión | It could not accept the"
            + " connection",
        "unrecognized locale provider: %s | proveedor de ordenamiento no reconocido: %s"
            + " | Provider of arranging no recognised: %s",
        "Failed to fetch some archives. | No se pudieron obtener algunos archivos."
            + " | They could not obtain some archives.",
        "Remove automatically all unused packages | Elimina automáticamente todos los paquetes"
            + " sin utilizar | It deletes automatically all the packages without using",
        "%s: door ignored | %s: no se tendrá en cuenta la puerta | %s: Will take the door",
        "-C %s has no effect | -C %s carece de efecto | -C %s lacks effect",
        "cannot assign non-composite value to a row variable | no se puede asignar un valor no"
            + " compuesto a una variable de tipo row | It can not assign a no composed value to a"
            + " variable of type row",
        "checksum mismatch for file | no coincide la suma de comprobación para el archivo"
            + " | It does not coincide the sum of comprobación for the archive",
        "However the following packages replace it: | Sin embargo, los siguientes paquetes lo"
            + " reemplazan: | However, the following packages replace it:",
        "him that liveth for ever and ever | al que vive para siempre jamás | to the that lives"
            + " for ever never",
        // a Romance adjective of possibility negated by its prefix, in the written word
        "For what the law could not do, God did. | Porque lo que era imposible á la ley, Dios lo"
            + " hizo. | Because what was impossible á the law, God did it.",
        "their camels were without number | sus camellos eran innumerables | his camels were"
            + " innumerable",
        // "except" and "unless" are "if not"
        "Except a man be born again, he can not see the kingdom. | el que no naciere otra vez,"
            + " no puede ver el reino. | the one who did not be again, can not see the realm.",
        "Do not restart unless the file changed. | No reinicie si no cambió el archivo."
            + " | Do not restart if it did not change the archive.",
        "-w, --no-password never prompt for password | -w, --no-password nunca pedir contraseña"
            + " | -w, --no-password never ask password"
      })
  void negation_detector_should_take_a_negation_said_in_a_word_for_a_negation_word_across_languages(
      String original, String translation, String rendering) {
    assertThat(detect(rendered(original, translation, rendering)))
        .allSatisfy(f -> assertThat(f.floor).isEqualTo(Severity.INFO));
  }

  @Test
  void negation_detector_should_only_warn_where_a_joiner_opening_a_clause_may_carry_the_negation() {
    // Jonah 1:14: "ni pongas" is "and lay not"
    assertThat(
            detect(
                rendered(
                    "let us not perish for this man's life, and lay not upon us innocent blood",
                    "que no perezcamos por la vida de este hombre, ni pongas sobre nosotros la"
                        + " sangre inocente",
                    "that we do not perish by the life of this man, neither put on us the innocent"
                        + " blood")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.floor).isEqualTo(Severity.WARNING);
              assertThat(f.reason)
                  .isEqualTo("negation removed: not (\"ni\" opening a clause may carry it)");
            });
    // a "ni" inside a list is no clause of its own: the lost negation stays an error
    assertThat(
            detect(
                rendered(
                    "he did not eat bread nor drink water, and he did not sleep",
                    "no comió pan ni bebió agua, y durmió",
                    "he did not eat bread neither drank water, and slept")))
        .singleElement()
        .satisfies(f -> assertThat(f.floor).isEqualTo(Severity.ERROR));
  }

  @Test
  void negation_detector_should_still_see_a_negation_the_translation_lost_or_gained() {
    // make's Spanish catalog: "has not been updated" became "has been updated"
    assertThat(
            detect(
                rendered(
                    "#  File has not been updated.",
                    "#  El archivo ha sido actualizado.",
                    "# The archive has been updated.")))
        .singleElement()
        .satisfies(f -> assertThat(f.reason).isEqualTo("negation removed: not"));
    // A machine's affix is no evidence: Apertium renders "deshecho" (destroyed) as "undone".
    assertThat(
            detect(
                rendered(
                    "his kingdom that which shall not be destroyed",
                    "su reino tal que será deshecho",
                    "his kingdom such that it will be undone")))
        .singleElement()
        .satisfies(f -> assertThat(f.floor).isEqualTo(Severity.ERROR));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "He was unable to connect. | He could not connect. | INFO",
        "The upload failed. | The file was not uploaded. | INFO",
        "The key is invalid. | The key is not valid. | INFO",
        "A Fox was unable to get out. | A Fox was not unable to get out. | ERROR",
        "But the other refused, saying he could not move. | But the other refused, saying he"
            + " could move. | ERROR"
      })
  void negation_detector_should_take_a_paraphrase_by_a_word_but_not_a_word_both_sides_keep(
      String original, String translation, Severity severity) {
    assertThat(diffThen(pair(original, translation), detector))
        .filteredOn(f -> f.kinds.contains(ShiftKind.NEGATION))
        .singleElement()
        .satisfies(f -> assertThat(f.floor).isEqualTo(severity));
  }

  @Test
  void lexical_negation_should_know_affixed_and_failing_words_but_not_lookalikes() {
    Lexicon en = WordNetLexicon.english();
    for (String w :
        List.of(
            "unable",
            "invalid",
            "unsupported",
            "unrecognized",
            "insufficient",
            "useless",
            "failed",
            "lacks",
            "missing",
            "ignored",
            "unaligned",
            "regardless")) {
      assertThat(LexicalNegation.negates(w, en)).as(w).isTrue();
    }
    for (String w :
        List.of(
            "until",
            "union",
            "under",
            "uncle",
            "insight",
            "display",
            "impress",
            "income",
            "invest",
            "bless",
            "interrupt",
            "dismiss")) {
      assertThat(LexicalNegation.negates(w, en)).as(w).isFalse();
    }
  }
}
