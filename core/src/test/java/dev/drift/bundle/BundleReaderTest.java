package dev.drift.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.DriftInputException;
import dev.drift.load.InputFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleReaderTest {
  @TempDir Path dir;

  @Test
  void detect_should_choose_by_extension_then_by_content() {
    assertThat(BundleReader.detect("a.xliff", null)).isEqualTo(InputFormat.XLIFF);
    assertThat(BundleReader.detect("a.po", null)).isEqualTo(InputFormat.PO);
    assertThat(BundleReader.detect("m_es.properties", null)).isEqualTo(InputFormat.PROPERTIES);
    assertThat(BundleReader.detect("es.json", null)).isEqualTo(InputFormat.JSON);
    assertThat(BundleReader.detect("a.md", "<xliff>")).isNull();
    assertThat(BundleReader.detect("a.txt", "<?xml version=\"1.0\"?>\n<xliff version=\"2.0\">"))
        .isEqualTo(InputFormat.XLIFF);
    assertThat(BundleReader.detect("a.txt", "# c\nmsgid \"x\"\nmsgstr \"y\"\n"))
        .isEqualTo(InputFormat.PO);
    assertThat(BundleReader.detect("a.txt", "Plain prose.")).isNull();
  }

  @Test
  void language_should_come_from_the_bundle_name() {
    assertThat(BundleReader.language("src/messages_es.properties", false)).isEqualTo("es");
    assertThat(BundleReader.language("messages_pt_BR.properties", false)).isEqualTo("pt-BR");
    assertThat(BundleReader.language("messages.properties", false)).isNull();
    assertThat(BundleReader.language("locales/de.json", true)).isEqualTo("de");
    assertThat(BundleReader.language("locales/fr/common.json", true)).isEqualTo("fr");
  }

  @Test
  void read_should_pair_keys_report_missing_and_extra_and_match_extra_plural_forms() {
    Bundle b =
        BundleReader.read(
            "en.json",
            "{\"a\": \"A\", \"n_one\": \"one\", \"n_other\": \"many\", \"gone\": \"G\"}",
            "ru.json",
            "{\"a\": \"А\", \"n_one\": \"один\", \"n_few\": \"несколько\", \"n_other\": \"много\","
                + " \"new\": \"Н\"}",
            null);
    assertThat(b.targetLanguage()).isEqualTo("ru");
    assertThat(b.units())
        .extracting(Unit::id)
        .containsExactly("a", "n_one", "n_other", "gone", "n_few", "new");
    assertThat(b.units().get(3).target()).isNull();
    assertThat(b.units().get(4).source().text()).isEqualTo("many");
    assertThat(b.units().get(5).source()).isNull();
  }

  @Test
  void read_should_decode_properties_as_utf8_else_iso_8859_1() throws IOException {
    Path utf8 = dir.resolve("m.properties");
    Path latin1 = dir.resolve("m_es.properties");
    Files.write(utf8, "k = Caf\u00e9\n".getBytes(StandardCharsets.UTF_8));
    Files.write(latin1, "k = Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    Bundle b = BundleReader.read(utf8, latin1, null);
    assertThat(b.units().get(0).source().text()).isEqualTo("Café");
    assertThat(b.units().get(0).target().text()).isEqualTo("Café");
  }

  @Test
  void read_should_decode_a_po_file_and_an_xliff_file_in_the_encoding_they_declare()
      throws IOException {
    // Debian's aspell catalog is ISO-8859-1, as its header says
    Path po = dir.resolve("aspell.po");
    String poText =
        "msgid \"\"\nmsgstr \"\"\n\"Language: es\\n\"\n"
            + "\"Content-Type: text/plain; charset=ISO-8859-1\\n\"\n\n"
            + "msgid \"Song\"\nmsgstr \"Canci\u00f3n\"\n";
    Files.write(po, poText.getBytes(StandardCharsets.ISO_8859_1));
    Bundle b = BundleReader.read(po, null, null);
    Unit song = b.units().get(b.units().size() - 1);
    assertThat(song.target().text()).isEqualTo("Canción");
    assertThat(b.targetText()).isEqualTo(poText);
    Path xlf = dir.resolve("a.xlf");
    String xliff =
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<xliff version=\"1.2\"><file"
            + " source-language=\"en\" target-language=\"es\" original=\"x\"><body>"
            + "<trans-unit id=\"1\"><source>Song</source><target>Canci\u00f3n</target>"
            + "</trans-unit></body></file></xliff>\n";
    Files.write(xlf, xliff.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(BundleReader.read(xlf, null, null).units().get(0).target().text())
        .isEqualTo("Canción");
    // no declaration, or a template's placeholder: UTF-8, and bytes that are not fail
    Path template = dir.resolve("t.po");
    Files.write(
        template,
        "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=CHARSET\\n\"\n\nmsgid \"a\"\nmsgstr \"\u00e9\"\n"
            .getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> BundleReader.read(template, null, null))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("t.po")
        .hasMessageContaining("UTF-8");
  }

  @Test
  void read_should_refuse_a_lone_bundle_and_a_bilingual_file_with_a_second_file() {
    assertThatThrownBy(() -> BundleReader.read("en.json", "{}", null, null, null))
        .isInstanceOf(DriftInputException.class)
        .hasMessage(
            "en.json: a json bundle holds one language: give its translation as the second file");
    assertThatThrownBy(() -> BundleReader.read("a.po", "", "b.po", "", null))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("a.po: a po file holds both languages");
    assertThatThrownBy(() -> BundleReader.read("a.txt", "prose", null, null, null))
        .hasMessage("a.txt: not a translation file (XLIFF, PO, .properties or JSON)");
  }
}
