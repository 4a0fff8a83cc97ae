package dev.drift;

import dev.drift.language.LanguageGuard;
import dev.drift.translate.DocumentTranslators;

/** The language guard a checker's options call for (moved out of the facade to keep it small). */
final class LanguageGuards {
  private LanguageGuards() {}

  /**
   * The guard for a comparison under these options.
   *
   * @param options the checker's options
   * @param translators the checker's translate stage
   * @return the guard
   */
  static LanguageGuard of(DriftOptions options, DocumentTranslators translators) {
    return LanguageGuard.of(
        options.model().bundled()
            ? LanguageGuard.Model.ENGLISH_ONLY
            : LanguageGuard.Model.MULTILINGUAL,
        false,
        options.translationLanguage() == null,
        translators::translates);
  }
}
