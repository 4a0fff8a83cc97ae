package dev.drift.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.config.Setting;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each setting has one name everywhere: the goal has a parameter named after every setting, set by
 * the property {@code drift.<name>}, as the plugin descriptor Maven reads declares them.
 */
class ParameterNamesTest {
  /** Settings the pom does not take: the file-only glossary, and what only a command line has. */
  private static final Set<Setting<?>> NOT_IN_THE_POM =
      Set.of(Setting.GLOSSARY, Setting.TRANSLATION_LANGUAGE, Setting.MIN_SEVERITY);

  @Test
  void every_setting_is_a_parameter_with_its_property() throws IOException {
    String descriptor;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("META-INF/maven/plugin.xml")) {
      assertThat(in).as("the generated plugin descriptor").isNotNull();
      descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (Setting<?> setting : Setting.all().values()) {
      if (NOT_IN_THE_POM.contains(setting)) {
        continue;
      }
      String key = Pattern.quote(setting.key());
      Matcher property =
          Pattern.compile("<" + key + " implementation=\"[^\"]+\"[^>]*>\\$\\{drift\\." + key + "}")
              .matcher(descriptor);
      assertThat(property.find())
          .as("<%s> with property drift.%s in the plugin descriptor", setting.key(), setting.key())
          .isTrue();
    }
  }
}
