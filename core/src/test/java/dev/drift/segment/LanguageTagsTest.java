package dev.drift.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTagsTest {
  @Test
  void primary_should_drop_region_and_script_and_lower_the_case() {
    assertThat(LanguageTags.primary("es-MX")).isEqualTo("es");
    assertThat(LanguageTags.primary("EN")).isEqualTo("en");
    assertThat(LanguageTags.primary("zh-Hant-TW")).isEqualTo("zh");
    assertThat(LanguageTags.primary("")).isEmpty();
  }

  @Test
  void same_should_compare_primary_subtags_only() {
    assertThat(LanguageTags.same("en-GB", "en")).isTrue();
    assertThat(LanguageTags.same("pt-BR", "PT-pt")).isTrue();
    assertThat(LanguageTags.same("en", "es")).isFalse();
  }
}
