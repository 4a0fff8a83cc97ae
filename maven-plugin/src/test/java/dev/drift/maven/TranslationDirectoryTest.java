package dev.drift.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.DriftInputException;
import dev.drift.batch.TranslationTree;
import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TranslationDirectoryTest {
  static final Path BASE = Path.of("/project");

  @Test
  void the_bare_form_should_take_the_language_from_the_last_segment() {
    TranslationDirectory t = new TranslationDirectory();
    t.set(" src/docs/fr ");

    assertThat(t.toTree(BASE)).isEqualTo(new TranslationTree(BASE.resolve("src/docs/fr"), "fr"));
  }

  @Test
  void the_long_form_should_honour_an_explicit_language_and_an_absolute_directory() {
    TranslationDirectory t = new TranslationDirectory();
    t.setDirectory(new File("/elsewhere/francais"));
    t.setLanguage("fr-CA");

    assertThat(t.toTree(BASE))
        .isEqualTo(new TranslationTree(Path.of("/elsewhere/francais"), "fr-CA"));
  }

  @Test
  void a_directory_without_a_language_name_or_without_a_path_should_be_a_clear_error() {
    TranslationDirectory unnamed = new TranslationDirectory();
    unnamed.set("src/docs/francais");
    assertThatThrownBy(() -> unnamed.toTree(BASE))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("cannot tell the language from the directory name 'francais'");

    TranslationDirectory empty = new TranslationDirectory();
    empty.setLanguage("fr");
    assertThatThrownBy(() -> empty.toTree(BASE))
        .isInstanceOf(DriftInputException.class)
        .hasMessage("a <translationDirectory> has no <directory>");
  }
}
