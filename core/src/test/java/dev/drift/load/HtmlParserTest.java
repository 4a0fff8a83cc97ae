package dev.drift.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlParserTest {

  private static SourceDocument html(String text) {
    SourceDocument doc = DocumentLoader.parse("test.html", text, InputFormat.HTML);
    ProseInvariants.assertBlocks(doc);
    return doc;
  }

  /** Each block's prose, trimmed, with runs of spaces (left by skipped elements) collapsed. */
  private static List<String> prose(SourceDocument doc) {
    return doc.blocks().stream().map(b -> b.prose().text().strip().replaceAll(" +", " ")).toList();
  }

  private static String rawOf(SourceDocument doc, Block block, String proseSubstring) {
    ProseText prose = block.prose();
    int i = prose.text().indexOf(proseSubstring);
    assertThat(i).as("prose [%s] contains [%s]", prose.text(), proseSubstring).isNotNegative();
    return doc.text().substring(prose.rawStart(i), prose.rawEnd(i + proseSubstring.length() - 1));
  }

  @Test
  void html_block_elements_start_blocks_of_the_right_kind() {
    SourceDocument doc =
        html(
            """
            <h1>Main title</h1>
            <h3>Sub title</h3>
            <p>A paragraph.</p>
            <ul><li>First item</li><li>Second item</li></ul>
            <dl><dt>Term</dt><dd>Definition</dd></dl>
            <table><caption>Table caption</caption>
            <tr><th>Header cell</th><td>Data cell</td></tr></table>
            <figure><img src="a.png" alt="alt text"><figcaption>Figure caption</figcaption></figure>
            <blockquote>Quoted words</blockquote>
            <div>Div text</div>
            """);
    assertThat(doc.blocks())
        .extracting(Block::kind, b -> b.prose().text().strip())
        .containsExactly(
            tuple(BlockKind.HEADING, "Main title"),
            tuple(BlockKind.HEADING, "Sub title"),
            tuple(BlockKind.PARAGRAPH, "A paragraph."),
            tuple(BlockKind.LIST_ITEM, "First item"),
            tuple(BlockKind.LIST_ITEM, "Second item"),
            tuple(BlockKind.LIST_ITEM, "Term"),
            tuple(BlockKind.LIST_ITEM, "Definition"),
            tuple(BlockKind.CAPTION, "Table caption"),
            tuple(BlockKind.TABLE_CELL, "Header cell"),
            tuple(BlockKind.TABLE_CELL, "Data cell"),
            tuple(BlockKind.CAPTION, "Figure caption"),
            tuple(BlockKind.QUOTE, "Quoted words"),
            tuple(BlockKind.PARAGRAPH, "Div text"));
  }

  @Test
  void html_title_is_a_heading_block() {
    SourceDocument doc =
        html("<html><head><title>Page title</title><meta charset=utf-8></head><body><p>Body.</p>");
    assertThat(doc.blocks())
        .extracting(Block::kind, b -> b.prose().text())
        .containsExactly(
            tuple(BlockKind.HEADING, "Page title"), tuple(BlockKind.PARAGRAPH, "Body."));
    assertThat(rawOf(doc, doc.blocks().get(0), "Page title")).isEqualTo("Page title");
  }

  @Test
  void html_script_style_template_comments_and_pre_are_not_prose() {
    SourceDocument doc =
        html(
            """
            <html><head><style>p { content: "styled"; }</style>
            <script>document.write("<p>scripted</p>");</script></head>
            <body>
            <p>Visible one.</p>
            <!-- <p>commented</p> -->
            <template><p>templated</p></template>
            <noscript>no script</noscript>
            <pre>preformatted
              text</pre>
            <p>Visible <script>var inline = 1;</script>two.</p>
            </body></html>
            """);
    assertThat(prose(doc)).containsExactly("Visible one.", "Visible two.");
  }

  @Test
  void html_br_forces_a_sentence_break() {
    SourceDocument doc = html("<p>Line one<br>Line two<br/>Line three</p>");
    assertThat(doc.blocks())
        .singleElement()
        .satisfies(b -> assertThat(b.prose().text()).isEqualTo("Line one\nLine two\nLine three"));
    Block block = doc.blocks().get(0);
    int br = block.prose().text().indexOf('\n');
    assertThat(doc.text().substring(block.prose().rawStart(br), block.prose().rawEnd(br)))
        .isEqualTo("<br>");
  }

  @Test
  void html_entities_map_back_to_their_raw_position() {
    SourceDocument doc = html("<p>Caf&eacute; &amp; co &#8212; &#x2014; &lt;tag&gt;&nbsp;end</p>");
    Block block = doc.blocks().get(0);
    assertThat(block.prose().text()).isEqualTo("Caf\u00e9 & co \u2014 \u2014 <tag>\u00a0end");
    assertThat(rawOf(doc, block, "\u00e9")).isEqualTo("&eacute;");
    assertThat(rawOf(doc, block, "&")).isEqualTo("&amp;");
    assertThat(rawOf(doc, block, "\u2014 \u2014")).isEqualTo("&#8212; &#x2014;");
    assertThat(rawOf(doc, block, "<tag>")).isEqualTo("&lt;tag&gt;");
    assertThat(rawOf(doc, block, "\u00a0end")).isEqualTo("&nbsp;end");
  }

  @Test
  void html_entities_without_semicolon_keep_later_offsets_right() {
    SourceDocument doc = html("<p>Copyright &copy 2023 by us; all rights. Fish &amp chips.</p>");
    Block block = doc.blocks().get(0);
    assertThat(block.prose().text())
        .isEqualTo("Copyright \u00a9 2023 by us; all rights. Fish & chips.");
    assertThat(rawOf(doc, block, "\u00a9")).isEqualTo("&copy");
    assertThat(rawOf(doc, block, "2023 by us;")).isEqualTo("2023 by us;");
    assertThat(rawOf(doc, block, "Fish & chips.")).isEqualTo("Fish &amp chips.");
  }

  @Test
  void html_inline_code_images_and_link_targets_are_verbatim() {
    SourceDocument doc =
        html(
            "<p>Call <code>run(x)</code> or see <a href=\"https://e.com/d\">the docs</a>"
                + " <img src=\"p.png\" alt=\"pic\">.</p>");
    Block block = doc.blocks().get(0);
    assertThat(block.prose().text())
        .doesNotContain("run", "https", "p.png", "pic")
        .contains("the docs");
    assertThat(block.verbatim())
        .extracting(Verbatim::kind, Verbatim::text)
        .containsExactly(
            tuple(Verbatim.Kind.CODE, "run(x)"),
            tuple(Verbatim.Kind.LINK, "https://e.com/d"),
            tuple(Verbatim.Kind.LINK, "p.png"));
    Verbatim code = block.verbatim().get(0);
    assertThat(doc.text().substring(code.start(), code.end())).isEqualTo("<code>run(x)</code>");
  }

  @Test
  void html_nested_block_gives_the_outer_kind_back_afterwards() {
    SourceDocument doc = html("<ul><li>Item start <p>inner paragraph</p> item tail</li></ul>");
    assertThat(doc.blocks())
        .extracting(Block::kind, b -> b.prose().text().strip())
        .containsExactly(
            tuple(BlockKind.LIST_ITEM, "Item start"),
            tuple(BlockKind.PARAGRAPH, "inner paragraph"),
            tuple(BlockKind.LIST_ITEM, "item tail"));
  }

  @Test
  void html_inline_elements_do_not_split_blocks() {
    SourceDocument doc =
        html("<p>One <b>bold</b>, <i>italic</i> and <span>spanned</span> words.</p>");
    assertThat(prose(doc)).containsExactly("One bold, italic and spanned words.");
  }

  @Test
  void html_skipped_inline_elements_keep_words_apart() {
    SourceDocument doc =
        html(
            "<p>Press<kbd>Ctrl+C</kbd>now, then<svg><text>x</text></svg>paste<samp>out</samp>.</p>");
    assertThat(doc.blocks().get(0).prose().text().replaceAll(" +", " "))
        .isEqualTo("Press now, then paste .");
  }

  @Test
  void html_fragment_without_html_or_body_tags_is_read() {
    SourceDocument doc = html("Loose text <p>then a paragraph</p> and a tail");
    assertThat(prose(doc)).containsExactly("Loose text", "then a paragraph", "and a tail");
  }

  @Test
  void html_bom_is_not_a_block() {
    SourceDocument doc = html("\uFEFF<p>Hello there.</p>");
    assertThat(prose(doc)).containsExactly("Hello there.");
    assertThat(doc.blocks().get(0).prose().rawStart(0)).isEqualTo(4);
  }

  @Test
  void html_whitespace_only_and_empty_documents_give_no_blocks() {
    assertThat(html("").blocks()).isEmpty();
    assertThat(html("<html><body>\n \r\n\t</body></html>").blocks()).isEmpty();
    assertThat(html("<p> </p><p>&nbsp;</p>").blocks()).isEmpty();
  }

  @Test
  void html_deep_nesting_does_not_overflow_the_stack() {
    SourceDocument doc = html("<div>".repeat(5000) + "deep text." + "</div>".repeat(5000));
    assertThat(prose(doc)).containsExactly("deep text.");
    SourceDocument inline = html("<b>".repeat(5000) + "deep bold." + "</b>".repeat(5000));
    assertThat(prose(inline)).containsExactly("deep bold.");
  }

  @Test
  void html_ending_inside_a_tag_keeps_every_position_inside_the_file() {
    // Found by LoaderFuzzTest: jsoup puts the implied end of an element still open when the
    // input ends inside a tag ("</k") one past the last character.
    String raw = "<p>Press <kbd>Ctrl</k";
    SourceDocument doc = DocumentLoader.parse("cut.html", raw, InputFormat.HTML);
    ProseInvariants.assertBlocks(doc);
    for (Block block : doc.blocks()) {
      ProseText prose = block.prose();
      for (int i = 0; i < prose.text().length(); i++) {
        assertThat(prose.rawEnd(i)).isLessThanOrEqualTo(raw.length());
      }
    }
  }

  @Test
  void html_element_recreated_after_misnesting_keeps_its_verbatim_range_forwards() {
    // Found by LoaderFuzzTest (minimised): the <code> jsoup re-creates after "</b>" keeps the end
    // tag of the
    // original, which lies before the copy's start.
    SourceDocument doc = html("Run <b><code></b>it");
    for (Block block : doc.blocks()) {
      for (Verbatim v : block.verbatim()) {
        assertThat(v.end()).as(v.toString()).isGreaterThanOrEqualTo(v.start());
      }
    }
  }
}
