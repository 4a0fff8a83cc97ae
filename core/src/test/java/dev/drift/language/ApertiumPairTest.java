package dev.drift.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApertiumPairTest {

  @ParameterizedTest(name = "{0}: {1} from {2}")
  @CsvSource({
    "es, spa-eng, apertium-eng-spa",
    "es-MX, spa-eng, apertium-eng-spa",
    "ca, cat-eng, apertium-eng-cat",
    "gl, gl-en, apertium-en-gl",
    "eu, eu-en, apertium-eu-en",
    "hr, hbs-eng, apertium-hbs-eng",
    "sr-Latn, hbs-eng, apertium-hbs-eng",
    "bs, hbs-eng, apertium-hbs-eng",
    "is, isl-eng, apertium-isl-eng",
    "mk, mkd-eng, apertium-mkd-eng",
    "eo, eo-en, apertium-eo-en"
  })
  void intoEnglish_should_name_the_debian_package_and_its_mode(
      String language, String mode, String pkg) {
    assertThat(ApertiumPair.intoEnglish(language))
        .hasValueSatisfying(
            p -> {
              assertThat(p.mode()).isEqualTo(mode);
              assertThat(p.debianPackage()).isEqualTo(pkg);
              assertThat(p.installCommand()).isEqualTo("apt-get install apertium " + pkg);
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "de", "pt", "en", "zh-CN", "xx"})
  void intoEnglish_should_give_nothing_for_a_language_without_a_debian_pair(String language) {
    assertThat(ApertiumPair.intoEnglish(language)).isEmpty();
  }
}
