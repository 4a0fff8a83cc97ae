package dev.drift.language;

import static dev.drift.language.LanguageDetectorTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * English prose is confirmed without the detector's profiles; anything else, and anything not
 * clearly English, is left to the detector.
 */
class EnglishProseTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tune/en.txt", "heldout/en.txt", "bible/john-03.kjv.txt"})
  void english_prose_is_confirmed(String name) {
    Optional<DetectedLanguage> found = EnglishProse.read(page(name, "en").texts());
    assertThat(found).map(DetectedLanguage::language).contains("en");
    assertThat(found.get().confidence()).isGreaterThanOrEqualTo(EnglishProse.MIN_SHARE);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "tune/es.txt",
        "heldout/es.txt",
        "tune/fr.txt",
        "heldout/fr.txt",
        "tune/de.txt",
        "heldout/de.txt",
        "tune/it.txt",
        "heldout/it.txt",
        "tune/pt.txt",
        "heldout/pt.txt",
        "tune/nl.txt",
        "heldout/nl.txt",
        "bible/john-03.es.txt",
        "bible/isaiah-40.es.txt",
        "pages/quote.es.md",
        "pages/code-heavy.es.md"
      })
  void prose_in_another_language_is_left_to_the_detector(String name) {
    assertThat(EnglishProse.read(page(name, "en").texts())).isEmpty();
  }

  @Test
  void words_other_languages_share_with_english_are_no_evidence() {
    // Dutch and Portuguese prose full of "of", "is", "in", "do", "as", "on": none is a marker.
    List<String> texts =
        List.of(
            "Controleren of het bestand een geldig archief is en of de sleutel in orde is.",
            "Vraag of de server in de lucht is of dat de verbinding op de poort is verbroken.",
            "O resultado do teste e as notas do aluno ficam no arquivo do professor.",
            "As datas do curso e as salas do segundo semestre estão no site do departamento.");
    assertThat(EnglishProse.read(texts)).isEmpty();
  }

  @Test
  void the_parts_of_an_address_are_no_words() {
    // "it" is an English marker, and Italy's top-level domain.
    List<String> texts =
        List.of(
            "Segnalare gli errori a rizzo@pluto.linux.it o a giulio@pluto.it o a marco@pluto.it.",
            "Vedere anche https://www.pluto.it/files/it/ e http://it.wikipedia.org/it/Linux.");
    assertThat(EnglishProse.read(texts)).isEmpty();
  }

  @Test
  void a_long_document_is_read_by_sentences_spread_over_it() {
    List<String> texts = new ArrayList<>();
    for (int k = 0; k < 10_000; k++) {
      texts.add(
          k < EnglishProse.MAX_SENTENCES
              ? "The station sends an alert when the wind speed exceeds the limit " + k + "."
              : "La estación envía una alerta cuando el viento supera el límite " + k + ".");
    }
    // English opens the document, Spanish is the rest of it: the sample sees the rest too.
    assertThat(EnglishProse.read(texts)).isEmpty();
    assertThat(EnglishProse.read(texts.subList(0, EnglishProse.MAX_SENTENCES)))
        .map(DetectedLanguage::language)
        .contains("en");
  }

  @Test
  void a_page_half_in_english_is_left_to_the_detector() {
    List<String> texts =
        List.of(
            "The default mode is to overwrite the file three times, which can be slow.",
            "It should not be used on a journaling file system, as the data may survive.",
            "Valitse molemmista listoista ja katso lisätietoja loukkaavista ennusteista.",
            "Ohjelma tulostaa satunnaisen viestin tietokannasta joka kerta kun se ajetaan.");
    assertThat(EnglishProse.read(texts)).isEmpty();
  }

  @Test
  void short_lines_in_another_language_weigh_against_english() {
    // A Czech man page that kept one English sentence: its short Czech lines are Czech too.
    List<String> texts =
        List.of(
            "Since Linux 2.6.26, this file is available only if the kernel configuration option"
                + " named in the manual is enabled.",
            "Jeho typické vytvoření:",
            "Přístupová práva souboru:",
            "Výchozí hodnota je nula.",
            "Popis zařízení:",
            "Soubory a zařízení:");
    assertThat(EnglishProse.read(texts)).isEmpty();
  }

  @Test
  void short_lines_count_by_their_function_words_and_too_little_prose_tells_nothing() {
    assertThat(EnglishProse.read(List.of("Introduction", "Weather station", "Install it.")))
        .isEmpty();
    assertThat(EnglishProse.read(List.of("The station sends an alert when it is windy.")))
        .isEmpty(); // fewer than 100 letters
    List<String> withHeadings =
        List.of(
            "Installation",
            "Wind speed",
            "The station sends an alert when the wind speed exceeds the limit that you set.",
            "Mount it on a pole, away from trees and buildings, so that the wind reaches it.");
    assertThat(EnglishProse.read(withHeadings)).map(DetectedLanguage::language).contains("en");
  }
}
