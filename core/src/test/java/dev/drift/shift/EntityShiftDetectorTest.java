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

class EntityShiftDetectorTest {
  private final EntityShiftDetector detector = EntityShiftDetector.create();

  private static List<String> names(String text) {
    return names(text, "en");
  }

  private static List<String> names(String text, String language) {
    return EntityShiftDetector.names(Words.of(text, language), language).stream()
        .map(EntityShiftDetector.Name::text)
        .toList();
  }

  private List<Finding> detect(AlignedPair pair) {
    return diffThen(pair, detector);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The U.S. imposed new sanctions. | The United States imposed new sanctions.",
        "The EU said it would respond. | The European Union said it would respond.",
        "He joined the North Atlantic Treaty Organization. | He joined NATO."
      })
  void an_acronym_spelled_out_should_be_information(String original, String translation) {
    AlignedPair pair = pair(original, translation);

    List<Finding> findings = detect(pair);

    assertThat(findings).noneMatch(f -> f.floor != Severity.INFO);
    assertThat(findings).anySatisfy(f -> assertThat(f.reason).startsWith("acronym spelled out: "));
  }

  @Test
  void an_acronym_for_other_initials_should_stay_a_change() {
    AlignedPair pair =
        pair("The EU said it would respond.", "The United Nations said it would respond.");

    assertThat(detect(pair)).anyMatch(f -> f.floor != Severity.INFO);
  }

  @Test
  void a_dictionary_word_opening_a_quotation_should_be_no_name() {
    // Quoted speech starts with a capital wherever it stands, after a comma as after a full stop.
    assertThat(names("Go, tell your lord, \u2018Behold, Elijah is here!\u2019"))
        .containsExactly("Elijah");
    assertThat(names("He said, \u201cLook, the days come.\u201d")).isEmpty();
    // A word the dictionary knows only as a name, or in capitals, stays a name.
    assertThat(names("He said, \u201cIsrael will go.\u201d")).containsExactly("Israel");
    assertThat(names("He said, \u201cNATO will go.\u201d")).containsExactly("NATO");
    // Other languages have no dictionary here: their quotations are read as before.
    assertThat(names("Dijo: \u00abMira, Elías está aquí\u00bb, y se fue con Mira.", "es"))
        .contains("Elías");
  }

  @Test
  void entity_detector_should_make_a_changed_acronym_an_error_however_close() {
    AlignedPair pair = pair("The agency TASS reported it.", "The agency CASS reported it.");

    List<Finding> findings = detect(pair);

    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(show(pair, f)).isEqualTo("TASS → CASS");
    assertThat(f.kinds).contains(ShiftKind.ENTITY);
    assertThat(f.floor).isEqualTo(Severity.ERROR);
    assertThat(f.neutral).isFalse();
    assertThat(f.reason).isEqualTo("entity changed: TASS → CASS");
  }

  @Test
  void entity_detector_should_make_a_changed_name_an_error() {
    AlignedPair pair = pair("He met Blinken in Delhi.", "He met Blanken in Delhi.");

    List<Finding> findings = detect(pair);

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).floor).isEqualTo(Severity.ERROR);
    assertThat(findings.get(0).reason).isEqualTo("entity changed: Blinken → Blanken");
  }

  @Test
  void entity_detector_should_make_a_transliteration_variant_in_a_kept_name_neutral() {
    AlignedPair pair =
        pair("The minister Sergey Lavrov spoke.", "The minister Sergei Lavrov spoke.");

    List<Finding> findings = detect(pair);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(show(pair, f)).isEqualTo("Sergey → Sergei");
              assertThat(f.floor).isEqualTo(Severity.INFO);
              assertThat(f.neutral).isTrue();
              assertThat(f.kinds).contains(ShiftKind.ENTITY);
              assertThat(f.reason).isEqualTo("transliteration variant: Sergey → Sergei");
            });
    assertThat(detect(pair("President Zelenskyy spoke.", "President Zelensky spoke.")))
        .singleElement()
        .satisfies(f -> assertThat(f.neutral).isTrue());
  }

  @Test
  void entity_detector_should_leave_other_changes_in_a_kept_name_to_the_scores() {
    AlignedPair pair =
        pair("The minister Sergey Lavrov spoke.", "The minister Dmitry Lavrov spoke.");

    List<Finding> findings = detect(pair);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.neutral).isFalse();
              assertThat(f.reason).isNull();
            });
  }

  @Test
  void entity_detector_should_make_a_transliteration_variant_neutral() {
    AlignedPair pair = pair("The envoy Phillip spoke.", "The envoy Filip spoke.");

    List<Finding> findings = detect(pair);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(show(pair, f)).isEqualTo("Phillip → Filip");
              assertThat(f.kinds).contains(ShiftKind.ENTITY);
              assertThat(f.neutral).isTrue();
              assertThat(f.floor).isEqualTo(Severity.INFO);
              assertThat(f.reason).isEqualTo("transliteration variant: Phillip → Filip");
            });
  }

  @Test
  void entity_detector_should_not_make_a_variant_with_other_changed_words_neutral() {
    AlignedPair pair = pair("The envoy Phillip arrived.", "The envoy Filip came.");

    List<Finding> findings = detect(pair);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(show(pair, f)).isEqualTo("Phillip arrived → Filip came");
              assertThat(f.neutral).isFalse();
              assertThat(f.reason).isEqualTo("transliteration variant: Phillip → Filip");
            });
  }

  @Test
  void entity_detector_should_not_make_a_variant_with_other_evidence_neutral() {
    AlignedPair pair = pair("The envoy Phillip has 19 votes.", "The envoy Filip has 20 votes.");
    List<Finding> findings = new ArrayList<>();
    Finding both = new Finding(2, 5, 2, 5);
    both.kinds.add(ShiftKind.SUBSTITUTION);
    findings.add(both);
    NumberShiftDetector.create().detect(pair, findings);

    detector.detect(pair, findings);

    assertThat(both.kinds).contains(ShiftKind.ENTITY, ShiftKind.NUMBER);
    assertThat(both.neutral).isFalse();
    assertThat(both.floor).isEqualTo(Severity.ERROR);
  }

  @Test
  void entity_detector_should_keep_a_name_written_with_its_adjective() {
    assertThat(detect(pair("Officials in Russia said so.", "Russian officials said so.")))
        .allSatisfy(f -> assertThat(f.kinds).doesNotContain(ShiftKind.ENTITY));
    assertThat(detect(pair("The war in Ukraine goes on.", "The Ukrainian war goes on.")))
        .allSatisfy(f -> assertThat(f.kinds).doesNotContain(ShiftKind.ENTITY));
    assertThat(detect(pair("The Ukrainian army advanced.", "The army of Ukraine advanced.")))
        .allSatisfy(f -> assertThat(f.kinds).doesNotContain(ShiftKind.ENTITY));
  }

  @Test
  void entity_detector_should_keep_a_possessive_name() {
    List<Finding> findings =
        detect(pair("He backed Russia's position.", "He backed the position of Russia."));

    assertThat(findings).allSatisfy(f -> assertThat(f.kinds).doesNotContain(ShiftKind.ENTITY));
    assertThat(detect(pair("He backed Russia’s plan.", "He backed the plan of Russia.")))
        .allSatisfy(f -> assertThat(f.kinds).doesNotContain(ShiftKind.ENTITY));
  }

  @Test
  void entity_detector_should_take_a_possessive_acronym_for_an_acronym() {
    assertThat(
            EntityShiftDetector.names(Words.of("He backed the EU’s and NATO's plans.", "en"), "en"))
        .extracting(EntityShiftDetector.Name::acronym)
        .containsExactly(true, true);
    AlignedPair pair = pair("He backed NATO’s plan.", "He backed the plan of NASA.");

    List<Finding> findings = detect(pair);

    assertThat(findings)
        .filteredOn(f -> f.kinds.contains(ShiftKind.ENTITY))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.floor).isEqualTo(Severity.ERROR);
              assertThat(f.reason).isEqualTo("entity changed: NATO’s → NASA");
            });
    assertThat(detect(pair("He backed the EU’s plan.", "He backed the plan of the EU.")))
        .allSatisfy(f -> assertThat(f.kinds).doesNotContain(ShiftKind.ENTITY));
  }

  @Test
  void entity_detector_should_keep_a_shortened_name() {
    List<Finding> findings =
        detect(pair("The envoy Sergei Lavrov spoke.", "The envoy Lavrov spoke."));

    assertThat(findings).allSatisfy(f -> assertThat(f.kinds).doesNotContain(ShiftKind.ENTITY));
  }

  @Test
  void entity_detector_should_not_take_sentence_initial_words_for_names() {
    assertThat(names("Yesterday the talks ended.")).isEmpty();
    assertThat(names("The talks ended. Yesterday Blinken left.")).containsExactly("Blinken");
    assertThat(names("He said: “Nobody came.”")).isEmpty();
    assertThat(names("(Officials) The talks ended.")).isEmpty();
    assertThat(names("“We are ready,” Lavrov said.")).containsExactly("Lavrov");
    assertThat(detect(pair("Yesterday the talks ended.", "Today the talks ended.")))
        .allSatisfy(f -> assertThat(f.kinds).doesNotContain(ShiftKind.ENTITY));
  }

  @Test
  void entity_detector_should_take_names_after_titles_and_initials() {
    assertThat(names("Mr. Lavrov met MM. Blinken and Dr. Watson."))
        .containsExactly("Lavrov", "Blinken", "Watson");
    assertThat(names("M. Lavrov a rencontré Mme Colonna.")).contains("Lavrov", "Colonna");
    assertThat(names("For Harsh V. Pant, professor at King’s College, nothing changes."))
        .contains("Pant", "King’s College");
    assertThat(names("The U.S. Secretary spoke.")).containsExactly("U.S", "Secretary");
    assertThat(names("He left. Officials said so.")).isEmpty();
  }

  @Test
  void entity_detector_should_flag_a_changed_name_after_a_title() {
    AlignedPair pair = pair("Mr. Lavrov spoke to him.", "Mr. Lazrov spoke to him.");

    List<Finding> findings = detect(pair);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kinds).contains(ShiftKind.ENTITY);
              assertThat(f.floor).isEqualTo(Severity.ERROR);
              assertThat(f.reason).isEqualTo("entity changed: Lavrov → Lazrov");
            });
  }

  @Test
  void entity_detector_should_not_take_title_case_headline_words_for_names() {
    assertThat(names("Talks End In Failure Over Grain Deal")).isEmpty();
    assertThat(names("Grain Deal Talks End In Failure At NATO")).containsExactly("NATO");

    List<Finding> findings =
        detect(
            pair(
                "Talks End In Failure Over Ukraine Grain Deal",
                "Talks Finish In Failure Over Ukraine Grain Deal"));

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).kinds).doesNotContain(ShiftKind.ENTITY);
  }

  @Test
  void entity_detector_should_find_names_in_a_sentence_full_of_them() {
    assertThat(names("Antony Blinken met Sergei Lavrov."))
        .containsExactly("Blinken", "Sergei Lavrov");
    assertThat(
            names(
                "TASS said that Secretary of State Antony Blinken met Sergei Lavrov in New Delhi."))
        .contains("TASS", "Sergei Lavrov", "New Delhi")
        .anySatisfy(n -> assertThat(n).endsWith("Antony Blinken"));
  }

  @Test
  void entity_detector_should_flag_a_changed_name_in_a_sentence_full_of_them() {
    AlignedPair pair =
        pair("Antony Blinken met Sergei Lavrov.", "Antony Blinken met Dmitry Medvedev.");

    List<Finding> findings = detect(pair);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kinds).contains(ShiftKind.ENTITY);
              assertThat(f.floor).isGreaterThanOrEqualTo(Severity.WARNING);
            });
  }

  @Test
  void entity_detector_should_take_only_single_acronyms_from_title_case_headlines() {
    assertThat(names("Grain Deal Talks End In NATO Failure Over Ukraine")).containsExactly("NATO");
    assertThat(names("Lavrov And Blinken Meet For The First Time Since Invasion")).isEmpty();
  }

  @Test
  void entity_detector_should_take_only_acronyms_for_names_in_german() {
    assertThat(names("Der Minister traf den Präsidenten der EU in Berlin.", "de"))
        .containsExactly("EU");
    assertThat(names("Der Minister traf den Präsidenten in Berlin.", "de-AT")).isEmpty();
  }

  @Test
  void entity_detector_should_not_take_german_nouns_for_changed_names() {
    AlignedPair same =
        pair(
            "Der Minister traf den Präsidenten in Berlin.",
            "Der Minister traf den Staatschef in Berlin.",
            "de",
            "de");
    AlignedPair translated =
        pair(
            "The minister met the president in Berlin.",
            "Der Minister traf den Präsidenten in Berlin.",
            "en",
            "de");

    assertThat(detect(same)).allSatisfy(f -> assertThat(f.kinds).doesNotContain(ShiftKind.ENTITY));
    List<Finding> findings = new ArrayList<>();
    detector.detect(translated, findings);
    assertThat(findings).isEmpty();
  }

  @Test
  void entity_detector_should_still_see_an_english_name_lost_in_german() {
    AlignedPair pair =
        pair(
            "The minister met Blinken in Berlin.",
            "Der Minister traf Blanken in Berlin.",
            "en",
            "de");
    List<Finding> findings = new ArrayList<>();

    detector.detect(pair, findings);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.reason).isEqualTo("name dropped: Blinken");
              assertThat(f.floor).isEqualTo(Severity.WARNING);
            });
  }

  @Test
  void entity_detector_should_group_capitalised_runs_and_acronyms() {
    assertThat(names("He flew to New Delhi with the UN envoy.")).containsExactly("New Delhi", "UN");
    assertThat(EntityShiftDetector.names(Words.of("He met the UN envoy.", "en"), "en"))
        .singleElement()
        .satisfies(n -> assertThat(n.acronym()).isTrue());
  }

  @Test
  void entity_detector_should_not_take_days_months_and_titles_for_names() {
    assertThat(names("They met on Monday in March.")).isEmpty();
    assertThat(names("Then I left.")).isEmpty();
  }

  @Test
  void entity_detector_should_keep_equal_acronyms() {
    AlignedPair pair = pair("The NATO summit ended.", "The NATO summit finished.");

    List<Finding> findings = detect(pair);

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).kinds).doesNotContain(ShiftKind.ENTITY);
    assertThat(findings.get(0).floor).isEqualTo(Severity.INFO);
  }

  @Test
  void entity_detector_should_warn_about_a_dropped_name() {
    AlignedPair pair = pair("The talks with Blinken ended.", "The talks ended.");

    List<Finding> findings = detect(pair);

    assertThat(findings).hasSize(1);
    assertThat(show(pair, findings.get(0))).isEqualTo("Blinken → ");
    assertThat(findings.get(0).kinds).contains(ShiftKind.ENTITY, ShiftKind.OMISSION);
    assertThat(findings.get(0).floor).isEqualTo(Severity.WARNING);
    assertThat(findings.get(0).reason).isEqualTo("name dropped: Blinken");
  }

  @Test
  void entity_detector_should_warn_about_an_added_name() {
    AlignedPair pair = pair("The talks ended.", "The talks with Blinken ended.");

    List<Finding> findings = detect(pair);

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).kinds).contains(ShiftKind.ENTITY, ShiftKind.ADDITION);
    assertThat(findings.get(0).floor).isEqualTo(Severity.WARNING);
    assertThat(findings.get(0).reason).isEqualTo("name added: Blinken");
  }

  @Test
  void entity_detector_should_add_a_finding_when_no_change_covers_the_name() {
    AlignedPair pair = pair("The talks with Blinken ended.", "The talks ended.");
    List<Finding> findings = new ArrayList<>();

    detector.detect(pair, findings);

    assertThat(findings).hasSize(1);
    assertThat(show(pair, findings.get(0))).isEqualTo("Blinken → ");
    assertThat(findings.get(0).kinds).containsExactly(ShiftKind.ENTITY);
  }

  @Test
  void entity_detector_should_not_lower_a_stronger_finding() {
    AlignedPair pair = pair("The talks with Blinken ended.", "The talks ended.");
    List<Finding> findings = diffThen(pair);
    findings.get(0).raise(Severity.ERROR);
    findings.get(0).reason = "negation removed: not";

    detector.detect(pair, findings);

    assertThat(findings.get(0).floor).isEqualTo(Severity.ERROR);
    assertThat(findings.get(0).reason).isEqualTo("negation removed: not");
  }

  @Test
  void fold_should_equate_common_transliteration_variants() {
    assertThat(NameSounds.fold("Sergey")).isEqualTo(NameSounds.fold("Sergei"));
    assertThat(NameSounds.fold("Zelenskyy")).isEqualTo(NameSounds.fold("Zelensky"));
    assertThat(NameSounds.fold("Phillip")).isEqualTo(NameSounds.fold("Filip"));
    assertThat(NameSounds.fold("Müller")).isEqualTo(NameSounds.fold("Muller"));
    assertThat(NameSounds.fold("Lavrov")).isNotEqualTo(NameSounds.fold("Lazrov"));
  }

  /**
   * A pair whose Spanish translation a translator rendered into English, with the translator's
   * renderings of two capitalised words on their own.
   */
  private static AlignedPair rendered(String original, String translation, String rendering) {
    return rendered(
        original,
        translation,
        rendering,
        java.util.Map.of("Moisés", "Moses", "Jehová", "Jehovah", "Elías", "Elijah"));
  }

  /** The same with the given renderings of capitalised words on their own. */
  private static AlignedPair rendered(
      String original, String translation, String rendering, java.util.Map<String, String> words) {
    return Sides.rendered(original, translation, rendering, words);
  }

  private static List<Finding> evidence(EntityShiftDetector d, AlignedPair pair) {
    List<Finding> findings = new ArrayList<>();
    d.detect(pair, findings);
    return findings;
  }

  @Test
  void
      across_languages_names_each_language_spells_its_own_way_should_be_learned_from_the_document() {
    List<AlignedPair> pairs =
        List.of(
            rendered(
                "And the LORD spake unto Moses.",
                "Y Jehová habló á Moisés.",
                "And Jehovah spoke to Moses."),
            rendered("The LORD is my shepherd.", "Jehová es mi pastor.", "Jehovah is my shepherd."),
            rendered(
                "Then the LORD said unto Moses, Go.",
                "Y Jehová dijo á Moisés: Ve.",
                "And Jehovah said to Moses: Go."),
            rendered(
                "And the LORD spake unto Aaron.",
                "Y Jehová habló á Moisés.",
                "And Jehovah spoke to Moses."));
    EntityShiftDetector d = EntityShiftDetector.forDocument(pairs);

    assertThat(evidence(d, pairs.get(0))).isEmpty();
    assertThat(evidence(d, pairs.get(1))).isEmpty();
    assertThat(evidence(EntityShiftDetector.create(), pairs.get(1)))
        .as("without the document, Jehová and the LORD are two names")
        .isNotEmpty();
    List<Finding> swapped = evidence(d, pairs.get(3));
    assertThat(swapped).extracting(f -> Sides.originalOf(pairs.get(3), f)).contains("Aaron");
    assertThat(swapped).allMatch(f -> f.floor.compareTo(Severity.WARNING) >= 0);
  }

  @Test
  void across_languages_a_name_that_says_whom_a_pronoun_means_should_be_shown_not_warned_of() {
    // 1 Samuel 3: the KJV says "he", the Reina-Valera names Eli, whom the chapter names elsewhere
    java.util.Map<String, String> words = java.util.Map.of("Eli", "Eli", "Samuel", "Samuel");
    List<AlignedPair> pairs =
        List.of(
            rendered(
                "And Eli said unto Samuel, Go, lie down.",
                "Y dijo Eli á Samuel: Ve, y acuéstate.",
                "And said Eli to Samuel: Go, and lie down.",
                words),
            rendered(
                "And he said, lie down again.", // "le", rendered "him", is no name's pronoun
                "Y Eli le dijo: vuélvete á acostar.",
                "And Eli said him: go back to lie down.",
                words),
            rendered(
                "And they called again.",
                "Y Nabal llamó otra vez.",
                "And Nabal called again.",
                java.util.Map.of("Nabal", "Nabal")),
            rendered(
                "And Samuel called again.",
                "Y Eli llamó otra vez.",
                "And Eli called again.",
                words),
            rendered(
                "He brought them out of Egypt, and out of Egypt he led them.",
                "Él los sacó de Egipto, y de Eli él los guió.",
                "He took them out of Egypt, and of Eli he guided them.",
                words));
    EntityShiftDetector d = EntityShiftDetector.forDocument(pairs);

    assertThat(evidence(d, pairs.get(1)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.floor).isEqualTo(Severity.INFO);
              assertThat(f.reason).isEqualTo("name made explicit: Eli");
            });
    assertThat(evidence(d, pairs.get(2)))
        .as("a name the document matches nowhere is added")
        .anySatisfy(f -> assertThat(f.reason).isEqualTo("name added: Nabal"));
    assertThat(evidence(d, pairs.get(3)))
        .as("a name swapped for another is a change, whoever else the document names")
        .anySatisfy(f -> assertThat(f.floor).isGreaterThanOrEqualTo(Severity.WARNING));
    assertThat(evidence(d, pairs.get(4)))
        .as("a name where no pronoun went (the other Egypt kept the name swapped out) is added")
        .anySatisfy(f -> assertThat(f.reason).isEqualTo("name added: Eli"));
  }

  @Test
  void across_languages_a_name_opening_the_other_sentence_should_keep_a_name() {
    // "John" opens its sentence, so it is no name of its own, but Juan is no name added either
    AlignedPair kept =
        rendered(
            "John answered and said, A man can receive nothing.",
            "Respondió Juan, y dijo: No puede el hombre recibir algo.",
            "It answered Juan, and said: it can not the man receive something.",
            java.util.Map.of("Juan", "Juan"));
    AlignedPair swapped =
        rendered(
            "John answered and said, A man can receive nothing.",
            "Respondió Samuel, y dijo: No puede el hombre recibir algo.",
            "It answered Samuel, and said: it can not the man receive something.",
            java.util.Map.of("Samuel", "Samuel"));

    assertThat(evidence(EntityShiftDetector.forDocument(List.of(kept)), kept)).isEmpty();
    assertThat(evidence(EntityShiftDetector.forDocument(List.of(swapped)), swapped))
        .extracting(f -> f.reason)
        .containsExactly("name added: Samuel");
  }

  @Test
  void names_should_not_join_a_sentence_opening_in_capitals_to_the_name_after_it() {
    assertThat(
            EntityShiftDetector.names(Words.of("EMPERO Jehová había dicho á Abram.", "es"), "es"))
        .extracting(EntityShiftDetector.Name::text)
        .containsExactly("EMPERO", "Jehová", "Abram");
    assertThat(EntityShiftDetector.names(Words.of("Y FUÉ Samsón á Gaza.", "es"), "es"))
        .extracting(EntityShiftDetector.Name::text)
        .containsExactly("FUÉ", "Samsón", "Gaza");
    assertThat(
            EntityShiftDetector.names(Words.of("He met the NATO Secretary General.", "en"), "en"))
        .extracting(EntityShiftDetector.Name::text)
        .containsExactly("NATO Secretary General");
  }

  @Test
  void across_languages_a_name_after_a_comma_should_be_learned_as_the_word_after_a_colon() {
    // John 11: KJV opens a speech after a comma ("saying, Lord"), RV1909 after a colon ("diciendo:
    // Señor"), where a capitalised word is no name candidate; the translator renders Señor
    // "Gentleman"
    java.util.Map<String, String> words = java.util.Map.of("Señor", "Gentleman");
    List<AlignedPair> pairs =
        List.of(
            rendered(
                "They sent unto him, saying, Lord, he whom thou lovest is sick.",
                "Enviaron á él, diciendo: Señor, el que amas está enfermo.",
                "They sent to him, saying: Gentleman, the one who masters is ailing.",
                words),
            rendered(
                "Then said his disciples, Lord, if he sleep, he shall do well.",
                "Dijeron sus discípulos: Señor, si duerme, salvo estará.",
                "They said his disciples: Gentleman, if it sleeps, save will be.",
                words),
            rendered(
                "They said unto him, Lord, come and see.",
                "Dícenle: Señor, ven, y ve.",
                "Dícenle: Gentleman, see, and sees.",
                words),
            rendered(
                "It was Mary which anointed the Lord with ointment.",
                "María era la que ungió al Maestro con ungüento.",
                "Mary was the one who anointed the Master with ointment.",
                java.util.Map.of("María", "Mary", "Maestro", "Master")));
    EntityShiftDetector d = EntityShiftDetector.forDocument(pairs);

    assertThat(evidence(EntityShiftDetector.create(), pairs.get(0)))
        .as("without the document, Lord is dropped")
        .anySatisfy(f -> assertThat(f.floor).isEqualTo(Severity.WARNING));
    for (int i = 0; i < 3; i++) {
      assertThat(evidence(d, pairs.get(i))).isEmpty();
    }
    assertThat(evidence(d, pairs.get(3)))
        .as("where the translation has no Señor, Lord is still dropped (and named inside a clause)")
        .anySatisfy(f -> assertThat(f.floor).isEqualTo(Severity.WARNING));
  }

  @Test
  void across_languages_a_capitalised_word_the_document_writes_in_lower_case_should_be_no_name() {
    List<AlignedPair> pairs =
        List.of(
            rendered(
                "And he said, Behold, here I am.",
                "Y él respondió: Heme aquí.",
                "And he answered: Here I am."),
            rendered(
                "And behold, a ram.",
                "Y he aquí un carnero; Mas el carnero huyó.",
                "And here is a ram; But the ram fled."),
            rendered("But the ram fled.", "mas huyó.", "but fled."));
    EntityShiftDetector d = EntityShiftDetector.forDocument(pairs);

    assertThat(evidence(d, pairs.get(0))).isEmpty();
    assertThat(evidence(d, pairs.get(1))).isEmpty();
  }

  @Test
  void across_languages_a_name_spelled_in_each_language_should_be_kept_and_a_swap_a_change() {
    AlignedPair spelled =
        rendered(
            "And Elijah brought them down to the brook Kishon.",
            "Y llevólos Elías al arroyo de Cisón.",
            "And Elijah took them to the stream of Cisón.");
    AlignedPair swapped =
        rendered(
            "And Elijah brought them down to the brook Kishon.",
            "Y llevólos Elías al arroyo de Jordán.",
            "And Elijah took them to the stream of Jordan.");

    assertThat(evidence(EntityShiftDetector.create(), spelled)).as("Cisón is Kishon").isEmpty();
    assertThat(evidence(EntityShiftDetector.create(), swapped))
        .anySatisfy(f -> assertThat(f.floor).isGreaterThanOrEqualTo(Severity.WARNING));
    assertThat(NameSounds.consonants("Kidron")).isEqualTo(NameSounds.consonants("Cedrón"));
    assertThat(NameSounds.consonants("Pharisees")).isEqualTo(NameSounds.consonants("Fariseos"));
    assertThat(NameSounds.consonants("Zion")).isEqualTo("sn");
  }

  @Test
  void across_languages_a_lost_capitalised_dictionary_word_should_be_shown_not_warned_of() {
    // Debian's Spanish catalogs: metavariables, labels and emphasis in capitals.
    java.util.Map<String, String> words =
        java.util.Map.of(
            "CODIFICACIÓN", "CODING", "Interrumpir", "Interrupt", "Todopoderoso", "Almighty");
    AlignedPair metavariable =
        rendered(
            "output source page encoded in ENCODING",
            "página origen de salida codificada en CODIFICACIÓN",
            "Page origin of start encoded in CODING",
            words);
    AlignedPair label = rendered("*** Break.", "*** Interrumpir.", "*** Interrupt.", words);
    // A word the dictionary also knows as a name stays a name: Lamb is no label.
    AlignedPair epithet =
        rendered(
            "the twelve apostles of the Lamb.",
            "los doce apóstoles del Todopoderoso.",
            "the twelve apostles of the Almighty.",
            words);

    assertThat(evidence(EntityShiftDetector.create(), metavariable))
        .extracting(f -> f.floor + " " + f.reason)
        .containsExactly("INFO capitalised word written its own way: ENCODING → CODIFICACIÓN");
    assertThat(evidence(EntityShiftDetector.create(), label))
        .allSatisfy(f -> assertThat(f.floor).isEqualTo(Severity.INFO));
    assertThat(evidence(EntityShiftDetector.create(), epithet))
        .anySatisfy(f -> assertThat(f.floor).isGreaterThanOrEqualTo(Severity.WARNING));
  }

  @Test
  void across_languages_a_metavariable_in_capitals_should_be_written_its_own_way() {
    // bash's Spanish catalog names its metavariables in Spanish
    AlignedPair help =
        rendered(
            "Sends the signal named by SIGSPEC to the job.",
            "Envía la señal nombrada por ID_SEÑAL al trabajo.",
            "Sends the signal named by ID_SEÑAL to the work.",
            java.util.Map.of());
    AlignedPair renamed =
        rendered(
            "The report went to Lavrov.",
            "El informe fue a Blinken.",
            "The report went to Blinken.",
            java.util.Map.of());

    assertThat(evidence(EntityShiftDetector.create(), help))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.floor).isEqualTo(Severity.INFO);
              assertThat(f.reason)
                  .isEqualTo("capitalised word written its own way: SIGSPEC → ID_SEÑAL");
            });
    assertThat(evidence(EntityShiftDetector.create(), renamed))
        .anySatisfy(f -> assertThat(f.floor).isGreaterThanOrEqualTo(Severity.WARNING));
  }

  @Test
  void across_languages_a_dictionary_word_opening_a_speech_or_clause_should_be_no_name() {
    java.util.Map<String, String> words =
        java.util.Map.of("Levantaos", "Get up", "Edificó", "Edificó", "Elías", "Elijah");
    AlignedPair speech =
        rendered(
            "And Elijah said unto them, Arise, and go.",
            "Y Elías les dijo: Levantaos, é id.",
            "And Elijah said them: Get up, and go.",
            words);
    AlignedPair name =
        rendered(
            "And they said, Elijah is here.",
            "Y dijeron: Elías está aquí.",
            "And they said: Elijah is here.",
            words);
    AlignedPair dropped =
        rendered(
            "And they said, Elijah is here.",
            "Y dijeron: él está aquí.",
            "And they said: he is here.",
            words);
    EntityShiftDetector d = EntityShiftDetector.forDocument(List.of(speech, name, dropped));

    assertThat(evidence(d, speech)).as("Arise and Levantaos open a speech").isEmpty();
    assertThat(evidence(d, name)).isEmpty();
    assertThat(evidence(d, dropped))
        .as("a name the dictionary knows only as a name stays one at an opening")
        .anySatisfy(f -> assertThat(f.reason).isEqualTo("name dropped: Elijah"));
  }

  @Test
  void across_languages_a_closed_class_word_opening_a_speech_or_clause_should_be_no_name() {
    // WordNet knows no pronoun or conjunction: "Thy", "Because", "Nor" open a speech or clause
    java.util.Map<String, String> words =
        java.util.Map.of("Dícele", "Dícele", "Jesús", "Jesus", "Mas", "But");
    List<AlignedPair> pairs =
        List.of(
            rendered(
                "Jesus saith unto her, Thy brother shall rise again.",
                "Dícele Jesús: Resucitará tu hermano.",
                "Dícele Jesus: it will resurrect your brother.",
                words),
            rendered(
                "And they said unto Moses, Because there were no graves in Egypt, wilt thou go?",
                "Y dijeron á Moisés: Mas no había sepulcros en Egipto, ¿irás?",
                "And they said á Moses: But there were not sepulcros in Egypt, will you go?",
                words));
    EntityShiftDetector d = EntityShiftDetector.forDocument(pairs);

    assertThat(evidence(d, pairs.get(0))).extracting(f -> f.reason).isEmpty();
    assertThat(evidence(d, pairs.get(1))).extracting(f -> f.reason).isEmpty();
  }

  @Test
  void across_languages_a_name_written_in_lower_case_inside_a_compound_should_stay_a_name() {
    List<AlignedPair> pairs =
        List.of(
            rendered(
                "David was of Beth-lehem-judah.",
                "David era de Beth-lehem de Judá.",
                "David was of Beth-lehem of Judá."),
            rendered("Shochoh belongeth to Judah.", "Sochô es de Judá.", "Shochoh is of Judá."));
    EntityShiftDetector d = EntityShiftDetector.forDocument(pairs);

    assertThat(evidence(d, pairs.get(1))).isEmpty();
  }

  @Test
  void names_should_not_count_a_capital_after_an_opening_question_or_exclamation_mark() {
    assertThat(names("Y le dijo: ¿Quién eres tú? ¡Sal de aquí, Pedro!", "es"))
        .containsExactly("Pedro");
  }
}
