package dev.drift.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.DriftInputException;
import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PropertiesReaderTest {
  private static final String FILE =
      "# comment\n"
          + "! also a comment\n"
          + "  plain = Hello world\n"
          + "colon:value with = sign\n"
          + "space value\\ with escaped space\n"
          + "key\\ with\\:escapes = x\n"
          + "unicode = Estaci\\u00f3n \\t tab\n"
          + "multi = first \\\n"
          + "        second \\\r\n"
          + "   third\n"
          + "empty =\n"
          + "backslash = ends with \\\\\n"
          + "dup = one\n"
          + "dup = two\n"
          + "last = no newline";

  @Test
  void read_should_decode_every_value_as_java_util_properties_does() throws IOException {
    Properties expected = new Properties();
    expected.load(new StringReader(FILE));
    Map<String, String> actual = new LinkedHashMap<>();
    for (Keyed k : PropertiesReader.read("m.properties", FILE)) {
      actual.put(k.key(), k.value().text());
    }
    assertThat(actual).hasSize(expected.size());
    for (String key : expected.stringPropertyNames()) {
      assertThat(actual).containsEntry(key, expected.getProperty(key));
    }
  }

  @Test
  void read_should_map_values_to_their_raw_range() {
    List<Keyed> read = PropertiesReader.read("m.properties", FILE);
    Keyed unicode = read.stream().filter(k -> k.key().equals("unicode")).findFirst().orElseThrow();
    int o = unicode.value().text().indexOf('ó');
    assertThat(
            FILE.substring(unicode.value().prose().rawStart(o), unicode.value().prose().rawEnd(o)))
        .isEqualTo("\\u00f3");
    Keyed multi = read.stream().filter(k -> k.key().equals("multi")).findFirst().orElseThrow();
    int t = multi.value().text().indexOf("third");
    assertThat(
            FILE.substring(multi.value().prose().rawStart(t), multi.value().prose().rawEnd(t + 4)))
        .isEqualTo("third");
    assertThat(read).extracting(Keyed::key).contains("dup").doesNotHaveDuplicates();
  }

  @Test
  void read_should_refuse_a_malformed_unicode_escape_with_its_line() {
    assertThatThrownBy(() -> PropertiesReader.read("bad.properties", "a = b\nc = \\u00zz\n"))
        .isInstanceOf(DriftInputException.class)
        .hasMessage("bad.properties:2: malformed \\uxxxx escape");
  }
}
