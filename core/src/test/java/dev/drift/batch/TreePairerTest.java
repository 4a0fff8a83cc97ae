package dev.drift.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.DriftInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreePairerTest {
  @TempDir Path tmp;
  Path en;
  Path fr;
  Path de;

  @BeforeEach
  void trees() throws IOException {
    en = tmp.resolve("docs/en");
    fr = tmp.resolve("docs/fr");
    de = tmp.resolve("docs/de");
    write(en, "index.md", "guide/intro.md", "guide/setup.html", "notes.txt", "logo.png");
    write(fr, "index.md", "guide/intro.md", "guide/setup.html", "extra.md");
    write(de, "index.md");
  }

  static void write(Path root, String... files) throws IOException {
    for (String f : files) {
      Path p = root.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "Text of " + f + ".");
    }
  }

  @Test
  void pair_should_match_files_by_relative_path_and_report_both_kinds_of_missing() {
    BatchRequest request =
        BatchRequest.of(en, List.of(TranslationTree.of(fr), TranslationTree.of(de)));

    TreePairer.Pairing pairing = TreePairer.pair(request);

    assertThat(pairing.pairs())
        .extracting(p -> p.translationLanguage() + ":" + p.relativePath())
        .containsExactly("fr:guide/intro.md", "fr:guide/setup.html", "fr:index.md", "de:index.md");
    DocumentPair intro = pairing.pairs().get(0);
    assertThat(intro.original()).isEqualTo(en.resolve("guide/intro.md"));
    assertThat(intro.translation()).isEqualTo(fr.resolve("guide/intro.md"));
    assertThat(intro.originalLanguage()).isEqualTo("en");
    assertThat(pairing.missing())
        .extracting(m -> m.kind() + " " + m.language() + ":" + m.relativePath())
        .containsExactly(
            "NO_TRANSLATION fr:notes.txt",
            "NO_ORIGINAL fr:extra.md",
            "NO_TRANSLATION de:guide/intro.md",
            "NO_TRANSLATION de:guide/setup.html",
            "NO_TRANSLATION de:notes.txt");
    MissingCounterpart notes = pairing.missing().get(0);
    assertThat(notes.message())
        .isEqualTo(
            en.resolve("notes.txt")
                + ": no fr translation (expected "
                + fr.resolve("notes.txt")
                + ")");
    assertThat(pairing.missing().get(1).message())
        .isEqualTo(
            fr.resolve("extra.md")
                + ": fr translation has no original (expected "
                + en.resolve("extra.md")
                + ")");
  }

  @Test
  void pair_should_apply_includes_and_excludes_to_both_trees() {
    BatchRequest request =
        BatchRequest.of(en, List.of(TranslationTree.of(fr))).toBuilder()
            .optIncludes(List.of("**/*.md"))
            .optExcludes(List.of("extra.md", "guide/**"))
            .build();

    TreePairer.Pairing pairing = TreePairer.pair(request);

    assertThat(pairing.pairs()).extracting(DocumentPair::relativePath).containsExactly("index.md");
    assertThat(pairing.missing()).isEmpty();
  }

  @Test
  void translation_trees_and_the_output_directory_nested_in_the_source_should_be_skipped()
      throws IOException {
    Path docs = tmp.resolve("site");
    write(docs, "index.md", "fr/index.md", "target/drift/old.md");
    BatchRequest request =
        new BatchRequest(
                docs,
                "en",
                List.of(TranslationTree.of(docs.resolve("fr"))),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null)
            .toBuilder().optOutputDirectory(docs.resolve("target/drift")).optFormats(null).build();

    TreePairer.Pairing pairing = TreePairer.pair(request);

    assertThat(pairing.pairs()).extracting(DocumentPair::relativePath).containsExactly("index.md");
    assertThat(pairing.missing()).isEmpty();
  }

  @Test
  void pair_should_reject_missing_directories_and_a_translation_that_is_the_source()
      throws IOException {
    Path nl = tmp.resolve("docs/nl");
    assertThatThrownBy(() -> TreePairer.pair(BatchRequest.of(en, List.of(TranslationTree.of(nl)))))
        .isInstanceOf(DriftInputException.class)
        .hasMessage(nl + ": translation directory does not exist");
    Path gone = tmp.resolve("gone/en");
    assertThatThrownBy(
            () -> TreePairer.pair(BatchRequest.of(gone, List.of(TranslationTree.of(fr)))))
        .isInstanceOf(DriftInputException.class)
        .hasMessage(gone + ": source directory does not exist");
    Path file = tmp.resolve("x/it");
    write(tmp.resolve("x"), "it");
    assertThatThrownBy(
            () -> TreePairer.pair(BatchRequest.of(en, List.of(TranslationTree.of(file)))))
        .isInstanceOf(DriftInputException.class)
        .hasMessage(file + ": translation directory is not a directory");
    assertThatThrownBy(
            () ->
                TreePairer.pair(
                    BatchRequest.of(en, List.of(new TranslationTree(en.resolve("."), "fr")))))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("the translation directory is the source directory");
  }
}
