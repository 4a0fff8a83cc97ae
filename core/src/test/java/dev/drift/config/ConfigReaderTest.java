package dev.drift.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.DriftInputException;
import dev.drift.DriftOptions;
import dev.drift.batch.BatchRequest;
import dev.drift.batch.MissingPolicy;
import dev.drift.report.ReportFormat;
import dev.drift.shift.Glossary;
import dev.drift.shift.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigReaderTest {
  @TempDir Path tmp;

  Path write(String yaml) throws IOException {
    return Files.writeString(tmp.resolve("drift.yaml"), yaml);
  }

  ConfigException error(String yaml) throws IOException {
    Path file = write(yaml);
    try {
      ConfigReader.read(file);
    } catch (ConfigException e) {
      assertThat(e.getMessage()).startsWith(file + ":");
      return e;
    }
    throw new AssertionError("no error for:\n" + yaml);
  }

  @Test
  void read_should_take_every_key_and_resolve_paths_against_the_file() throws IOException {
    Files.createDirectories(tmp.resolve("docs/en"));
    Files.createDirectories(tmp.resolve("docs/fr"));
    Files.createDirectories(tmp.resolve("docs/de"));
    Path file =
        write(
            """
            sourceDirectory: docs/en
            sourceLanguage: en
            translationDirectories:
              - docs/fr
              - {directory: docs/de, language: de-CH}
            bundleDirectories: [src/main/resources, po]
            includes: ["**/*.md", "**/*.html"]
            excludes: drafts/**
            missingCounterparts: fail
            maxDrift: 0.25
            minSimilarity: 0.5
            failSeverity: warning
            sentenceSeverity: warning
            wording: free
            warningScore: 0.4
            errorScore: 0.8
            model: models/labse
            baseline: drift-baseline.yaml
            formats: json,sarif
            outputDirectory: target/drift
            glossary:
              - TASS
              - term: Kyiv
                translations: {de: Kyjiw}
                forbidden: [Kiev]
            """);

    Settings c = ConfigReader.read(file);

    assertThat(c.get(Setting.SOURCE_DIRECTORY)).isEqualTo(tmp.resolve("docs/en"));
    assertThat(c.get(Setting.TRANSLATION_DIRECTORIES))
        .extracting(t -> t.directory() + " " + t.language())
        .containsExactly(tmp.resolve("docs/fr") + " fr", tmp.resolve("docs/de") + " de-CH");
    assertThat(c.get(Setting.BUNDLE_DIRECTORIES))
        .containsExactly(tmp.resolve("src/main/resources"), tmp.resolve("po"));
    assertThat(c.get(Setting.INCLUDES)).containsExactly("**/*.md", "**/*.html");
    assertThat(c.get(Setting.EXCLUDES)).containsExactly("drafts/**");
    assertThat(c.get(Setting.MISSING_COUNTERPARTS)).isEqualTo(MissingPolicy.FAIL);
    assertThat(c.get(Setting.BASELINE)).isEqualTo(tmp.resolve("drift-baseline.yaml"));
    assertThat(c.get(Setting.FORMATS)).containsExactly(ReportFormat.JSON, ReportFormat.SARIF);
    Glossary glossary = c.get(Setting.GLOSSARY);
    assertThat(glossary.terms()).hasSize(2);
    assertThat(glossary.terms().get(1).renderingFor("de")).isEqualTo("Kyjiw");
    assertThat(glossary.terms().get(1).forbidden()).containsExactly("Kiev");

    DriftOptions o = c.toOptions();
    assertThat(o.thresholds().maxDrift()).isEqualTo(0.25);
    assertThat(o.thresholds().minSimilarity()).isEqualTo(0.5);
    assertThat(o.thresholds().failOn()).isEqualTo(Severity.WARNING);
    assertThat(o.shifts().sentenceSeverity()).isEqualTo(Severity.WARNING);
    assertThat(o.shifts().wording()).isEqualTo(dev.drift.shift.Wording.FREE);
    assertThat(o.shifts().warningScore()).isEqualTo(0.4);
    assertThat(o.shifts().errorScore()).isEqualTo(0.8);
    assertThat(o.shifts().glossary()).isEqualTo(glossary);
    assertThat(o.model().model()).isEqualTo(tmp.resolve("models/labse"));

    BatchRequest r = c.toBatchRequest();
    assertThat(r.sourceLanguage()).isEqualTo("en");
    assertThat(r.translations()).hasSize(2);
    assertThat(r.outputDirectory()).isEqualTo(tmp.resolve("target/drift"));
  }

  @Test
  void a_bundled_model_name_stays_a_name_unless_a_directory_of_that_name_is_there()
      throws IOException {
    for (String name : List.of("auto", "minilm-int8", "minilm")) {
      Settings c = ConfigReader.read(write("model: " + name + "\n"));
      assertThat(c.toOptions().model().model()).isEqualTo(Path.of(name));
      assertThat(c.toOptions().model().bundled()).isTrue();
    }
    // Not a bundled name: a directory beside the file, as before.
    assertThat(ConfigReader.read(write("model: autox\n")).get(Setting.MODEL))
        .isEqualTo(tmp.resolve("autox"));
    Files.createDirectories(tmp.resolve("auto"));
    assertThat(ConfigReader.read(write("model: auto\n")).get(Setting.MODEL))
        .isEqualTo(tmp.resolve("auto"));
  }

  @Test
  void a_pattern_should_resolve_against_the_file_and_leave_out_the_source() throws IOException {
    for (String lang : List.of("en", "fr", "de")) {
      Files.createDirectories(tmp.resolve("site/" + lang));
    }
    Settings c =
        ConfigReader.read(write("sourceDirectory: site/en\ntranslationPattern: site/{lang}\n"));

    assertThat(c.toBatchRequest().translations())
        .extracting(t -> t.language())
        .containsExactly("de", "fr");
  }

  @Test
  void an_unknown_key_should_name_file_line_column_and_suggest_the_right_one() throws IOException {
    ConfigException e = error("sourceDirectory: docs/en\nmaxDrfit: 0.2\n");

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.getMessage())
        .contains("drift.yaml:2:1: unknown key 'maxDrfit' (did you mean 'maxDrift'?)");
  }

  @Test
  void a_key_or_value_holding_a_line_break_is_shown_escaped_on_one_line() throws IOException {
    // Found by fuzzing: a quoted key may hold a line break, which split the one-line error.
    assertThat(error("\"max\\nDrift\": 0.5\n").getMessage())
        .contains(":1:1: unknown key 'max\\nDrift'")
        .doesNotContain("\n");
    assertThat(error("failSeverity: \"err\\u0007or\"\n").getMessage())
        .contains("err\\u0007or")
        .doesNotContain("\u0007");
  }

  @Test
  void a_value_out_of_range_should_name_the_key_and_the_value() throws IOException {
    ConfigException e = error("# thresholds\nmaxDrift: 1.5\n");

    assertThat(e.key()).isEqualTo("maxDrift");
    assertThat(e.getMessage())
        .endsWith("drift.yaml:2:11: maxDrift: must be between 0 and 1, not 1.5");
  }

  @Test
  void yaml_integer_forms_the_parser_accepts_are_read_or_refused_as_bad_values()
      throws IOException {
    // Found by fuzzing: "00_" is an integer to the YAML parser but not to Double.parseDouble,
    // and the NumberFormatException ended the run as an internal error.
    assertThat(ConfigReader.read(write("maxDrift: 00_\n")).get(Setting.MAX_DRIFT)).isEqualTo(0.0);
    assertThat(ConfigReader.read(write("minSimilarity: -0_1\n")).get(Setting.MIN_SIMILARITY))
        .isEqualTo(-1.0);
    assertThat(error("maxDrift: 0x1\n").getMessage())
        .endsWith("maxDrift: must be a number between 0 and 1, not '0x1'");
  }

  @Test
  void a_value_of_the_wrong_type_should_say_what_was_expected() throws IOException {
    assertThat(error("minSimilarity: high\n").getMessage())
        .endsWith(":1:16: minSimilarity: must be a number between -1 and 1, not 'high'");
    assertThat(error("includes: {a: b}\n").getMessage()).contains("includes: must be a list");
    assertThat(error("warningScore: 0.9\nerrorScore: 0.5\n").getMessage())
        .contains(":1:15: warningScore: must not be above errorScore 0.5");
  }

  @Test
  void a_bad_enum_value_should_list_the_choices() throws IOException {
    assertThat(error("failSeverity: fatal\n").getMessage())
        .endsWith(
            ":1:15: failSeverity: unknown severity 'fatal' (expected info, warning or error)");
    assertThat(error("formats: [json, xml]\n").getMessage())
        .contains(":1:17: formats[1]: unknown format 'xml'");
    assertThat(error("missingCounterparts: maybe\n").getMessage())
        .contains("missingCounterparts: unknown policy 'maybe'");
  }

  @Test
  void glossary_entries_should_be_checked_with_their_path() throws IOException {
    assertThat(error("glossary:\n  - TASS\n  - term: Kyiv\n    forbiden: [Kiev]\n").getMessage())
        .contains(":4:5: unknown key 'glossary[1].forbiden' (did you mean 'forbidden'?)");
    assertThat(error("glossary:\n  - translations: {de: Kyjiw}\n").getMessage())
        .contains(":2:5: glossary[0].term: missing");
    assertThat(
            error("glossary:\n  - term: Kyiv\n    translations: {xx-123456789: Kyjiw}\n")
                .getMessage())
        .contains("glossary[0].translations.xx-123456789")
        .contains("not a BCP 47 language tag");
  }

  @Test
  void a_translation_directory_without_language_should_point_at_it() throws IOException {
    Files.createDirectories(tmp.resolve("docs/francais"));

    assertThat(error("translationDirectories:\n  - docs/francais\n").getMessage())
        .contains(":2:5: translationDirectories[0]: ")
        .contains("cannot tell the language")
        .contains("{directory: …, language: …}");
  }

  @Test
  void malformed_yaml_and_repeated_keys_should_give_the_line() throws IOException {
    assertThat(error("maxDrift: 0.3\n  minSimilarity: [\n").getMessage())
        .contains("not valid YAML");
    assertThat(error("maxDrift: 0.3\nmaxDrift: 0.4\n").getMessage())
        .endsWith(":2:1: maxDrift: repeated key");
    assertThat(error("- a\n- b\n").getMessage()).contains("the file must be a mapping");
  }

  @Test
  void an_empty_file_sets_nothing_and_a_missing_one_is_an_input_error() throws IOException {
    Settings empty = ConfigReader.read(write("# nothing yet\n"));

    assertThat(empty.toOptions()).isEqualTo(DriftOptions.defaults());
    assertThatThrownBy(() -> ConfigReader.read(tmp.resolve("nope.yaml")))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("nope.yaml: no such configuration file");
    assertThatThrownBy(empty::toBatchRequest).hasMessageContaining("no sourceDirectory");
  }

  @Test
  void find_should_take_drift_yaml_or_dot_drift_yaml_but_not_both() throws IOException {
    assertThat(ConfigReader.find(tmp)).isEmpty();
    Files.writeString(tmp.resolve(".drift.yaml"), "maxDrift: 0.2\n");
    assertThat(ConfigReader.find(tmp)).contains(tmp.resolve(".drift.yaml"));
    Files.writeString(tmp.resolve("drift.yaml"), "maxDrift: 0.2\n");
    assertThatThrownBy(() -> ConfigReader.find(tmp))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("both exist");
  }
}
