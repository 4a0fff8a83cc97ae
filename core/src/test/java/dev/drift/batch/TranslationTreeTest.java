package dev.drift.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.DriftInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslationTreeTest {
  @TempDir Path tmp;

  @Test
  void languageOf_should_take_the_last_path_segment() {
    assertThat(TranslationTree.languageOf(Path.of("src/docs/fr"))).isEqualTo("fr");
    assertThat(TranslationTree.languageOf(Path.of("src/docs/de/"))).isEqualTo("de");
    assertThat(TranslationTree.languageOf(Path.of("docs/pt_BR"))).isEqualTo("pt-BR");
    assertThat(TranslationTree.languageOf(Path.of("docs/zh-Hans"))).isEqualTo("zh-Hans");
    assertThat(TranslationTree.of(Path.of("site/en")).language()).isEqualTo("en");
  }

  @Test
  void languageOf_should_reject_a_name_that_is_no_language() {
    for (String dir : new String[] {"src/docs", "src/site/markdown", "x/src", "x/doc", "x/i18n"}) {
      assertThatThrownBy(() -> TranslationTree.languageOf(Path.of(dir)))
          .as(dir)
          .isInstanceOf(DriftInputException.class)
          .hasMessageContaining(dir)
          .hasMessageContaining("cannot tell the language");
    }
  }

  @Test
  void an_explicit_language_should_be_checked_and_normalised() {
    assertThat(new TranslationTree(Path.of("x/french"), "fr_CA").language()).isEqualTo("fr-CA");
    assertThatThrownBy(() -> new TranslationTree(Path.of("x/french"), "not a tag"))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("x/french")
        .hasMessageContaining("'not a tag' is not a BCP 47 language tag");
  }

  @Test
  void fromPattern_should_find_every_language_directory_but_the_source() throws IOException {
    for (String d : new String[] {"en", "fr", "de", "images", "pt_BR"}) {
      Files.createDirectories(tmp.resolve("src/docs").resolve(d));
    }
    Files.writeString(tmp.resolve("src/docs/it"), "a file, not a directory");

    List<TranslationTree> trees =
        TranslationTree.fromPattern(tmp, "src/docs/{lang}", tmp.resolve("src/docs/en"));

    assertThat(trees).extracting(TranslationTree::language).containsExactly("de", "fr", "pt-BR");
    assertThat(trees.get(0).directory()).isEqualTo(tmp.resolve("src/docs/de"));
  }

  @Test
  void fromPattern_should_allow_text_around_the_placeholder_and_segments_after_it()
      throws IOException {
    Files.createDirectories(tmp.resolve("site-fr/md"));
    Files.createDirectories(tmp.resolve("site-de/md"));
    Files.createDirectories(tmp.resolve("site-es"));

    List<TranslationTree> trees = TranslationTree.fromPattern(tmp, "site-{lang}/md", null);

    assertThat(trees).extracting(TranslationTree::language).containsExactly("de", "fr");
    assertThat(trees.get(1).directory()).isEqualTo(tmp.resolve("site-fr/md"));
  }

  @Test
  void fromPattern_should_reject_patterns_without_exactly_one_placeholder() {
    assertThatThrownBy(() -> TranslationTree.fromPattern(tmp, "src/docs/fr", null))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("'src/docs/fr' must hold {lang} exactly once");
    assertThatThrownBy(() -> TranslationTree.fromPattern(tmp, "{lang}/{lang}", null))
        .isInstanceOf(DriftInputException.class);
    assertThatThrownBy(() -> TranslationTree.fromPattern(tmp, "missing/{lang}", null))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("no such directory");
  }
}
