package dev.drift.translate;

import dev.drift.segment.LanguageTags;
import dev.drift.segment.SegmentedDocument;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The translate stage of one checker: a {@link DocumentTranslator} for each translation language
 * met, created on first use, so that a translation whose prose reads as another language than the
 * declared one is rendered by the translator configured for the language it is in. Thread-safe.
 */
public final class DocumentTranslators {
  private final TranslatorSettings settings;
  private final String target;
  private final String declared;
  private final Optional<? extends RenderingStore> store;
  private final Map<String, DocumentTranslator> byLanguage = new ConcurrentHashMap<>();

  private DocumentTranslators(
      TranslatorSettings settings,
      String target,
      String declared,
      Optional<? extends RenderingStore> store) {
    this.settings = settings;
    this.target = target;
    this.declared = declared;
    this.store = store;
  }

  /**
   * The stage for a checker, with the translator of the declared translation language created at
   * once, so that one that is not installed is reported before any document is read.
   *
   * @param settings the configured translators
   * @param target the language renderings are in (the original's)
   * @param declared the declared translation language
   * @param store where renderings are kept between runs, if anywhere
   * @return the stage
   * @throws dev.drift.DriftInputException if the declared language's translator is not installed or
   *     cannot render into {@code target}
   */
  public static DocumentTranslators create(
      TranslatorSettings settings,
      String target,
      String declared,
      Optional<? extends RenderingStore> store) {
    DocumentTranslators translators = new DocumentTranslators(settings, target, declared, store);
    translators.forLanguage(declared);
    return translators;
  }

  /**
   * What the renderings of a translation in the declared language depend on (its translator's
   * program, mode and data), for the keys of cached reports: a translator upgraded or edited in
   * place must not be served reports of the old one.
   *
   * @return the translator's identity and the languages, or empty when no translator runs
   */
  public String identity() {
    return forLanguage(declared).identity();
  }

  /**
   * Whether a translation in a language is rendered before it is embedded: a translator is
   * configured for it and it is not the original's language.
   *
   * @param language the translation's language
   * @return whether it is rendered
   */
  public boolean translates(String language) {
    return !LanguageTags.same(language, target) && settings.forLanguage(language).isPresent();
  }

  /**
   * Renders a translation into the original's language with the translator of the language it is in
   * ({@link SegmentedDocument#language()}); passes it through when there is none.
   *
   * @param document the translation
   * @param original the original, whose names the rendering takes
   * @return the document, rendered when a translator is configured for its language
   * @throws dev.drift.DriftInputException if that translator is not installed
   * @throws dev.drift.DriftException if it fails
   */
  public SegmentedDocument render(SegmentedDocument document, SegmentedDocument original) {
    return forLanguage(document.language()).render(document, original);
  }

  private DocumentTranslator forLanguage(String language) {
    return byLanguage.computeIfAbsent(
        LanguageTags.primary(language),
        l -> DocumentTranslator.create(settings.translator(language, target), target, store));
  }
}
