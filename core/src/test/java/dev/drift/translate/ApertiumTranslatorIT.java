package dev.drift.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.DriftInputException;
import dev.drift.RequiredTool;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Debian's Apertium as the machine installs it ({@code apertium -u spa-eng}, package
 * apertium-eng-spa): real Spanish rendered into English, the mode chosen from the languages, the
 * refusal of a pair that is not installed, and {@link TranslatorSettings} choosing per language.
 */
class ApertiumTranslatorIT {
  static final Duration TIMEOUT = Duration.ofSeconds(60);

  /** A mark Apertium puts before a word it could not analyse ({@code *}), generate or transfer. */
  static final String MARKED = ".*(?<![\\p{L}\\p{N}])[*#@]\\p{L}.*";

  @TempDir Path tmp;

  @BeforeAll
  static void apertium() {
    RequiredTool.requireCommand(
        "Apertium with its Spanish-English pair (apt-get install apertium apertium-eng-spa)",
        "sh",
        "-c",
        "echo hola | apertium -u spa-eng");
  }

  @Test
  void create_should_render_spanish_sentences_into_english_keeping_numbers_and_names() {
    Translator translator = ApertiumTranslator.create("es", "en", TIMEOUT);

    List<String> out =
        translator.render(
            List.of(
                "Abra el panel de control para ver las últimas lecturas de todos los sensores.",
                "La estación envía una alerta cuando la velocidad del viento supera los 90 km/h.",
                "La alarma suena a partir de 60 km/h.",
                "Nuestro socio de datos en Lviv recibe el resumen horario por correo electrónico.",
                "Las lecturas ya no pueden descargarse.",
                "Xyzqwertz dijo hola a Pérez en Quijotería."));

    assertThat(out).hasSize(6);
    assertThat(out.get(0)).contains("readings", "sensors").doesNotContain("lecturas");
    assertThat(out.get(1)).contains("alert", "wind speed", "90 km/h");
    assertThat(out.get(2)).contains("60 km/h");
    assertThat(out.get(3)).contains("Lviv", "email");
    assertThat(out.get(4)).containsIgnoringCase("no longer");
    assertThat(out.get(5)).contains("Xyzqwertz", "Pérez", "Quijotería");
    assertThat(out).noneMatch(line -> line.matches(MARKED));
    assertThat(out).noneMatch(line -> line.isBlank());
  }

  @Test
  void create_should_keep_hashes_and_handles_the_sentence_itself_has() {
    Translator translator = ApertiumTranslator.create("es", "en", TIMEOUT);

    List<String> out = translator.render(List.of("Escriba a @maria sobre el error #512 hoy."));

    assertThat(out.get(0)).contains("@maria", "#512");
  }

  @Test
  void render_should_keep_one_line_per_sentence_through_the_pipeline() {
    Translator translator = ApertiumTranslator.create("es", "en", TIMEOUT);
    List<String> sentences = new java.util.ArrayList<>();
    for (int k = 1; k <= 200; k++) {
      sentences.add("La frase número " + k + " no tiene punto final");
    }
    sentences.add("¿Qué [hora] es? <b>Son</b> las 5 ^ 2 $ \\ / @ # *");

    List<String> out = translator.render(sentences);

    assertThat(out).hasSize(sentences.size());
    for (int k = 1; k <= 200; k++) {
      assertThat(out.get(k - 1)).contains(Integer.toString(k));
    }
  }

  @Test
  void render_should_render_each_sentence_as_if_it_were_alone() {
    // On one line each, Apertium read "Por" and "Dios" as one phrase ("For God's sake" and an
    // empty line), so every later word was off by one ("Hijo" came back as "Past"), and a line as
    // the continuation of the one before ("Ve" as "Sees", alone "It sees").
    Translator translator = ApertiumTranslator.create("es", "en", TIMEOUT);
    List<String> words =
        List.of("PASADOS", "Ve", "ESTOS", "Jehová", "Por", "Dios", "Hijo", "Ahora");

    List<String> together = translator.render(words);

    for (int k = 0; k < words.size(); k++) {
      assertThat(together.get(k))
          .as(words.get(k))
          .isEqualTo(translator.render(List.of(words.get(k))).get(0));
    }
    assertThat(together.get(words.indexOf("Hijo"))).isEqualTo("Son");
    // "Se" alone renders as nothing, also as the last paragraph.
    assertThat(translator.render(List.of("La", "Se"))).containsExactly("The", "");
    assertThat(together.get(words.indexOf("Dios"))).isEqualTo("God");
  }

  @Test
  void create_should_name_the_mode_and_keep_a_stable_identity_that_follows_the_mode() {
    Translator a = ApertiumTranslator.create("es", "en", TIMEOUT);
    Translator b = ApertiumTranslator.create("es", "en", Duration.ofSeconds(5));
    Translator back = ApertiumTranslator.create("en", "es", TIMEOUT);

    assertThat(a.name()).isEqualTo("apertium spa-eng");
    assertThat(a.identity()).contains("spa-eng").isEqualTo(b.identity());
    assertThat(back.name()).isEqualTo("apertium eng-spa");
    assertThat(back.identity()).contains("eng-spa").isNotEqualTo(a.identity());
    assertThat(a.scale()).isEqualTo(ApertiumTranslator.SCALE);
  }

  @Test
  void create_should_take_the_primary_subtag_of_either_language() {
    assertThat(ApertiumTranslator.create("es-MX", "en-US", TIMEOUT).name())
        .isEqualTo("apertium spa-eng");
    assertThat(ApertiumTranslator.create("ES", "en", TIMEOUT).name()).isEqualTo("apertium spa-eng");
  }

  @Test
  void create_should_refuse_a_pair_without_a_mode_listing_the_installed_modes() {
    assertThatThrownBy(() -> ApertiumTranslator.create("fr", "en", TIMEOUT))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("no mode from fr into en")
        .hasMessageContaining("installed modes: ")
        .hasMessageContaining("spa-eng")
        .hasMessageNotContaining("\n");
  }

  @Test
  void translator_should_pick_apertium_or_the_command_by_language() {
    Path mt = FakeTranslator.counting(tmp, "mt.sh", "EN ");
    FakeTranslator.requireShell();
    Map<String, String> byLanguage = new LinkedHashMap<>();
    byLanguage.put("es", "apertium");
    byLanguage.put(TranslatorSettings.ANY, mt.toString());
    TranslatorSettings settings = new TranslatorSettings(byLanguage, TIMEOUT);

    assertThat(settings.translator("es", "en").map(Translator::name)).contains("apertium spa-eng");
    assertThat(settings.translator("es-MX", "en").map(Translator::name))
        .contains("apertium spa-eng");
    assertThat(settings.translator("de", "en").map(Translator::name)).contains(mt.toString());
    assertThat(settings.translator("de", "en").orElseThrow().render(List.of("Hallo Welt")))
        .containsExactly("EN Hallo Welt");
    assertThat(settings.translator("en-GB", "en")).as("no translation into itself").isEmpty();
  }

  @Test
  void translator_should_match_a_regional_key_by_its_primary_subtag() {
    TranslatorSettings settings =
        new TranslatorSettings(Map.of("es-MX", "Apertium"), TranslatorSettings.DEFAULT_TIMEOUT);

    assertThat(settings.translators()).containsOnlyKeys("es");
    assertThat(settings.translator("es", "en").map(Translator::name)).contains("apertium spa-eng");
    assertThat(settings.translator("fr", "en")).as("no translator for French").isEmpty();
    assertThat(settings.translator("es", "en").map(Translator::identity))
        .isEqualTo(Optional.of(ApertiumTranslator.create("es", "en", TIMEOUT).identity()));
  }
}
