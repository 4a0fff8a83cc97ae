package dev.drift.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.DriftOptions;
import dev.drift.load.InputFormat;
import dev.drift.shift.Glossary;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A record written as its own toString() writes it, so the cache's keys stay what they were. */
class RecordTextTest {
  record Inner(String name, double weight, List<Integer> counts) {}

  record Outer(Inner inner, Map<String, Inner> byName, Optional<Inner> maybe, Object nothing) {}

  @Test
  void writes_nested_records_collections_maps_and_optionals_as_toString_does() {
    Map<String, Inner> byName = new LinkedHashMap<>();
    byName.put("a", new Inner("a", 0.5, List.of()));
    byName.put("b", new Inner(null, 1e-9, List.of(3, 4)));
    Outer outer =
        new Outer(new Inner("x", 2, List.of(1)), byName, Optional.of(byName.get("a")), null);
    Outer empty = new Outer(null, Map.of(), Optional.empty(), 'c');

    assertThat(RecordText.of(outer)).isEqualTo(outer.toString());
    assertThat(RecordText.of(empty)).isEqualTo(empty.toString());
    assertThat(RecordText.of("plain")).isEqualTo("plain");
    assertThat(RecordText.of(null)).isEqualTo("null");
  }

  @Test
  void writes_drifts_options_as_their_toString_does() {
    DriftOptions defaults = DriftOptions.defaults();
    DriftOptions busy =
        DriftOptions.builder()
            .optOriginalLanguage("en")
            .optTranslationLanguage("fr")
            .optInputFormat(InputFormat.MARKDOWN)
            .optCacheDirectory(Path.of("/tmp/drift cache"))
            .optGlossary(
                new Glossary(
                    List.of(
                        new Glossary.Term("council", Map.of("fr", "conseil"), List.of("board")))))
            .optTranslators(Map.of("fr", "apertium", "de", "apertium"))
            .optModel(Path.of("models/multilingual"))
            .optNormalize(false)
            .build();

    assertThat(RecordText.of(defaults)).isEqualTo(defaults.toString());
    assertThat(RecordText.of(busy)).isEqualTo(busy.toString());
  }
}
