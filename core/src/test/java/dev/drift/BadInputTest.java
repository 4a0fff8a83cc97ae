package dev.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.load.ProseInvariants;
import dev.drift.report.DriftReport;
import dev.drift.report.PairKind;
import dev.drift.report.SentenceRef;
import dev.drift.report.Verdict;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bad-input matrix of docs/RELIABILITY.md, through the library's front door ({@link
 * DriftChecker#compare(Path, Path)} with a stand-in model): each bad file either fails with one
 * line naming it, or gives a documented, graceful report.
 */
class BadInputTest {
  private static final String PROSE =
      "Russia's foreign minister met his US counterpart on Thursday. They spoke for ten minutes.\n";

  @TempDir Path dir;

  private DriftReport compare(Path original, Path translation) {
    try (DriftChecker checker =
        DriftChecker.create(DriftOptions.defaults(), new FakeModel("fake"))) {
      return checker.compare(original, translation);
    }
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertOneLineInputError(Throwable e, String... fragments) {
    assertThat(e).isInstanceOf(DriftInputException.class);
    assertThat(e.getMessage()).doesNotContain("\n").contains(fragments);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   \n\t\r\n  \u00a0\n", "\uFEFF", "\uFEFF\n\n"})
  void empty_or_blank_translation_gives_a_report_of_omissions_with_a_warning(String blank)
      throws IOException {
    DriftReport report = compare(write("en.txt", PROSE), write("fr.txt", blank));
    assertThat(report.translation().sentences()).isZero();
    assertThat(report.warnings()).contains(dir.resolve("fr.txt") + " has no sentences");
    assertThat(report.pairs()).allMatch(p -> p.kind() == PairKind.OMISSION).hasSize(2);
    assertThat(report.drift()).isEqualTo(1.0);
    assertThat(report.verdict()).isEqualTo(Verdict.FAIL);
  }

  @Test
  void two_empty_files_pass_with_zero_drift_and_a_warning_for_each() throws IOException {
    DriftReport report = compare(write("en.md", ""), write("fr.md", " \n"));
    assertThat(report.pairs()).isEmpty();
    assertThat(report.drift()).isZero();
    assertThat(report.verdict()).isEqualTo(Verdict.PASS);
    assertThat(report.warnings()).hasSize(2).allMatch(w -> w.endsWith(" has no sentences"));
  }

  @Test
  void text_without_sentence_terminators_is_split_at_its_blocks() throws IOException {
    String text =
        "a headline without a full stop\n\n"
            + "a paragraph that goes on and on without any closing punctuation at all and is\n"
            + "hard wrapped over two lines\n\n"
            + "- a list item\n- another list item\n";
    DriftReport report = compare(write("en.txt", text), write("fr.txt", text));
    assertThat(report.original().sentences()).isEqualTo(4);
    assertThat(report.pairs())
        .extracting(p -> p.original().get(0).text())
        .containsExactly(
            "a headline without a full stop",
            "a paragraph that goes on and on without any closing punctuation at all and is\n"
                + "hard wrapped over two lines",
            "a list item",
            "another list item");
    assertThat(report.drift()).isZero();
  }

  @Test
  void same_file_as_original_and_translation_has_zero_drift() throws IOException {
    Path file = write("en.md", "# Title\n\n" + PROSE + "\n- item one\n- item two\n");
    DriftReport report = compare(file, file);
    assertThat(report.drift()).isZero();
    assertThat(report.verdict()).isEqualTo(Verdict.PASS);
    assertThat(report.pairs()).allMatch(p -> p.kind() == PairKind.MATCH && !p.moved());
  }

  @ParameterizedTest
  @ValueSource(strings = {"png", "jpg", "gif", "bmp"})
  void an_image_is_refused_as_binary_naming_the_file(String type) throws IOException {
    BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
    image.setRGB(3, 4, 0x336699);
    Path file = dir.resolve("photo." + type);
    assertThat(ImageIO.write(image, type, file.toFile())).isTrue();
    Path text = write("en.txt", PROSE);
    Throwable e = catchCompare(text, file);
    assertOneLineInputError(e, file.toString(), "binary file");
  }

  @Test
  void a_file_of_random_bytes_is_refused_naming_the_file() throws IOException {
    byte[] bytes = new byte[4096];
    new java.util.Random(7).nextBytes(bytes);
    Path file = write("noise.txt", bytes);
    assertOneLineInputError(catchCompare(file, file), file.toString());
  }

  @Test
  void utf16_without_a_byte_order_mark_is_named_as_such() throws IOException {
    Path le = write("le.txt", PROSE.getBytes(StandardCharsets.UTF_16LE));
    Path be = write("be.txt", PROSE.getBytes(StandardCharsets.UTF_16BE));
    assertOneLineInputError(
        catchCompare(le, le), le.toString(), "UTF-16 without a byte-order mark");
    assertOneLineInputError(
        catchCompare(be, be), be.toString(), "UTF-16 without a byte-order mark");
  }

  @Test
  void utf16_with_a_byte_order_mark_gives_offsets_into_the_decoded_text() throws IOException {
    String text = "Première phrase. Deuxième phrase 😀.\r\nTroisième.\n";
    for (String charset : List.of("UTF-16LE", "UTF-16BE")) {
      byte[] body = text.getBytes(charset);
      byte[] bom =
          charset.endsWith("LE")
              ? new byte[] {(byte) 0xFF, (byte) 0xFE}
              : new byte[] {(byte) 0xFE, (byte) 0xFF};
      byte[] bytes = new byte[bom.length + body.length];
      System.arraycopy(bom, 0, bytes, 0, 2);
      System.arraycopy(body, 0, bytes, 2, body.length);
      Path file = write("fr-" + charset + ".txt", bytes);
      DriftReport report = compare(file, file);
      String decoded = "\uFEFF" + text;
      List<SentenceRef> refs = new ArrayList<>();
      report.pairs().forEach(p -> refs.addAll(p.original()));
      assertThat(refs)
          .extracting(SentenceRef::text)
          .containsExactly("Première phrase.", "Deuxième phrase 😀.", "Troisième.");
      for (SentenceRef r : refs) {
        assertThat(decoded.substring(r.start(), r.end())).isEqualTo(r.text());
      }
      assertThat(refs.get(2).line()).isEqualTo(2);
      assertThat(refs.get(2).column()).isEqualTo(1);
    }
  }

  @Test
  void nul_characters_in_utf16_text_keep_sentences_apart_in_every_format() throws IOException {
    // Found by SegmenterFuzzTest: commonmark (and jsoup) turn U+0000 into U+FFFD, which did not
    // match the raw text, so the rest of the block was pinned to its last character and two
    // sentences overlapped. UTF-8 files with NUL bytes are refused as binary; UTF-16 ones may
    // hold U+0000.
    String text = "First\u0000 sentence here. Second \u0000sentence there.\n";
    for (String name : List.of("nul.md", "nul.html", "nul.txt")) {
      byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
      byte[] bytes = new byte[body.length + 2];
      bytes[0] = (byte) 0xFF;
      bytes[1] = (byte) 0xFE;
      System.arraycopy(body, 0, bytes, 2, body.length);
      Path file = write(name, bytes);
      DriftReport report = compare(file, file);
      List<SentenceRef> refs = new ArrayList<>();
      report.pairs().forEach(p -> refs.addAll(p.original()));
      assertThat(refs)
          .as(name)
          .extracting(SentenceRef::text)
          .containsExactly("First\u0000 sentence here.", "Second \u0000sentence there.");
      assertThat(refs.get(0).end()).isLessThanOrEqualTo(refs.get(1).start());
    }
  }

  @Test
  void numbers_with_odd_separators_do_not_end_the_comparison() throws IOException {
    // Found by NumberParserFuzzTest: "200,32.32.3" made the number parser throw, and a valid
    // text ended in an internal error (exit 3).
    Path en = write("en.txt", "Versions 200,32.32.3 and 1.2,3,4 shipped in March.\n");
    Path fr = write("fr.txt", "Versions 200,32.32.3 and 1.2,3,4 shipped in May.\n");
    DriftReport report = compare(en, fr);
    assertThat(report.pairs()).hasSize(1);
  }

  @Test
  void mixed_line_endings_keep_offsets_lines_and_columns_right() throws IOException {
    String text =
        "# Title\r\n\r\nOne line ends in a pair.\r\nThe next one in a return.\rThe last in a feed.\n\n"
            + "A paragraph\rwrapped with a return.\r\n\r- item after a lone return\n";
    Path file = write("mixed.md", text);
    DriftReport report = compare(file, file);
    List<SentenceRef> refs = new ArrayList<>();
    report.pairs().forEach(p -> refs.addAll(p.original()));
    assertThat(refs)
        .extracting(SentenceRef::text)
        .containsExactly(
            "Title",
            "One line ends in a pair.",
            "The next one in a return.",
            "The last in a feed.",
            "A paragraph\rwrapped with a return.",
            "item after a lone return");
    assertThat(refs).extracting(SentenceRef::line).containsExactly(1, 3, 4, 5, 7, 10);
    for (SentenceRef r : refs) {
      assertThat(text.substring(r.start(), r.end())).isEqualTo(r.text());
      assertThat(new int[] {r.line(), r.column()})
          .as(r.text())
          .containsExactly(ProseInvariants.lineAndColumn(text, r.start()));
    }
  }

  private Throwable catchCompare(Path original, Path translation) {
    return org.assertj.core.api.Assertions.catchThrowable(() -> compare(original, translation));
  }

  @Test
  void missing_file_and_directory_are_one_line_input_errors() throws IOException {
    Path text = write("en.txt", PROSE);
    assertThatThrownBy(() -> compare(text, dir.resolve("nope.txt")))
        .isInstanceOf(DriftInputException.class)
        .hasMessage(dir.resolve("nope.txt") + ": no such file");
    assertThatThrownBy(() -> compare(dir, text))
        .isInstanceOf(DriftInputException.class)
        .hasMessage(dir + ": is a directory, not a file");
  }
}
