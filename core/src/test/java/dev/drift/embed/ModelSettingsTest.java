package dev.drift.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.DriftInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The names {@code --model} takes besides a directory, without loading a model. */
class ModelSettingsTest {

  private static ModelSettings named(String model) {
    return new ModelSettings(Path.of(model), null, true);
  }

  @ParameterizedTest
  @ValueSource(strings = {"minilm", "minilm-int8", "auto"})
  void bundled_names_and_auto_are_bundled_english_models(String name) {
    assertThat(ModelSettings.bundledName(name)).isTrue();
    assertThat(named(name).bundled()).isTrue();
    ModelSettings.checkName(Path.of(name)); // no exception
  }

  @ParameterizedTest
  @ValueSource(strings = {"autox", "Auto", "minilm-int4", "int8"})
  void a_mistyped_name_is_an_input_error_listing_the_names(String name) {
    assertThat(named(name).bundled()).isFalse();
    assertThatThrownBy(() -> ModelSettings.checkName(Path.of(name)))
        .isInstanceOf(DriftInputException.class)
        .hasMessage(
            "'"
                + name
                + "' is neither a model directory nor a bundled model (minilm, minilm-int8, auto)");
  }

  @Test
  void source_should_refuse_a_mistyped_name_before_reading_anything(@TempDir Path cache) {
    assertThatThrownBy(() -> named("autox").source(cache))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("'autox'");
    assertThat(cache).isEmptyDirectory();
  }

  @Test
  void paths_are_not_names_and_are_left_to_the_directory_check(@TempDir Path tmp) {
    ModelSettings.checkName(tmp.resolve("auto")); // absolute: a directory, checked when read
    ModelSettings.checkName(Path.of("models/labse"));
    assertThat(new ModelSettings(tmp.resolve("auto"), null, true).bundled()).isFalse();
  }

  @Test
  void resolve_should_keep_names_unless_a_directory_of_that_name_is_there(@TempDir Path base)
      throws Exception {
    assertThat(ModelSettings.resolve(base, "auto")).isEqualTo(Path.of("auto"));
    assertThat(ModelSettings.resolve(base, "minilm-int8")).isEqualTo(Path.of("minilm-int8"));
    assertThat(ModelSettings.resolve(base, "models/labse")).isEqualTo(base.resolve("models/labse"));
    assertThat(ModelSettings.resolve(base, "autox")).isEqualTo(base.resolve("autox"));
    Files.createDirectories(base.resolve("auto"));
    assertThat(ModelSettings.resolve(base, "auto")).isEqualTo(base.resolve("auto"));
  }
}
