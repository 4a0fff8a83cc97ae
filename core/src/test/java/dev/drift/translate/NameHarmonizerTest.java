package dev.drift.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameHarmonizerTest {
  @Test
  void spellings_should_take_the_original_spelling_of_a_name_the_translator_passed_through() {
    Map<String, String> spellings =
        NameHarmonizer.spellings(
            Map.of("Judá", "Judá", "Faraón", "Pharaoh", "Azeca", "Azeca"),
            List.of(
                "David was of Beth-lehem-judah.",
                "Shochoh belongeth to Judah, near Azekah.",
                "Pharaoh heard it."));

    assertThat(spellings)
        .as("a compound's lower-case part does not make Judah an ordinary word")
        .containsEntry("Judá", "Judah")
        .containsEntry("Azeca", "Azekah")
        .doesNotContainKey("Faraón");
    assertThat(NameHarmonizer.apply("Shochoh is of Judá.", spellings))
        .isEqualTo("Shochoh is of Judah.");
  }

  @Test
  void spellings_should_leave_a_word_the_original_writes_in_lower_case() {
    Map<String, String> passed = Map.of("Pablo", "Pablo");

    assertThat(NameHarmonizer.spellings(passed, List.of("And Paul came.")))
        .containsEntry("Pablo", "Paul");
    assertThat(NameHarmonizer.spellings(passed, List.of("And Paul came.", "He had a paul.")))
        .isEmpty();
  }
}
