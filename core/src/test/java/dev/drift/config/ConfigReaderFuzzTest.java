package dev.drift.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.drift.batch.TranslationPattern;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Fuzz test of the configuration reader. Whatever the text, reading either gives a configuration
 * whose values are in range, or throws a {@link ConfigException} whose message starts with the file
 * and whose line and column, when given, lie inside the text: never another exception, which would
 * reach the user as an internal error (exit 3) instead of a bad-input one (exit 2).
 *
 * <p>Inputs in {@code src/test/resources/dev/drift/config/ConfigReaderFuzzTestInputs/read/} are
 * replayed by {@code ./mvnw test}; {@code ./mvnw -Pfuzz -pl core test} fuzzes.
 */
class ConfigReaderFuzzTest {
  private static final Path FILE = Path.of("fuzz", "drift.yaml");

  @FuzzTest(maxDuration = "50s")
  @DictionaryEntries({
    "sourceDirectory: ",
    "sourceLanguage: ",
    "translationDirectories:",
    "translationPattern: ",
    "includes: ",
    "excludes: ",
    "missingCounterparts: ",
    "maxDrift: ",
    "minSimilarity: ",
    "failSeverity: ",
    "sentenceSeverity: ",
    "wording: ",
    "warningScore: ",
    "errorScore: ",
    "model: ",
    "glossary:",
    "term: ",
    "translations: ",
    "forbidden: ",
    "baseline: ",
    "formats: ",
    "outputDirectory: ",
    "directory: ",
    "language: ",
    "{lang}",
    "  - ",
    "    ",
    "[",
    "]",
    "{",
    "}",
    ": ",
    "&a ",
    "*a",
    "!!str ",
    "---",
    "'",
    "\"",
    "~",
    "0.5",
    "1e9",
    ".nan",
    "error",
    "warning",
    "json,html"
  })
  void read(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    Settings config;
    try {
      config = ConfigReader.read(FILE, new StringReader(text));
    } catch (ConfigException e) {
      checkError(e, text);
      return;
    } catch (IOException e) {
      throw new AssertionError("I/O error reading a string: " + e, e);
    }
    checkInRange(config.get(Setting.MAX_DRIFT), 0, 1, "maxDrift");
    checkInRange(config.get(Setting.MIN_SIMILARITY), -1, 1, "minSimilarity");
    checkInRange(config.get(Setting.WARNING_SCORE), 0, 1, "warningScore");
    checkInRange(config.get(Setting.ERROR_SCORE), 0, 1, "errorScore");
    Double warning = config.get(Setting.WARNING_SCORE);
    Double error = config.get(Setting.ERROR_SCORE);
    if (warning != null && error != null && warning > error) {
      throw new AssertionError("warningScore above errorScore: " + warning + " > " + error);
    }
    TranslationPattern pattern = config.get(Setting.TRANSLATION_PATTERN);
    if (pattern != null && !pattern.pattern().contains("{lang}")) {
      throw new AssertionError("pattern without {lang}: " + pattern);
    }
  }

  private static void checkError(ConfigException e, String text) {
    if (!e.getMessage().startsWith(FILE + ":")) {
      throw new AssertionError("message does not name the file: " + e.getMessage(), e);
    }
    if (e.getMessage().contains("\n")) {
      throw new AssertionError("message of more than one line: " + e.getMessage(), e);
    }
    // YAML 1.1, which the parser follows, also breaks lines at NEL, LS and PS.
    long lines = text.split("\r\n|[\n\r\u0085\u2028\u2029]", -1).length;
    if (e.line() < 0 || e.line() > lines || (e.line() > 0 && e.column() < 1)) {
      throw new AssertionError(
          "location " + e.line() + ":" + e.column() + " outside " + lines + " lines", e);
    }
  }

  private static void checkInRange(Double value, double min, double max, String key) {
    if (value != null && !(value >= min && value <= max)) {
      throw new AssertionError(key + " out of range: " + value);
    }
  }

  @Test
  void reading_text_takes_its_values_and_names_the_file_in_errors() throws IOException {
    Settings config = ConfigReader.read(FILE, new StringReader("maxDrift: 0.25\n"));
    assertThat(config.get(Setting.MAX_DRIFT)).isEqualTo(0.25);
    assertThatThrownBy(() -> ConfigReader.read(FILE, new StringReader("maxDrift: [\n")))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(FILE + ":");
  }
}
