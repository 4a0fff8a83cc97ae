package dev.drift.translate;

import dev.drift.DriftInputException;
import dev.drift.segment.LanguageTags;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which translator renders a translation into the original's language, per translation language,
 * and how long it may take. A translator is {@code apertium} (Debian's Apertium, the mode chosen
 * from the two languages) or a command line reading one sentence per line ({@code my-mt --to en}).
 * Immutable.
 *
 * @param translators the translator for each translation language (primary subtag, such as {@code
 *     es}), or for every language under {@value #ANY}
 * @param timeout how long the translator may take for one document
 */
public record TranslatorSettings(Map<String, String> translators, Duration timeout) {
  /** The key of the translator used for languages without one of their own. */
  public static final String ANY = "*";

  /** The name that selects Debian's Apertium. */
  public static final String APERTIUM = "apertium";

  /** How long a translator may take for one document unless told otherwise. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

  /**
   * Creates translator settings.
   *
   * @param translators the translator per language
   * @param timeout the timeout
   * @throws DriftInputException if the timeout is not positive or a translator is blank
   */
  public TranslatorSettings {
    Map<String, String> copy = new LinkedHashMap<>();
    translators.forEach(
        (language, translator) -> {
          if (translator == null || translator.isBlank()) {
            throw new DriftInputException("the translator for " + language + " is empty");
          }
          copy.put(
              language.equals(ANY) ? ANY : LanguageTags.primary(language.replace('_', '-')),
              translator.strip());
        });
    translators = Map.copyOf(copy);
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new DriftInputException("the translator timeout must be a positive number of seconds");
    }
  }

  /**
   * No translator: documents in two languages are compared as written (which a multilingual model
   * can do).
   *
   * @return the defaults
   */
  public static TranslatorSettings defaults() {
    return new TranslatorSettings(Map.of(), DEFAULT_TIMEOUT);
  }

  /**
   * The translator configured for a translation language.
   *
   * @param language the translation's language
   * @return the translator's name or command line, if one is configured
   */
  public Optional<String> forLanguage(String language) {
    String own = translators.get(LanguageTags.primary(language));
    return Optional.ofNullable(own != null ? own : translators.get(ANY));
  }

  /**
   * The translator that renders a translation into the original's language, when the two languages
   * differ and one is configured for the translation's.
   *
   * @param translationLanguage the translation's language
   * @param originalLanguage the original's language
   * @return the translator, if there is one to run
   * @throws DriftInputException if the translator is not installed or cannot render the pair
   */
  public Optional<Translator> translator(String translationLanguage, String originalLanguage) {
    if (LanguageTags.same(translationLanguage, originalLanguage)) {
      return Optional.empty();
    }
    return forLanguage(translationLanguage)
        .map(
            t ->
                t.equalsIgnoreCase(APERTIUM)
                    ? ApertiumTranslator.create(translationLanguage, originalLanguage, timeout)
                    : CommandTranslator.of(t, timeout));
  }
}
