package dev.drift.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.DriftInputException;
import dev.drift.config.Setting;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code <model>}: a directory relative to the project, or a bundled model's name. */
class PomSettingsTest {
  @TempDir Path project;

  private Path model(String value) {
    PomSettings p = new PomSettings(project.resolve("pom.xml"), project);
    p.model(value);
    return p.build().get(Setting.MODEL);
  }

  @Test
  void model_should_keep_bundled_names_and_auto_and_resolve_directories() {
    assertThat(model("auto")).isEqualTo(Path.of("auto"));
    assertThat(model("minilm-int8")).isEqualTo(Path.of("minilm-int8"));
    assertThat(model("models/labse")).isEqualTo(project.resolve("models/labse"));
    assertThat(model(" ")).isNull();
    assertThat(model(null)).isNull();
  }

  @Test
  void a_model_typed_as_a_name_is_checked_when_read() {
    // Resolved against the project, a mistyped name is a directory the model check will not find.
    assertThat(model("autox")).isEqualTo(project.resolve("autox"));
    assertThatThrownBy(
            () ->
                new PomSettings(project.resolve("pom.xml"), project)
                    .set(Setting.MODEL, Path.of("autox")))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("invalid <model>")
        .hasMessageContaining("neither a model directory nor a bundled model");
  }
}
