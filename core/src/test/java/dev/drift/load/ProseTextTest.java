package dev.drift.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProseTextTest {

  /** The raw range a prose substring maps to, from its first to its last character. */
  private static String rawOf(ProseText prose, String raw, String proseSubstring) {
    int i = prose.text().indexOf(proseSubstring);
    assertThat(i).as("prose contains %s", proseSubstring).isNotNegative();
    return raw.substring(prose.rawStart(i), prose.rawEnd(i + proseSubstring.length() - 1));
  }

  @Test
  void of_raw_maps_one_to_one_and_turns_line_breaks_into_spaces() {
    String raw = "xx one\r\ntwo\rthree\nfour yy";
    ProseText prose = ProseText.ofRaw(raw, 3, raw.length() - 3);
    assertThat(prose.text()).isEqualTo("one  two three four");
    for (int i = 0; i < prose.text().length(); i++) {
      assertThat(prose.rawStart(i)).isEqualTo(3 + i);
      assertThat(prose.rawEnd(i)).isEqualTo(4 + i);
    }
  }

  @Test
  void a_separator_for_a_range_before_the_prose_so_far_should_be_pinned_where_the_prose_got_to() {
    // An HTML parser moves a misplaced element ahead of one the file writes first.
    String raw = "<p>one<pre>x</pre> two<template>t</template></p>";
    ProseText prose =
        new ProseText.Builder(raw)
            .appendDecoded("one", 3, 6)
            .appendSeparator(' ', 28, 48)
            .appendSeparator(' ', 6, 18)
            .appendDecoded(" two", 18, 22)
            .build();
    assertThat(prose.text()).isEqualTo("one   two");
    assertThat(prose.rawStart(3)).isEqualTo(28);
    assertThat(prose.rawStart(4)).isEqualTo(28);
    assertThat(prose.rawEnd(4)).isEqualTo(28);
  }

  @Test
  void decoded_literal_equal_to_its_source_is_linear() {
    String raw = "<p>Hello there.</p>";
    ProseText prose = new ProseText.Builder(raw).appendDecoded("Hello there.", 3, 15).build();
    assertThat(prose.text()).isEqualTo("Hello there.");
    assertThat(prose.rawStart(0)).isEqualTo(3);
    assertThat(prose.rawEnd(11)).isEqualTo(15);
  }

  @Test
  void decoded_literal_with_line_breaks_gets_spaces_like_raw_text() {
    // A line break inside an HTML text node is a space, not a paragraph break: ICU would
    // otherwise end the sentence at every wrapped line.
    String raw = "<p>one\ntwo\r\nthree</p>";
    ProseText prose = new ProseText.Builder(raw).appendDecoded("one\ntwo\r\nthree", 3, 17).build();
    assertThat(prose.text()).isEqualTo("one two  three");
    assertThat(rawOf(prose, raw, "two")).isEqualTo("two");
  }

  @Test
  void named_and_numeric_entities_map_to_their_whole_source() {
    String raw = "caf&eacute; &#8212; &#x2014; end";
    ProseText prose =
        new ProseText.Builder(raw)
            .appendDecoded("caf\u00e9 \u2014 \u2014 end", 0, raw.length())
            .build();
    assertThat(prose.text()).isEqualTo("caf\u00e9 \u2014 \u2014 end");
    assertThat(rawOf(prose, raw, "\u00e9")).isEqualTo("&eacute;");
    assertThat(rawOf(prose, raw, "\u2014 \u2014")).isEqualTo("&#8212; &#x2014;");
    assertThat(rawOf(prose, raw, "end")).isEqualTo("end");
  }

  @Test
  void ampersand_entity_maps_to_the_whole_entity() {
    String raw = "Fish &amp; chips &#38;";
    ProseText prose =
        new ProseText.Builder(raw).appendDecoded("Fish & chips &", 0, raw.length()).build();
    assertThat(rawOf(prose, raw, "&")).isEqualTo("&amp;");
    assertThat(rawOf(prose, raw, "chips &")).isEqualTo("chips &#38;");
  }

  @Test
  void literal_ampersand_that_is_not_an_entity_stays_linear() {
    String raw = "\\* AT&T & co; R&D;";
    ProseText prose =
        new ProseText.Builder(raw).appendDecoded("* AT&T & co; R&D;", 0, raw.length()).build();
    assertThat(prose.text()).isEqualTo("* AT&T & co; R&D;");
    assertThat(rawOf(prose, raw, "AT&T & co; R&D;")).isEqualTo("AT&T & co; R&D;");
    assertThat(prose.rawStart(0)).isEqualTo(1); // the escaped star, after its backslash
  }

  @Test
  void entity_without_semicolon_maps_only_its_name() {
    // HTML accepts legacy entities without a semicolon; a later semicolon is not part of them.
    String raw = "&copy 2023 by us; all rights &ampamp reserved.";
    String literal = "\u00a9 2023 by us; all rights &amp reserved.";
    ProseText prose = new ProseText.Builder(raw).appendDecoded(literal, 0, raw.length()).build();
    assertThat(prose.text()).isEqualTo(literal);
    assertThat(rawOf(prose, raw, "\u00a9")).isEqualTo("&copy");
    assertThat(rawOf(prose, raw, "2023 by us;")).isEqualTo("2023 by us;");
    assertThat(rawOf(prose, raw, "&amp reserved.")).isEqualTo("&ampamp reserved.");
  }

  @Test
  void non_bmp_entity_maps_both_surrogates_to_the_entity() {
    String raw = "smile &#x1F600; now";
    ProseText prose =
        new ProseText.Builder(raw).appendDecoded("smile \uD83D\uDE00 now", 0, raw.length()).build();
    int high = prose.text().indexOf('\uD83D');
    assertThat(prose.rawStart(high)).isEqualTo(6);
    assertThat(prose.rawEnd(high)).isEqualTo(15);
    assertThat(prose.rawStart(high + 1)).isEqualTo(6);
    assertThat(prose.rawEnd(high + 1)).isEqualTo(15);
    assertThat(rawOf(prose, raw, "now")).isEqualTo("now");
  }

  @Test
  void separators_stand_for_a_raw_range_without_content() {
    String raw = "a `code` b";
    ProseText prose =
        new ProseText.Builder(raw)
            .appendDecoded("a ", 0, 2)
            .appendSeparator(' ', 2, 8)
            .appendDecoded(" b", 8, 10)
            .build();
    assertThat(prose.text()).isEqualTo("a   b");
    assertThat(prose.rawStart(2)).isEqualTo(2);
    assertThat(prose.rawEnd(2)).isEqualTo(8);
    assertThat(prose.rawStart(4)).isEqualTo(9);
  }

  @Test
  void builder_reports_its_length() {
    ProseText.Builder b = new ProseText.Builder("abc def");
    assertThat(b.length()).isZero();
    b.appendRaw(0, 3);
    assertThat(b.length()).isEqualTo(3);
  }

  @Test
  void out_of_range_indexes_are_rejected() {
    ProseText prose = ProseText.ofRaw("abc", 0, 3);
    assertThatThrownBy(() -> prose.rawStart(3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> prose.rawEnd(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    ProseText empty = new ProseText.Builder("abc").build();
    assertThat(empty.text()).isEmpty();
    assertThatThrownBy(() -> empty.rawStart(0)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
