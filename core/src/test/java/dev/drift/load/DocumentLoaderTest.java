package dev.drift.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.DriftInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentLoaderTest {

  @TempDir Path dir;

  @Test
  void load_path_reads_the_file_and_names_the_document_by_the_path() throws IOException {
    Path file = dir.resolve("story.md");
    Files.writeString(file, "# Title\n\nBody text.\n", StandardCharsets.UTF_8);

    SourceDocument doc = DocumentLoader.load(file, null);

    assertThat(doc.name()).isEqualTo(file.toString());
    assertThat(doc.text()).isEqualTo("# Title\n\nBody text.\n");
    assertThat(doc.format()).isEqualTo(InputFormat.MARKDOWN);
    assertThat(doc.blocks())
        .extracting(b -> b.kind(), b -> b.prose().text())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(BlockKind.HEADING, "Title"),
            org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, "Body text."));
    assertThat(doc.lines().lineCount()).isEqualTo(4);
  }

  @Test
  void load_directory_is_an_input_error_naming_the_path() {
    assertThatThrownBy(() -> DocumentLoader.load(dir, null))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining(dir.toString())
        .hasMessageContaining("directory");
  }

  @Test
  void load_missing_file_is_an_input_error_naming_the_path() {
    Path missing = dir.resolve("nope").resolve("missing.txt");
    assertThatThrownBy(() -> DocumentLoader.load(missing, InputFormat.TEXT))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("no such file");
  }

  @Test
  void load_binary_file_is_an_input_error_naming_the_path() throws IOException {
    Path file = dir.resolve("photo.txt");
    Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    assertThatThrownBy(() -> DocumentLoader.load(file, null))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("binary");
  }

  @Test
  void load_invalid_utf8_file_is_an_input_error_naming_the_path_and_line() throws IOException {
    Path file = dir.resolve("legacy.txt");
    Files.write(file, "One.\nTwo.\nTr\u00e8s.\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> DocumentLoader.load(file, null))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("line 3");
  }

  @Test
  void load_bytes_with_utf16_bom_is_parsed() {
    byte[] body = "Premi\u00e8re phrase. Deuxi\u00e8me.".getBytes(StandardCharsets.UTF_16BE);
    byte[] input = new byte[body.length + 2];
    input[0] = (byte) 0xFE;
    input[1] = (byte) 0xFF;
    System.arraycopy(body, 0, input, 2, body.length);

    SourceDocument doc = DocumentLoader.load("fr.txt", input, null);

    assertThat(doc.text()).isEqualTo("\uFEFFPremi\u00e8re phrase. Deuxi\u00e8me.");
    assertThat(doc.format()).isEqualTo(InputFormat.TEXT);
    assertThat(doc.blocks()).hasSize(1);
    ProseInvariants.assertBlocks(doc);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a.md", "dir/B.MD", "c.markdown", "d.mdown"})
  void markdown_is_detected_by_extension(String name) {
    // Plain-looking content: the extension alone decides.
    assertThat(DocumentLoader.detect(name, "Just a plain sentence."))
        .isEqualTo(InputFormat.MARKDOWN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a.html", "b.HTM", "c.xhtml"})
  void html_is_detected_by_extension(String name) {
    assertThat(DocumentLoader.detect(name, "Just a plain sentence.")).isEqualTo(InputFormat.HTML);
  }

  @Test
  void extension_wins_over_content() {
    assertThat(DocumentLoader.detect("page.md", "<!doctype html><p>x</p>"))
        .isEqualTo(InputFormat.MARKDOWN);
    assertThat(DocumentLoader.detect("notes.html", "# Heading\n\n[a](b)"))
        .isEqualTo(InputFormat.HTML);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "By [Shaun Tandon](#) for AFP.",
        "Original url:\n\n<https://example.com/a/b>",
        "A photo credit. **Olivier Douliery / AP**",
        "Intro line.\n\n## Second heading\n\nMore.",
        "# Top heading",
        "Some code:\n```\nx = 1\n```"
      })
  void txt_with_markdown_signs_is_markdown(String text) {
    assertThat(DocumentLoader.detect("story.txt", text)).isEqualTo(InputFormat.MARKDOWN);
    assertThat(DocumentLoader.detect("story", text)).isEqualTo(InputFormat.MARKDOWN);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "A plain paragraph.\n\nAnother one, with a #hashtag and 3 * 4 * 5.",
        "Prices [in dollars] rose (again).",
        "#notaheading\n\nText.",
        "Email me at a@b.com or see http://example.com for details.",
        ""
      })
  void plain_txt_is_text(String text) {
    assertThat(DocumentLoader.detect("story.txt", text)).isEqualTo(InputFormat.TEXT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<!doctype html>\n<p>Hi</p>",
        "<!DOCTYPE HTML><html><body>x</body></html>",
        "\uFEFF  \n<!DOCTYPE html>\n<p>x</p>",
        "<html lang=\"fr\"><p>x</p></html>",
        "<html>\n<p>x</p>"
      })
  void txt_starting_like_an_html_page_is_html(String text) {
    assertThat(DocumentLoader.detect("page.txt", text)).isEqualTo(InputFormat.HTML);
  }

  @Test
  void html_tags_later_in_a_txt_file_do_not_make_it_html() {
    assertThat(DocumentLoader.detect("a.txt", "Intro.\n<!doctype html>\n<p>x</p>"))
        .isEqualTo(InputFormat.TEXT);
    assertThat(DocumentLoader.detect("a.txt", "<htmlish> tag")).isEqualTo(InputFormat.TEXT);
  }

  @Test
  void parse_with_explicit_format_ignores_detection() {
    SourceDocument doc = DocumentLoader.parse("a.md", "**Bold** [x](y)", InputFormat.TEXT);
    assertThat(doc.format()).isEqualTo(InputFormat.TEXT);
    assertThat(doc.blocks())
        .singleElement()
        .satisfies(b -> assertThat(b.prose().text()).isEqualTo("**Bold** [x](y)"));
  }

  @Test
  void parse_detects_the_format_when_none_is_given() {
    assertThat(DocumentLoader.parse("x.txt", "Read [this](http://a).", null).format())
        .isEqualTo(InputFormat.MARKDOWN);
    assertThat(DocumentLoader.parse("x.txt", "<!doctype html><p>a</p>", null).format())
        .isEqualTo(InputFormat.HTML);
    assertThat(DocumentLoader.parse("x.txt", "Plain.", null).format()).isEqualTo(InputFormat.TEXT);
  }

  @Test
  void input_format_names_parse_and_round_trip() {
    assertThat(InputFormat.parse("md")).isEqualTo(InputFormat.MARKDOWN);
    assertThat(InputFormat.parse("HTML")).isEqualTo(InputFormat.HTML);
    assertThat(InputFormat.parse("txt")).isEqualTo(InputFormat.TEXT);
    for (InputFormat f : InputFormat.values()) {
      assertThat(InputFormat.parse(f.id())).isEqualTo(f);
    }
    assertThatThrownBy(() -> InputFormat.parse("docx"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("docx");
  }
}
