package dev.drift.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineIndexTest {

  private static void assertAgreesWithIndependentCount(String text) {
    LineIndex index = new LineIndex(text);
    for (int offset = 0; offset <= text.length(); offset++) {
      if (offset > 0
          && text.charAt(offset - 1) == '\r'
          && offset < text.length()
          && text.charAt(offset) == '\n') {
        continue; // the LF of a CRLF is not the start of anything
      }
      int[] expected = ProseInvariants.lineAndColumn(text, offset);
      assertThat(new int[] {index.line(offset), index.column(offset)})
          .as("offset %d of %s", offset, text.replace("\r", "\\r").replace("\n", "\\n"))
          .containsExactly(expected);
    }
  }

  @Test
  void lf_line_endings() {
    LineIndex index = new LineIndex("ab\ncd\n\nef");
    assertThat(index.lineCount()).isEqualTo(4);
    assertThat(index.line(0)).isEqualTo(1);
    assertThat(index.column(1)).isEqualTo(2);
    assertThat(index.line(3)).isEqualTo(2);
    assertThat(index.column(3)).isEqualTo(1);
    assertThat(index.line(6)).isEqualTo(3);
    assertThat(index.line(7)).isEqualTo(4);
    assertThat(index.column(8)).isEqualTo(2);
    assertAgreesWithIndependentCount("ab\ncd\n\nef");
  }

  @Test
  void crlf_counts_as_one_line_break() {
    LineIndex index = new LineIndex("ab\r\ncd\r\n");
    assertThat(index.lineCount()).isEqualTo(3);
    assertThat(index.line(4)).isEqualTo(2);
    assertThat(index.column(4)).isEqualTo(1);
    assertThat(index.column(5)).isEqualTo(2);
    assertAgreesWithIndependentCount("ab\r\ncd\r\n");
  }

  @Test
  void cr_alone_ends_a_line() {
    LineIndex index = new LineIndex("ab\rcd\r\ref");
    assertThat(index.lineCount()).isEqualTo(4);
    assertThat(index.line(3)).isEqualTo(2);
    assertThat(index.line(7)).isEqualTo(4);
    assertThat(index.column(8)).isEqualTo(2);
    assertAgreesWithIndependentCount("ab\rcd\r\ref");
  }

  @Test
  void mixed_line_endings() {
    String text = "one\ntwo\r\nthree\rfour\n\r\n\rfive";
    LineIndex index = new LineIndex(text);
    assertThat(index.lineCount()).isEqualTo(7);
    assertThat(index.line(text.indexOf("five"))).isEqualTo(7);
    assertThat(index.column(text.indexOf("five"))).isEqualTo(1);
    assertAgreesWithIndependentCount(text);
  }

  @Test
  void columns_count_utf16_code_units_including_a_bom() {
    String text = "\uFEFF\uD83D\uDE00x\n\uD83D\uDE00y";
    LineIndex index = new LineIndex(text);
    assertThat(index.column(text.indexOf('x'))).isEqualTo(4);
    assertThat(index.column(text.indexOf('y'))).isEqualTo(3);
    assertAgreesWithIndependentCount(text);
  }

  @Test
  void empty_text_has_one_line() {
    LineIndex index = new LineIndex("");
    assertThat(index.lineCount()).isEqualTo(1);
    assertThat(index.line(0)).isEqualTo(1);
    assertThat(index.column(0)).isEqualTo(1);
  }
}
