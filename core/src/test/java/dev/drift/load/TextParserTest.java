package dev.drift.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextParserTest {

  private static SourceDocument text(String text) {
    SourceDocument doc = DocumentLoader.parse("test.txt", text, InputFormat.TEXT);
    ProseInvariants.assertBlocks(doc);
    return doc;
  }

  private static List<String> prose(SourceDocument doc) {
    return doc.blocks().stream().map(b -> b.prose().text()).toList();
  }

  @Test
  void text_headline_then_paragraph_without_blank_line() {
    SourceDocument doc =
        text(
            "No joint statement\n"
                + "Thursday's G20 meeting drew to a close without a joint statement, the second\n"
                + "such meeting of the bloc to fail to reach an accord in as many weeks.\n");
    assertThat(prose(doc))
        .containsExactly(
            "No joint statement",
            "Thursday's G20 meeting drew to a close without a joint statement, the second such"
                + " meeting of the bloc to fail to reach an accord in as many weeks.");
    assertThat(doc.blocks()).allSatisfy(b -> assertThat(b.kind()).isEqualTo(BlockKind.PARAGRAPH));
  }

  @Test
  void text_hard_wrapped_paragraph_is_joined_into_one_block() {
    String raw =
        "The United States and Russia met in their highest face-to-face contact since\n"
            + "the invasion of Ukraine last year on the sidelines of a G20 meeting that\n"
            + "ended in disarray\n";
    SourceDocument doc = text(raw);
    assertThat(doc.blocks())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.kind()).isEqualTo(BlockKind.PARAGRAPH);
              assertThat(b.prose().text()).isEqualTo(raw.strip().replace('\n', ' '));
              assertThat(b.prose().rawStart(0)).isZero();
              assertThat(b.prose().rawEnd(b.prose().text().length() - 1))
                  .isEqualTo(raw.length() - 1);
            });
  }

  @Test
  void text_short_line_with_closing_punctuation_does_not_stand_alone() {
    SourceDocument doc =
        text("He said:\nthe meeting, which lasted for hours, ended without any statement at all.");
    assertThat(doc.blocks()).hasSize(1);
  }

  @Test
  void text_blank_lines_separate_paragraphs() {
    SourceDocument doc =
        text("First paragraph.\n\nSecond paragraph.\n \t \nThird paragraph.\n\n\n");
    assertThat(prose(doc))
        .containsExactly("First paragraph.", "Second paragraph.", "Third paragraph.");
  }

  @Test
  void text_bullet_lines_start_list_items() {
    SourceDocument doc =
        text(
            """
            Intro paragraph of the list:
            - first bullet
            * second bullet that wraps
              onto a second line
            • third bullet
            – fourth bullet
            1. numbered item
            2) other numbered item
            """);
    assertThat(doc.blocks())
        .extracting(Block::kind, b -> b.prose().text())
        .containsExactly(
            tuple(BlockKind.PARAGRAPH, "Intro paragraph of the list:"),
            tuple(BlockKind.LIST_ITEM, "first bullet"),
            tuple(BlockKind.LIST_ITEM, "second bullet that wraps   onto a second line"),
            tuple(BlockKind.LIST_ITEM, "third bullet"),
            tuple(BlockKind.LIST_ITEM, "fourth bullet"),
            tuple(BlockKind.LIST_ITEM, "numbered item"),
            tuple(BlockKind.LIST_ITEM, "other numbered item"));
  }

  @Test
  void text_bullet_marker_is_not_prose_but_the_item_maps_to_its_raw_text() {
    String raw = "  - the item text\n";
    SourceDocument doc = text(raw);
    Block item = doc.blocks().get(0);
    assertThat(item.prose().text()).isEqualTo("the item text");
    assertThat(item.prose().rawStart(0)).isEqualTo(4);
  }

  @Test
  void text_hyphenated_or_numeric_starts_are_not_bullets() {
    SourceDocument doc = text("-5 degrees was the low.\n2023 was a year.\n");
    assertThat(doc.blocks())
        .singleElement()
        .satisfies(b -> assertThat(b.kind()).isEqualTo(BlockKind.PARAGRAPH));
  }

  @Test
  void text_empty_and_whitespace_only_files_give_no_blocks() {
    assertThat(text("").blocks()).isEmpty();
    assertThat(text(" \n\t\r\n\r  ").blocks()).isEmpty();
    assertThat(text("\uFEFF\n\n").blocks()).isEmpty();
    assertThat(text("\n\n\n").blocks()).isEmpty();
  }

  @Test
  void text_crlf_and_cr_line_endings_are_line_breaks() {
    SourceDocument doc = text("Headline\r\n\r\nBody line one\rbody line two.\r\n");
    assertThat(prose(doc)).containsExactly("Headline", "Body line one body line two.");
    Block body = doc.blocks().get(1);
    assertThat(body.prose().rawStart(0)).isEqualTo(12);
  }

  @Test
  void text_markup_characters_are_kept_as_written() {
    SourceDocument doc = text("Prices rose 5% & more <b>today</b> [sic].");
    assertThat(prose(doc)).containsExactly("Prices rose 5% & more <b>today</b> [sic].");
  }

  @Test
  void text_lines_splits_on_lf_cr_and_crlf() {
    assertThat(TextParser.lines("a\nb\r\nc\rd"))
        .containsExactly(new int[] {0, 1}, new int[] {2, 3}, new int[] {5, 6}, new int[] {7, 8});
    assertThat(TextParser.lines("a\n")).containsExactly(new int[] {0, 1});
    assertThat(TextParser.lines("")).isEmpty();
  }

  @Test
  void bullet_followed_only_by_blank_looking_characters_gives_no_block() {
    // Found by LoaderFuzzTest: U+001F and U+00A0 are not \\s to the bullet pattern, yet blank.
    assertThat(prose(text("- \u001f\n- \u00a0\n- real item\n"))).containsExactly("real item");
  }
}
