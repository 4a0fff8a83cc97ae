package dev.drift.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Choosing Apertium's mode and Debian's package from two languages, without Apertium. */
class ApertiumTranslatorTest {
  static final List<String> DEBIAN = List.of("eng-spa", "spa-eng", "spa-eng_US");

  @Test
  void mode_should_prefer_the_exact_pair_to_a_variant() {
    assertThat(ApertiumTranslator.mode(DEBIAN, "es", "en")).contains("spa-eng");
    assertThat(ApertiumTranslator.mode(DEBIAN, "en", "es")).contains("eng-spa");
    assertThat(ApertiumTranslator.mode(List.of("spa-eng_US", "spa-eng"), "es", "en"))
        .contains("spa-eng");
  }

  @Test
  void mode_should_take_a_variant_when_it_is_the_only_one() {
    assertThat(ApertiumTranslator.mode(List.of("spa-eng_US"), "es", "en")).contains("spa-eng_US");
  }

  @Test
  void mode_should_read_regional_tags_and_two_letter_modes() {
    assertThat(ApertiumTranslator.mode(DEBIAN, "es-MX", "en-GB")).contains("spa-eng");
    assertThat(ApertiumTranslator.mode(List.of("eo-en"), "eo", "en")).contains("eo-en");
    assertThat(ApertiumTranslator.mode(List.of("hbs-eng"), "sr", "en")).contains("hbs-eng");
  }

  @Test
  void mode_should_find_nothing_for_a_pair_that_is_not_installed() {
    assertThat(ApertiumTranslator.mode(DEBIAN, "fr", "en")).isEmpty();
    assertThat(ApertiumTranslator.mode(DEBIAN, "es", "fr")).isEmpty();
    assertThat(ApertiumTranslator.mode(List.of(), "es", "en")).isEmpty();
  }

  @Test
  void packageFor_should_name_debian_package_in_either_direction() {
    assertThat(ApertiumTranslator.packageFor("es", "en")).contains("apertium-eng-spa");
    assertThat(ApertiumTranslator.packageFor("en-US", "es-MX")).contains("apertium-eng-spa");
    assertThat(ApertiumTranslator.packageFor("ca", "en")).contains("apertium-eng-cat");
    assertThat(ApertiumTranslator.packageFor("fr", "en")).isEmpty();
  }

  @Test
  void unmark_should_drop_the_marks_apertium_adds() {
    assertThat(ApertiumTranslator.unmark("Xyzq vino", "*Xyzq #come @to")).isEqualTo("Xyzq come to");
  }

  @Test
  void unmark_should_keep_a_mark_the_sentence_itself_has() {
    assertThat(
            ApertiumTranslator.unmark("Escriba a @maria sobre el #5", "Write to @maria on the #5"))
        .isEqualTo("Write to @maria on the #5");
    assertThat(ApertiumTranslator.unmark("Vea #5 y @ana", "See #5 and @*ana"))
        .isEqualTo("See #5 and @ana");
  }
}
