package dev.drift.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.DriftInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class XliffReaderTest {
  private static final String V12 =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
        <file source-language="en" target-language="es-ES" datatype="plaintext" original="m">
          <body>
            <trans-unit id="a">
              <source>Tom &amp; Jerry &lt;3 <g id="1">bold</g> <x id="2"/>end</source>
              <target state="translated">Tom &amp; Jerry &lt;3 <g id="1">negrita</g> <x id="2"/>fin</target>
              <alt-trans><source>old</source><target>viejo</target></alt-trans>
              <note>a note</note>
            </trans-unit>
            <trans-unit id="b" resname="key.b">
              <source>Open <ph id="1">&lt;br/&gt;</ph>now</source>
              <target state="needs-review-translation"><![CDATA[Abrir ahora]]></target>
            </trans-unit>
            <trans-unit id="c"><source>No target</source></trans-unit>
          </body>
        </file>
      </xliff>
      """;

  private static final String V20 =
      """
      <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">
        <file id="f1">
          <unit id="u1">
            <segment><source>First <pc id="1">sentence</pc>.</source><target>Première <pc id="1">phrase</pc>.</target></segment>
            <ignorable><source> </source></ignorable>
            <segment state="initial"><source>Second.</source><target>Deuxième.</target></segment>
          </unit>
        </file>
      </xliff>
      """;

  @Test
  void read_should_pair_units_of_xliff_12_with_raw_offsets_of_the_target() {
    Bundle b = XliffReader.read("m.xlf", V12);
    assertThat(b.sourceLanguage()).isEqualTo("en");
    assertThat(b.targetLanguage()).isEqualTo("es-ES");
    List<Unit> units = b.units();
    assertThat(units).extracting(Unit::id).containsExactly("a", "key.b", "c");
    Unit a = units.get(0);
    assertThat(a.source().text()).isEqualTo("Tom & Jerry <3 bold end");
    assertThat(a.target().text()).isEqualTo("Tom & Jerry <3 negrita fin");
    assertThat(V12.substring(a.target().start(), a.target().end()))
        .isEqualTo("Tom &amp; Jerry &lt;3 <g id=\"1\">negrita</g> <x id=\"2\"/>fin");
    int n = a.target().text().indexOf("negrita");
    assertThat(V12.substring(a.target().prose().rawStart(n), a.target().prose().rawEnd(n + 6)))
        .isEqualTo("negrita");
    int amp = a.target().text().indexOf('&');
    assertThat(V12.substring(a.target().prose().rawStart(amp), a.target().prose().rawEnd(amp)))
        .isEqualTo("&amp;");
    assertThat(a.fuzzy()).isFalse();
  }

  @Test
  void read_should_leave_native_code_out_and_read_cdata_and_states() {
    List<Unit> units = XliffReader.read("m.xlf", V12).units();
    assertThat(units.get(1).source().text()).isEqualTo("Open now");
    assertThat(units.get(1).target().text()).isEqualTo("Abrir ahora");
    assertThat(units.get(1).fuzzy()).isTrue();
    assertThat(units.get(2).target()).isNull();
  }

  @Test
  void read_should_make_a_unit_of_each_segment_of_xliff_20() {
    Bundle b = XliffReader.read("m.xlf", V20);
    assertThat(b.sourceLanguage()).isEqualTo("en");
    assertThat(b.targetLanguage()).isEqualTo("fr");
    assertThat(b.units()).extracting(Unit::id).containsExactly("u1", "u1/2");
    assertThat(b.units().get(0).target().text()).isEqualTo("Première phrase.");
    assertThat(b.units().get(1).fuzzy()).isTrue();
  }

  @Test
  void read_should_name_the_file_and_line_of_malformed_xml() {
    String bad = "<xliff version=\"1.2\">\n<file>\n<trans-unit id=\"a\"><source>x</target>\n";
    assertThatThrownBy(() -> XliffReader.read("bad.xlf", bad))
        .isInstanceOf(DriftInputException.class)
        .hasMessageStartingWith("bad.xlf:3: malformed XML")
        .hasMessageNotContaining("\n");
  }

  @Test
  void read_should_refuse_a_dtd_and_a_root_that_is_not_xliff() {
    String dtd =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<xliff>&e;</xliff>";
    assertThatThrownBy(() -> XliffReader.read("e.xlf", dtd))
        .isInstanceOf(DriftInputException.class)
        .hasMessageStartingWith("e.xlf:");
    assertThatThrownBy(() -> XliffReader.read("h.xlf", "<html/>"))
        .isInstanceOf(DriftInputException.class)
        .hasMessage("h.xlf:1: not XLIFF: the root element is <html>, not <xliff>");
  }
}
