package dev.drift;

import dev.drift.align.Aligner;
import dev.drift.embed.CacheSettings;
import dev.drift.embed.ModelSettings;
import dev.drift.embed.Pooling;
import dev.drift.load.InputFormat;
import dev.drift.score.Thresholds;
import dev.drift.shift.Glossary;
import dev.drift.shift.Severity;
import dev.drift.shift.ShiftOptions;
import dev.drift.shift.Wording;
import dev.drift.translate.TranslatorSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;

/**
 * Everything a comparison can be told, in groups: the languages and input format, the {@link
 * Thresholds} a pair must keep, how shifts are graded ({@link ShiftOptions}), the model ({@link
 * ModelSettings}), the cache ({@link CacheSettings}) and the aligner's settings. Immutable; build
 * one in DJL's style:
 *
 * <pre>{@code
 * DriftOptions options =
 *     DriftOptions.builder().optTranslationLanguage("fr").optMaxDrift(0.25).build();
 * }</pre>
 *
 * @param originalLanguage BCP 47 language of the original, used for segmentation
 * @param translationLanguage language of the translation, or {@code null} for the original's
 * @param inputFormat format of both files, or {@code null} to decide by extension and content
 * @param thresholds the pass/fail limits
 * @param shifts how wording shifts are graded
 * @param model which model embeds the sentences
 * @param cache where extracted models and cached results live, and whether results are reused
 * @param translator which translator renders a translation in another language into the original's,
 *     per language
 * @param alignment the aligner's settings
 */
public record DriftOptions(
    String originalLanguage,
    String translationLanguage,
    InputFormat inputFormat,
    Thresholds thresholds,
    ShiftOptions shifts,
    ModelSettings model,
    CacheSettings cache,
    TranslatorSettings translator,
    Aligner.Options alignment) {

  /**
   * Creates options.
   *
   * @throws DriftInputException if a language tag is malformed or a group is missing
   */
  public DriftOptions {
    checkLanguage(originalLanguage);
    if (translationLanguage != null) {
      checkLanguage(translationLanguage);
    }
    if (thresholds == null
        || shifts == null
        || model == null
        || cache == null
        || alignment == null) {
      throw new DriftInputException("incomplete options: every group must be given");
    }
  }

  private static void checkLanguage(String tag) {
    if (tag == null) {
      throw new DriftInputException("no language given");
    }
    try {
      Locale locale = new Locale.Builder().setLanguageTag(tag).build();
      if (locale.getLanguage().isEmpty()) {
        throw new DriftInputException("language '" + tag + "' names no language");
      }
    } catch (IllformedLocaleException e) {
      throw new DriftInputException(
          "'" + tag + "' is not a BCP 47 language tag (e.g. en, fr, pt-BR)", e);
    }
  }

  /**
   * The defaults: English, format by extension, bundled model, default thresholds, cache on.
   *
   * @return the default options
   */
  public static DriftOptions defaults() {
    return builder().build();
  }

  /**
   * A builder starting from the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder(
        new DriftOptions(
            "en",
            null,
            null,
            Thresholds.defaults(),
            ShiftOptions.defaults(),
            ModelSettings.defaults(),
            CacheSettings.defaults(),
            TranslatorSettings.defaults(),
            Aligner.Options.defaults()));
  }

  /**
   * A builder starting from these options.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * The language the translation is segmented as.
   *
   * @return {@link #translationLanguage()}, or the original's when unset
   */
  public String effectiveTranslationLanguage() {
    return translationLanguage != null ? translationLanguage : originalLanguage;
  }

  /**
   * Builds {@link DriftOptions}: {@code optX} methods set what differs from the defaults, and
   * {@link #build()} checks the whole. Not thread-safe.
   */
  public static final class Builder {
    private String originalLanguage;
    private String translationLanguage;
    private InputFormat inputFormat;
    private double maxDrift;
    private double minSimilarity;
    private Severity failOn;
    private double warningScore;
    private double errorScore;
    private Severity sentenceSeverity;
    private Wording wording;
    private Glossary glossary;
    private Path model;
    private Pooling pooling;
    private boolean normalize;
    private Path cacheDirectory;
    private boolean cache;
    private Map<String, String> translators;
    private Duration translatorTimeout;
    private Aligner.Options alignment;

    private Builder(DriftOptions o) {
      originalLanguage = o.originalLanguage;
      translationLanguage = o.translationLanguage;
      inputFormat = o.inputFormat;
      maxDrift = o.thresholds.maxDrift();
      minSimilarity = o.thresholds.minSimilarity();
      failOn = o.thresholds.failOn();
      warningScore = o.shifts.warningScore();
      errorScore = o.shifts.errorScore();
      sentenceSeverity = o.shifts.sentenceSeverity();
      wording = o.shifts.wording();
      glossary = o.shifts.glossary();
      model = o.model.model();
      pooling = o.model.pooling();
      normalize = o.model.normalize();
      cacheDirectory = o.cache.directory();
      cache = o.cache.enabled();
      translators = o.translator.translators();
      translatorTimeout = o.translator.timeout();
      alignment = o.alignment;
    }

    /**
     * Sets the original's language.
     *
     * @param language a BCP 47 tag ({@code en}, {@code pt-BR})
     * @return this builder
     */
    public Builder optOriginalLanguage(String language) {
      originalLanguage = language;
      return this;
    }

    /**
     * Sets the translation's language.
     *
     * @param language a BCP 47 tag, or {@code null} for the original's
     * @return this builder
     */
    public Builder optTranslationLanguage(String language) {
      translationLanguage = language;
      return this;
    }

    /**
     * Sets the input format of both files.
     *
     * @param format the format, or {@code null} to decide by extension and content
     * @return this builder
     */
    public Builder optInputFormat(InputFormat format) {
      inputFormat = format;
      return this;
    }

    /**
     * Sets the highest document drift that passes.
     *
     * @param value in [0, 1]
     * @return this builder
     */
    public Builder optMaxDrift(double value) {
      maxDrift = value;
      return this;
    }

    /**
     * Sets the lowest similarity a matched pair may have.
     *
     * @param value in [-1, 1]
     * @return this builder
     */
    public Builder optMinSimilarity(double value) {
      minSimilarity = value;
      return this;
    }

    /**
     * Sets the least severe shift that fails the verdict.
     *
     * @param severity the severity
     * @return this builder
     */
    public Builder optFailOn(Severity severity) {
      failOn = severity;
      return this;
    }

    /**
     * Sets the impact score from which a wording change is a warning.
     *
     * @param value in [0, 1], at most the error score
     * @return this builder
     */
    public Builder optWarningScore(double value) {
      warningScore = value;
      return this;
    }

    /**
     * Sets the impact score from which a wording change is an error.
     *
     * @param value in [0, 1]
     * @return this builder
     */
    public Builder optErrorScore(double value) {
      errorScore = value;
      return this;
    }

    /**
     * Sets the severity of a whole sentence dropped or added.
     *
     * @param severity the severity
     * @return this builder
     */
    public Builder optSentenceSeverity(Severity severity) {
      sentenceSeverity = severity;
      return this;
    }

    /**
     * Sets how closely the translation keeps the original's words: {@link Wording#AUTO} tells it
     * from the document; {@link Wording#FREE} grades paraphrase as information; {@link
     * Wording#LITERAL} grades every changed word by its impact.
     *
     * @param wording the wording
     * @return this builder
     */
    public Builder optWording(Wording wording) {
      this.wording = wording;
      return this;
    }

    /**
     * Sets the glossary.
     *
     * @param glossary the terms whose rendering is prescribed
     * @return this builder
     */
    public Builder optGlossary(Glossary glossary) {
      this.glossary = glossary;
      return this;
    }

    /**
     * Sets the model.
     *
     * @param model a model directory, a bundled model's name, or {@code null} for the default
     * @return this builder
     */
    public Builder optModel(Path model) {
      this.model = model;
      return this;
    }

    /**
     * Sets the pooling of token vectors.
     *
     * @param pooling the pooling, or {@code null} for the model's own
     * @return this builder
     */
    public Builder optPooling(Pooling pooling) {
      this.pooling = pooling;
      return this;
    }

    /**
     * Sets whether sentence vectors are scaled to unit length.
     *
     * @param normalize whether to normalise
     * @return this builder
     */
    public Builder optNormalize(boolean normalize) {
      this.normalize = normalize;
      return this;
    }

    /**
     * Sets the cache directory.
     *
     * @param directory the directory, or {@code null} for {@link CacheSettings#defaultDirectory()}
     * @return this builder
     */
    public Builder optCacheDirectory(Path directory) {
      cacheDirectory = directory;
      return this;
    }

    /**
     * Sets whether embeddings and reports are kept between runs.
     *
     * @param enabled whether to use the cache
     * @return this builder
     */
    public Builder optCache(boolean enabled) {
      cache = enabled;
      return this;
    }

    /**
     * Sets the translator of every translation language: {@code apertium} or a command line reading
     * one sentence per line.
     *
     * @param translator the translator, or {@code null} for none
     * @return this builder
     */
    public Builder optTranslator(String translator) {
      translators = translator == null ? Map.of() : Map.of(TranslatorSettings.ANY, translator);
      return this;
    }

    /**
     * Sets a translator per translation language (the key {@value TranslatorSettings#ANY} for the
     * others).
     *
     * @param translators the translators by language
     * @return this builder
     */
    public Builder optTranslators(Map<String, String> translators) {
      this.translators = translators == null ? Map.of() : translators;
      return this;
    }

    /**
     * Sets how long a translator may take for one document.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder optTranslatorTimeout(Duration timeout) {
      translatorTimeout = timeout;
      return this;
    }

    /**
     * Sets the aligner's settings.
     *
     * @param alignment the settings
     * @return this builder
     */
    public Builder optAlignment(Aligner.Options alignment) {
      this.alignment = alignment;
      return this;
    }

    /**
     * Checks the settings and builds the options.
     *
     * @return the options
     * @throws DriftInputException naming the first setting that is out of range or malformed
     */
    public DriftOptions build() {
      return new DriftOptions(
          originalLanguage,
          translationLanguage,
          inputFormat,
          new Thresholds(maxDrift, minSimilarity, failOn),
          new ShiftOptions(warningScore, errorScore, sentenceSeverity, glossary, wording),
          new ModelSettings(model, pooling, normalize),
          new CacheSettings(cacheDirectory, cache),
          new TranslatorSettings(translators, translatorTimeout),
          alignment);
    }
  }
}
