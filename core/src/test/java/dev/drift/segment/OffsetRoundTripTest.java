package dev.drift.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.load.DocumentLoader;
import dev.drift.load.InputFormat;
import dev.drift.load.ProseInvariants;
import dev.drift.load.SourceDocument;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Offsets survive the whole load and segment pipeline for every format, line-ending style, with and
 * without a byte-order mark: prose maps back into the raw file and every sentence's text is the raw
 * substring its offsets name.
 */
class OffsetRoundTripTest {

  private static final String MARKDOWN =
      """
      # Drift test &amp; check 😀

      First paragraph with a [link text](http://example.com/a) and an autolink \
      <https://example.com/b> here.
      It is hard wrapped, has `inline code`, **bold words** and *emphasis*.
      Entities: caf&eacute; &#8212; &amp; done. Escapes: \\*not emphasis\\* and 1\\. ok.

      - list item one 🎉 with emoji
      - list item **two**

      > A quoted line that
      > continues here.

      | Col A | Col B |
      |-------|-------|
      | cell &amp; one | cell `two` |

      ```
      code block line
      ```

      Final line with hard break \s
      after it.<br>Then a br tag &#x1F600;.
      """;

  private static final List<String> MARKDOWN_CONTENT =
      List.of(
          "Drift test & check 😀",
          "First paragraph with a link text and an autolink here.",
          "It is hard wrapped, has , bold words and emphasis.",
          "Entities: café — & done.",
          "Escapes: *not emphasis* and 1. ok.",
          "list item one 🎉 with emoji",
          "list item two",
          "A quoted line that continues here.",
          "Col A",
          "Col B",
          "cell & one",
          "cell",
          "Final line with hard break",
          "after it.",
          "Then a br tag 😀.");

  private static final String HTML =
      """
      <!DOCTYPE html>
      <html><head><title>Page &amp; title</title>
      <style>p { color: red; }</style>
      <script>var s = "<p>not prose</p>";</script></head>
      <body>
      <h1>Heading caf&eacute; 😀</h1>
      <!-- a comment that is not prose -->
      <p>First paragraph with a <a href="http://example.com/a">link text</a> and
      hard wrapped lines, <code>inline code</code>, <b>bold words</b> &#8212; entities &amp;
      more.<br>After a break.</p>
      <ul><li>List item one 🎉</li><li>List item <em>two</em></li></ul>
      <table><tr><td>Cell a &lt; b &gt; c</td><td>Cell two</td></tr></table>
      <pre>preformatted
      not prose</pre>
      <p>Legacy &copy 2023 entity; then more text. Last sentence&nbsp;here &amp;</p>
      </body></html>
      """;

  private static final List<String> HTML_CONTENT =
      List.of(
          "Page & title",
          "Heading café 😀",
          "First paragraph with a link text and hard wrapped lines, , bold words — entities &"
              + " more.",
          "After a break.",
          "List item one 🎉",
          "List item two",
          "Cell a < b > c",
          "Cell two",
          "Legacy © 2023 entity; then more text.",
          "Last sentence here &");

  private static final String TEXT =
      """
      Drift test headline

      First paragraph that is hard wrapped across
      several lines of text, with an emoji 😀 and
      ampersands that stay literal & here. Second sentence.

      - bullet one is here
      - bullet two is here

      Final paragraph.
      """;

  private static final List<String> TEXT_CONTENT =
      List.of(
          "Drift test headline",
          "First paragraph that is hard wrapped across several lines of text, with an emoji 😀"
              + " and ampersands that stay literal & here.",
          "Second sentence.",
          "bullet one is here",
          "bullet two is here",
          "Final paragraph.");

  static Stream<Arguments> documents() {
    List<Arguments> cases = new ArrayList<>();
    for (String ending : List.of("LF", "CRLF", "CR", "MIXED")) {
      for (boolean bom : List.of(false, true)) {
        cases.add(Arguments.of(InputFormat.MARKDOWN, MARKDOWN, MARKDOWN_CONTENT, ending, bom));
        cases.add(Arguments.of(InputFormat.HTML, HTML, HTML_CONTENT, ending, bom));
        cases.add(Arguments.of(InputFormat.TEXT, TEXT, TEXT_CONTENT, ending, bom));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {3} bom={4}")
  @MethodSource("documents")
  void offsets_round_trip(
      InputFormat format, String template, List<String> content, String ending, boolean bom) {
    String text = (bom ? "\uFEFF" : "") + withLineEndings(template, ending);
    SourceDocument doc =
        DocumentLoader.load(
            "doc-" + ending + "." + format.id(), text.getBytes(StandardCharsets.UTF_8), format);
    assertThat(doc.text()).isEqualTo(text);
    assertThat(doc.format()).isEqualTo(format);

    ProseInvariants.assertBlocks(doc);
    List<Sentence> sentences = SentenceSegmenter.create("en").segment(doc).sentences();
    SentenceInvariants.assertSentences(doc, sentences);
    assertThat(sentences).extracting(Sentence::content).containsExactlyElementsOf(content);
    if (bom) {
      assertThat(sentences).allSatisfy(s -> assertThat(s.start()).isPositive());
    }
  }

  /** Rewrites LF line endings as CRLF, CR, or a mix of LF, CRLF and CR (line by line). */
  static String withLineEndings(String text, String ending) {
    String[] endings =
        switch (ending) {
          case "LF" -> new String[] {"\n"};
          case "CRLF" -> new String[] {"\r\n"};
          case "CR" -> new String[] {"\r"};
          default -> new String[] {"\n", "\r\n", "\r"};
        };
    StringBuilder sb = new StringBuilder();
    int line = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        sb.append(endings[line++ % endings.length]);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
