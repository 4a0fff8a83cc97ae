package dev.drift.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.translate.TranslatorSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code translator} and {@code translatorTimeout} keys of drift.yaml: one translator for every
 * language or one per language, how they reach the options, and the mistakes a file can make.
 */
class TranslatorConfigTest {
  @TempDir Path tmp;

  Path write(String yaml) throws IOException {
    return Files.writeString(tmp.resolve("drift.yaml"), yaml, StandardCharsets.UTF_8);
  }

  ConfigException error(String yaml) throws IOException {
    Path file = write(yaml);
    try {
      ConfigReader.read(file);
    } catch (ConfigException e) {
      assertThat(e.getMessage()).startsWith(file + ":").doesNotContain("\n");
      return e;
    }
    throw new AssertionError("no error for:\n" + yaml);
  }

  @Test
  void read_should_take_one_translator_for_every_language() throws IOException {
    Settings s = ConfigReader.read(write("translator: apertium\n"));

    assertThat(s.get(Setting.TRANSLATOR))
        .containsExactly(Map.entry(TranslatorSettings.ANY, "apertium"));
    TranslatorSettings t = s.toOptions().translator();
    assertThat(t.forLanguage("es")).contains("apertium");
    assertThat(t.forLanguage("pt-BR")).contains("apertium");
    assertThat(t.timeout()).isEqualTo(TranslatorSettings.DEFAULT_TIMEOUT);
  }

  @Test
  void read_should_take_a_translator_per_language_and_a_timeout() throws IOException {
    Settings s =
        ConfigReader.read(
            write(
                """
                translator: {es: apertium, fr: "my-mt --to en", "*": other-mt}
                translatorTimeout: 30
                """));

    assertThat(s.get(Setting.TRANSLATOR))
        .containsExactly(
            Map.entry("es", "apertium"),
            Map.entry("fr", "my-mt --to en"),
            Map.entry(TranslatorSettings.ANY, "other-mt"));
    TranslatorSettings t = s.toOptions().translator();
    assertThat(t.forLanguage("es")).contains("apertium");
    assertThat(t.forLanguage("es-MX")).contains("apertium");
    assertThat(t.forLanguage("fr")).contains("my-mt --to en");
    assertThat(t.forLanguage("de")).contains("other-mt");
    assertThat(t.timeout()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void read_should_leave_other_languages_without_a_translator() throws IOException {
    TranslatorSettings t =
        ConfigReader.read(write("translator:\n  es: apertium\n")).toOptions().translator();

    assertThat(t.forLanguage("es")).contains("apertium");
    assertThat(t.forLanguage("de")).isEmpty();
    assertThat(t.translator("es", "es")).as("never into its own language").isEmpty();
  }

  @Test
  void the_command_line_should_override_the_file() throws IOException {
    Settings file = ConfigReader.read(write("translator: {es: apertium}\n"));
    Settings commandLine =
        Settings.builder("the command line")
            .set(Setting.TRANSLATOR, Map.of(TranslatorSettings.ANY, "my-mt"), "--translator")
            .build();

    TranslatorSettings t = commandLine.over(file).toOptions().translator();

    assertThat(t.forLanguage("es")).isEqualTo(Optional.of("my-mt"));
  }

  @Test
  void read_should_refuse_an_empty_translator_a_bad_language_and_a_bad_timeout()
      throws IOException {
    assertThat(error("translator: \"\"\n").getMessage()).contains("translator");
    assertThat(error("translator: {es: \"  \"}\n").getMessage()).contains("translator");
    assertThat(error("translator: {\"not a language\": apertium}\n").getMessage())
        .contains("not a language");
    assertThat(error("translator: [apertium]\n").getMessage()).contains("translator");
    assertThat(error("translatorTimeout: 0\n").getMessage()).contains("translatorTimeout");
  }
}
