package dev.drift.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.DriftInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonBundleReaderTest {
  private static final String JSON =
      """
      {
        "app": {"title": "Caf\\u00e9 \\"Bar\\"", "count": 3, "menu": {"open": "Open"}},
        "list": ["first", {"deep": "second"}],
        "flag": true,
        "greeting": "Hi {{name}}"
      }
      """;

  @Test
  void read_should_flatten_nested_keys_with_dots_and_skip_non_strings() {
    List<Keyed> read = JsonBundleReader.read("en.json", JSON);
    assertThat(read)
        .extracting(Keyed::key)
        .containsExactly("app.title", "app.menu.open", "list.0", "list.1.deep", "greeting");
    assertThat(read.get(0).value().text()).isEqualTo("Café \"Bar\"");
  }

  @Test
  void read_should_give_raw_offsets_inside_the_quotes() {
    Keyed title = JsonBundleReader.read("en.json", JSON).get(0);
    assertThat(JSON.substring(title.value().start(), title.value().end()))
        .isEqualTo("Caf\\u00e9 \\\"Bar\\\"");
    int e = title.value().text().indexOf('é');
    assertThat(JSON.substring(title.value().prose().rawStart(e), title.value().prose().rawEnd(e)))
        .isEqualTo("\\u00e9");
  }

  @Test
  void read_should_name_the_line_of_malformed_json_and_refuse_a_top_level_array() {
    assertThatThrownBy(() -> JsonBundleReader.read("bad.json", "{\n  \"a\": \"b\",\n  \"c\" 1\n}"))
        .isInstanceOf(DriftInputException.class)
        .hasMessageStartingWith("bad.json:3: malformed JSON: ")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> JsonBundleReader.read("arr.json", "[\"a\"]"))
        .hasMessage("arr.json:1: a JSON message bundle must be an object of messages");
  }
}
