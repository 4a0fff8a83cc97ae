package dev.drift.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.DriftInputException;
import dev.drift.DriftOptions;
import dev.drift.batch.BatchRequest;
import dev.drift.batch.MissingPolicy;
import dev.drift.batch.TranslationPattern;
import dev.drift.batch.TranslationTree;
import dev.drift.embed.Pooling;
import dev.drift.load.InputFormat;
import dev.drift.report.ReportFormat;
import dev.drift.shift.Glossary;
import dev.drift.shift.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one merge path of settings, tested once for every setting: the command line (or the pom) over
 * the configuration file over the defaults.
 */
class SettingsTest {
  @TempDir Path tmp;

  /** Two different valid values of every setting, and where each lands once merged. */
  private record Sample<T>(Setting<T> setting, T low, T high, Function<Settings, Object> landed) {}

  private List<Sample<?>> samples() {
    Path en = tmp.resolve("en");
    return List.of(
        new Sample<>(
            Setting.SOURCE_DIRECTORY, en, tmp.resolve("src/en"), s -> request(s).sourceDirectory()),
        new Sample<>(Setting.SOURCE_LANGUAGE, "en", "en-GB", s -> s.toOptions().originalLanguage()),
        new Sample<>(
            Setting.TRANSLATION_LANGUAGE, "fr", "de", s -> s.toOptions().translationLanguage()),
        new Sample<>(
            Setting.INPUT_FORMAT,
            InputFormat.TEXT,
            InputFormat.HTML,
            s -> s.toOptions().inputFormat()),
        new Sample<>(Setting.MAX_DRIFT, 0.2, 0.4, s -> s.toOptions().thresholds().maxDrift()),
        new Sample<>(
            Setting.MIN_SIMILARITY, 0.1, 0.6, s -> s.toOptions().thresholds().minSimilarity()),
        new Sample<>(
            Setting.FAIL_SEVERITY,
            Severity.INFO,
            Severity.WARNING,
            s -> s.toOptions().thresholds().failOn()),
        new Sample<>(
            Setting.SENTENCE_SEVERITY,
            Severity.INFO,
            Severity.WARNING,
            s -> s.toOptions().shifts().sentenceSeverity()),
        new Sample<>(
            Setting.WORDING,
            dev.drift.shift.Wording.LITERAL,
            dev.drift.shift.Wording.FREE,
            s -> s.toOptions().shifts().wording()),
        new Sample<>(Setting.WARNING_SCORE, 0.1, 0.2, s -> s.toOptions().shifts().warningScore()),
        new Sample<>(Setting.ERROR_SCORE, 0.8, 0.9, s -> s.toOptions().shifts().errorScore()),
        new Sample<>(
            Setting.GLOSSARY,
            new Glossary(List.of(Glossary.Term.verbatim("TASS"))),
            new Glossary(List.of(Glossary.Term.verbatim("AFP"))),
            s -> s.toOptions().shifts().glossary()),
        new Sample<>(
            Setting.MODEL,
            tmp.resolve("m1"),
            tmp.resolve("m2"),
            s -> s.toOptions().model().model()),
        new Sample<>(
            Setting.POOLING, Pooling.CLS, Pooling.MAX, s -> s.toOptions().model().pooling()),
        new Sample<>(Setting.NORMALIZE, true, false, s -> s.toOptions().model().normalize()),
        new Sample<>(
            Setting.CACHE_DIRECTORY,
            tmp.resolve("c1"),
            tmp.resolve("c2"),
            s -> s.toOptions().cache().directory()),
        new Sample<>(Setting.USE_CACHE, true, false, s -> s.toOptions().cache().enabled()),
        new Sample<>(
            Setting.TRANSLATION_DIRECTORIES,
            List.of(new TranslationTree(tmp.resolve("fr"), "fr")),
            List.of(new TranslationTree(tmp.resolve("de"), "de")),
            s -> request(s).translations()),
        new Sample<>(
            Setting.TRANSLATION_PATTERN,
            new TranslationPattern(tmp, "a/{lang}"),
            new TranslationPattern(tmp, "b/{lang}"),
            s -> s.get(Setting.TRANSLATION_PATTERN)),
        new Sample<>(
            Setting.BUNDLE_DIRECTORIES,
            List.of(tmp.resolve("res1")),
            List.of(tmp.resolve("res2")),
            s -> request(s).bundleDirectories()),
        new Sample<>(
            Setting.INCLUDES, List.of("**/*.md"), List.of("**/*.txt"), s -> request(s).includes()),
        new Sample<>(
            Setting.EXCLUDES, List.of("drafts/**"), List.of("old/**"), s -> request(s).excludes()),
        new Sample<>(
            Setting.MISSING_COUNTERPARTS,
            MissingPolicy.IGNORE,
            MissingPolicy.FAIL,
            s -> request(s).missingPolicy()),
        new Sample<>(
            Setting.BASELINE,
            tmp.resolve("b1.yaml"),
            tmp.resolve("b2.yaml"),
            s -> request(s).baseline()),
        new Sample<>(
            Setting.FORMATS,
            List.of(ReportFormat.JSON),
            List.of(ReportFormat.SARIF),
            s -> request(s).formats()),
        new Sample<>(
            Setting.OUTPUT_DIRECTORY,
            tmp.resolve("o1"),
            tmp.resolve("o2"),
            s -> request(s).outputDirectory()),
        new Sample<>(
            Setting.TRANSLATOR,
            Map.of("*", "apertium"),
            Map.of("es", "my-mt --to en"),
            s -> s.toOptions().translator().translators()),
        new Sample<>(
            Setting.TRANSLATOR_TIMEOUT,
            30.0,
            60.0,
            s -> s.toOptions().translator().timeout().toMillis() / 1000.0),
        new Sample<>(
            Setting.MIN_SEVERITY, Severity.INFO, Severity.ERROR, s -> s.get(Setting.MIN_SEVERITY)));
  }

  private BatchRequest request(Settings s) {
    Settings base =
        Settings.builder("base")
            .set(Setting.SOURCE_DIRECTORY, tmp.resolve("en"))
            .set(
                Setting.TRANSLATION_DIRECTORIES,
                List.of(new TranslationTree(tmp.resolve("fr"), "fr")))
            .build();
    return s.over(base).toBatchRequest();
  }

  @Test
  void every_setting_has_a_sample_here() {
    assertThat(samples())
        .extracting(s -> s.setting().key())
        .containsExactlyInAnyOrderElementsOf(Setting.all().keySet());
  }

  @Test
  void the_command_line_wins_over_the_file_and_the_file_over_the_defaults() {
    for (Sample<?> sample : samples()) {
      check(sample);
    }
  }

  private <T> void check(Sample<T> sample) {
    Settings file = Settings.builder("drift.yaml").set(sample.setting(), sample.low()).build();
    Settings commandLine =
        Settings.builder("command line").set(sample.setting(), sample.high()).build();
    Settings none = Settings.none();

    assertThat(sample.landed().apply(commandLine.over(file)))
        .as("%s: command line over file", sample.setting())
        .isEqualTo(sample.high());
    assertThat(sample.landed().apply(none.over(file)))
        .as("%s: file over defaults", sample.setting())
        .isEqualTo(sample.low());
    assertThat(commandLine.over(file).origin(sample.setting())).isEqualTo("command line");
    assertThat(none.over(file).origin(sample.setting())).isEqualTo("drift.yaml");
    assertThat(sample.landed().apply(file.over(commandLine)))
        .as("%s: precedence follows the order of the merge", sample.setting())
        .isEqualTo(sample.low());
  }

  @Test
  void unset_settings_take_the_defaults() {
    assertThat(Settings.none().toOptions()).isEqualTo(DriftOptions.defaults());
  }

  @Test
  void a_source_directory_given_above_does_not_inherit_the_language_of_the_file() {
    Settings file =
        Settings.builder("drift.yaml")
            .set(Setting.SOURCE_DIRECTORY, tmp.resolve("docs/en"))
            .set(Setting.SOURCE_LANGUAGE, "en-GB")
            .build();
    Settings directoryOnly =
        Settings.builder("command line").set(Setting.SOURCE_DIRECTORY, tmp.resolve("de")).build();
    Settings languageOnly =
        Settings.builder("command line").set(Setting.SOURCE_LANGUAGE, "en-US").build();

    assertThat(directoryOnly.over(file).get(Setting.SOURCE_LANGUAGE)).isNull();
    assertThat(languageOnly.over(file).get(Setting.SOURCE_DIRECTORY))
        .isEqualTo(tmp.resolve("docs/en"));
    assertThat(languageOnly.over(file).get(Setting.SOURCE_LANGUAGE)).isEqualTo("en-US");
  }

  @Test
  void translation_directories_and_pattern_are_one_choice() {
    Settings file =
        Settings.builder("drift.yaml")
            .set(Setting.TRANSLATION_PATTERN, new TranslationPattern(tmp, "site/{lang}"))
            .build();
    Settings pom =
        Settings.builder("pom.xml")
            .set(Setting.TRANSLATION_DIRECTORIES, List.of(TranslationTree.of(tmp.resolve("fr"))))
            .build();

    Settings merged = pom.over(file);

    assertThat(merged.get(Setting.TRANSLATION_PATTERN)).isNull();
    assertThat(file.over(pom).get(Setting.TRANSLATION_DIRECTORIES)).isNull();
  }

  @Test
  void a_pattern_resolves_against_its_own_file_and_leaves_out_the_source() throws IOException {
    for (String lang : List.of("en", "fr", "de")) {
      Files.createDirectories(tmp.resolve("site/" + lang));
    }
    Settings file =
        Settings.builder("drift.yaml")
            .set(Setting.SOURCE_DIRECTORY, tmp.resolve("site/en"))
            .set(Setting.TRANSLATION_PATTERN, new TranslationPattern(tmp, "site/{lang}"))
            .build();

    assertThat(file.toBatchRequest().translations())
        .extracting(TranslationTree::language)
        .containsExactly("de", "fr");
  }

  @Test
  void scores_that_do_not_go_together_name_where_each_came_from() {
    Settings file = Settings.builder("drift.yaml").set(Setting.ERROR_SCORE, 0.5).build();
    Settings commandLine =
        Settings.builder("command line").set(Setting.WARNING_SCORE, 0.7, "--warning-score").build();

    assertThatThrownBy(() -> commandLine.over(file).toOptions())
        .isInstanceOf(DriftInputException.class)
        .hasMessage(
            "warningScore 0.7 (--warning-score) must not be above errorScore 0.5 (drift.yaml)");
  }

  @Test
  void values_are_checked_by_one_rule_and_unset_ones_set_nothing() {
    Settings.Builder layer = Settings.builder("pom.xml");
    assertThatThrownBy(() -> layer.set(Setting.MAX_DRIFT, 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("must be between 0 and 1, not 1.5");
    assertThatThrownBy(() -> Setting.FAIL_SEVERITY.parse("fatal"))
        .hasMessage("unknown severity 'fatal' (expected info, warning or error)");
    assertThatThrownBy(() -> layer.set(Setting.INCLUDES, List.of("*.{md")))
        .hasMessageContaining("unclosed");
    assertThat(Setting.FORMATS.parse("json, sarif,json"))
        .containsExactly(ReportFormat.JSON, ReportFormat.SARIF);
    assertThat(Setting.USE_CACHE.parse("FALSE")).isFalse();

    Settings empty = layer.set(Setting.MODEL, null).set(Setting.INCLUDES, List.of()).build();
    assertThat(empty.get(Setting.MODEL)).isNull();
    assertThat(empty.get(Setting.INCLUDES)).isNull();
  }

  @Test
  void the_file_takes_every_setting_but_those_only_a_command_line_has() {
    assertThat(ConfigReader.KEYS)
        .containsExactlyInAnyOrderElementsOf(
            Setting.all().values().stream().filter(Setting::inFile).map(Setting::key).toList())
        .doesNotContain(Setting.TRANSLATION_LANGUAGE.key());
    assertThat(Map.copyOf(Setting.all())).hasSizeGreaterThan(20);
  }
}
