package dev.drift.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.DriftInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trees written by many people: symbolic link loops are detected instead of hanging or silently
 * hiding a document, and whatever the files are called, a run writes only inside its output
 * directory.
 */
class TreeSafetyTest {
  @TempDir Path tmp;

  private static void write(Path root, String... files) throws IOException {
    for (String f : files) {
      Path p = root.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "The text of this document. It has two sentences.");
    }
  }

  private static List<Path> allFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList();
    }
  }

  @Test
  void a_directory_link_back_up_the_tree_is_not_followed() throws IOException {
    Path en = tmp.resolve("docs/en");
    Path fr = tmp.resolve("docs/fr");
    write(en, "guide/intro.md");
    write(fr, "guide/intro.md");
    Files.createSymbolicLink(en.resolve("guide/loop"), en);
    Files.createSymbolicLink(fr.resolve("guide/loop"), tmp.resolve("docs"));

    TreePairer.Pairing pairing =
        TreePairer.pair(BatchRequest.of(en, List.of(TranslationTree.of(fr))));

    assertThat(pairing.pairs())
        .extracting(DocumentPair::relativePath)
        .containsExactly("guide/intro.md");
    assertThat(pairing.missing()).isEmpty();
  }

  @Test
  void a_document_that_is_a_link_loop_stops_the_run_naming_it() throws IOException {
    Path en = tmp.resolve("docs/en");
    Path fr = tmp.resolve("docs/fr");
    write(en, "a.md", "b.md");
    write(fr, "a.md");
    Files.createSymbolicLink(fr.resolve("b.md"), fr.resolve("c.md"));
    Files.createSymbolicLink(fr.resolve("c.md"), fr.resolve("b.md"));

    assertThatThrownBy(() -> TreePairer.pair(BatchRequest.of(en, List.of(TranslationTree.of(fr)))))
        .isInstanceOf(DriftInputException.class)
        .hasMessage(
            fr.resolve("b.md")
                + ": a loop of symbolic links, not a document (it leads back to itself)");
  }

  @Test
  void a_link_loop_the_includes_do_not_select_is_ignored() throws IOException {
    Path en = tmp.resolve("docs/en");
    Path fr = tmp.resolve("docs/fr");
    write(en, "a.md");
    write(fr, "a.md");
    Files.createSymbolicLink(fr.resolve("self.bak"), fr.resolve("self.bak"));

    assertThat(TreePairer.pair(BatchRequest.of(en, List.of(TranslationTree.of(fr)))).pairs())
        .hasSize(1);
  }

  @Test
  void a_dangling_link_is_no_document_and_its_original_is_reported_missing() throws IOException {
    Path en = tmp.resolve("docs/en");
    Path fr = tmp.resolve("docs/fr");
    write(en, "a.md", "b.md");
    write(fr, "a.md");
    Files.createSymbolicLink(fr.resolve("b.md"), fr.resolve("gone.md"));

    TreePairer.Pairing pairing =
        TreePairer.pair(BatchRequest.of(en, List.of(TranslationTree.of(fr))));

    assertThat(pairing.missing())
        .extracting(MissingCounterpart::relativePath)
        .containsExactly("b.md");
  }

  @Test
  void hostile_file_names_never_write_outside_the_output_directory() throws IOException {
    Path en = tmp.resolve("docs/en");
    Path fr = tmp.resolve("docs/fr");
    Path out = tmp.resolve("out");
    // Names a Linux file may have: markup, quotes, a line break; backslashes that other systems
    // read as separators.
    String odd = "\"><img src=x onerror=alert(1)>\n'.md";
    write(en, odd);
    write(fr, odd);
    BagOfWordsEmbedder model = new BagOfWordsEmbedder();
    BatchRequest request =
        BatchRequest.of(en, List.of(TranslationTree.of(fr))).toBuilder()
            .optOutputDirectory(out)
            .optFormats(null)
            .build();

    BatchSummary summary = BatchRunner.create(model).run(request, BatchListener.NONE);

    assertThat(summary.documents()).hasSize(1);
    for (Path written : allFiles(tmp)) {
      if (!written.startsWith(en) && !written.startsWith(fr)) {
        assertThat(written).startsWith(out);
      }
    }
    assertThat(out.resolve("fr").resolve(odd + ".json")).isRegularFile();

    String climbing = "..\\..\\..\\escape.md";
    write(en, climbing);
    write(fr, climbing);
    assertThatThrownBy(() -> BatchRunner.create(model).run(request, BatchListener.NONE))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("would leave the output directory");
    assertThat(allFiles(tmp)).noneMatch(p -> p.getFileName().toString().startsWith("escape"));
  }

  @Test
  void links_planted_in_the_output_directory_are_not_written_through() throws IOException {
    Path en = tmp.resolve("docs/en");
    Path fr = tmp.resolve("docs/fr");
    Path out = tmp.resolve("out");
    Path outside = Files.createDirectories(tmp.resolve("outside"));
    Path precious = outside.resolve("precious.html");
    Files.writeString(precious, "precious");
    write(en, "a.md");
    write(fr, "a.md");
    Files.createDirectories(out);
    // The index page is a link to a file outside: the run replaces the link, not the file.
    Files.createSymbolicLink(out.resolve("index.html"), precious);
    BatchRequest request =
        BatchRequest.of(en, List.of(TranslationTree.of(fr))).toBuilder()
            .optOutputDirectory(out)
            .optFormats(null)
            .build();

    BatchRunner.create(new BagOfWordsEmbedder()).run(request, BatchListener.NONE);

    assertThat(Files.readString(precious)).isEqualTo("precious");
    assertThat(out.resolve("index.html")).isRegularFile();
    assertThat(Files.isSymbolicLink(out.resolve("index.html"))).isFalse();

    // A language directory that is a link to outside is refused.
    Files.delete(out.resolve("index.html"));
    Path fr2 = out.resolve("fr");
    try (Stream<Path> files = Files.walk(fr2)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    Files.createSymbolicLink(fr2, outside);
    assertThatThrownBy(
            () -> BatchRunner.create(new BagOfWordsEmbedder()).run(request, BatchListener.NONE))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("a symbolic link leading out of the output directory");
    try (Stream<Path> files = Files.list(outside)) {
      assertThat(files).containsExactly(precious);
    }
  }
}
