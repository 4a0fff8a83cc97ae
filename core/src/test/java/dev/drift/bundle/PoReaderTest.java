package dev.drift.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.DriftInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PoReaderTest {
  private static final String PO =
      """
      # header comment
      msgid ""
      msgstr ""
      "Language: pt_BR\\n"
      "Plural-Forms: nplurals=2; plural=(n > 1);\\n"

      #: a.c:1
      msgctxt "menu"
      msgid "Open"
      msgstr "Abrir"

      #, fuzzy, c-format
      msgid "One file"
      msgid_plural "%d files"
      msgstr[0] "Um arquivo"
      msgstr[1] "%d "
      "arquivos"

      msgid "Tab\\there \\"quoted\\""
      msgstr "Tab\\taqui \\"citado\\""

      msgid "Empty"
      msgstr ""

      #~ msgid "Obsolete"
      #~ msgstr "Obsoleto"
      """;

  @Test
  void read_should_take_the_language_from_the_header_and_key_units_by_context_and_msgid() {
    Bundle b = PoReader.read("pt.po", PO);
    assertThat(b.targetLanguage()).isEqualTo("pt-BR");
    assertThat(b.units())
        .extracting(Unit::id)
        .containsExactly(
            "menu|Open", "One file [0]", "One file [1]", "Tab\there \"quoted\"", "Empty");
  }

  @Test
  void read_should_pair_plural_forms_and_join_continued_strings() {
    List<Unit> units = PoReader.read("pt.po", PO).units();
    Unit one = units.get(1);
    Unit many = units.get(2);
    assertThat(one.source().text()).isEqualTo("One file");
    assertThat(many.source().text()).isEqualTo("%d files");
    assertThat(many.target().text()).isEqualTo("%d arquivos");
    assertThat(PO.substring(many.target().start(), many.target().end()))
        .isEqualTo("%d \"\n\"arquivos");
    assertThat(one.fuzzy()).isTrue();
    assertThat(units.get(0).fuzzy()).isFalse();
  }

  @Test
  void read_should_decode_escapes_and_map_them_to_their_raw_range() {
    Unit tab = PoReader.read("pt.po", PO).units().get(3);
    assertThat(tab.target().text()).isEqualTo("Tab\taqui \"citado\"");
    int t = tab.target().text().indexOf('\t');
    assertThat(PO.substring(tab.target().prose().rawStart(t), tab.target().prose().rawEnd(t)))
        .isEqualTo("\\t");
    Unit empty = PoReader.read("pt.po", PO).units().get(4);
    assertThat(empty.target().blank()).isTrue();
  }

  @Test
  void read_should_name_the_line_of_each_malformed_entry() {
    assertThatThrownBy(() -> PoReader.read("a.po", "msgid \"x\"\nmsgstr \"unterminated\n"))
        .isInstanceOf(DriftInputException.class)
        .hasMessage("a.po:2: unterminated string");
    assertThatThrownBy(() -> PoReader.read("b.po", "msgid \"x\"\nmsgsrt \"y\"\n"))
        .hasMessage("b.po:2: expected msgctxt, msgid, msgid_plural or msgstr, found 'msgsrt'");
    assertThatThrownBy(() -> PoReader.read("c.po", "msgstr \"y\"\n"))
        .hasMessage("c.po:1: msgstr without a msgid before it");
    assertThatThrownBy(() -> PoReader.read("d.po", "\n\nmsgid \"x\"\n"))
        .hasMessage("d.po:3: msgid without msgstr");
    assertThatThrownBy(() -> PoReader.read("e.po", "\"stray\"\n"))
        .hasMessage("e.po:1: a string continues no msgid or msgstr");
  }
}
