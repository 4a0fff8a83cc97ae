package dev.drift;

import dev.drift.align.Aligner;
import dev.drift.embed.Pooling;
import dev.drift.load.InputFormat;
import dev.drift.score.Thresholds;
import dev.drift.shift.ShiftOptions;
import java.nio.file.Path;

/**
 * Everything a comparison can be told. Immutable; start from {@link #defaults()} and change what
 * you need with the {@code withX} methods.
 *
 * @param originalLanguage BCP 47 language of the original, used for segmentation
 * @param translationLanguage language of the translation, or {@code null} for the original's
 * @param inputFormat format of both files, or {@code null} to decide by extension and content
 * @param modelDirectory a model directory ({@code model.onnx} + {@code tokenizer.json}), or {@code
 *     null} for the bundled all-MiniLM-L6-v2
 * @param pooling pooling of token vectors, or {@code null} for the model's own (mean by default)
 * @param normalize whether sentence vectors are normalised to unit length
 * @param cacheDirectory where extracted models and caches live, or {@code null} for {@link
 *     #defaultCacheDirectory()}
 * @param thresholds the pass/fail limits
 * @param alignment the aligner's settings
 * @param shifts how wording shifts are graded
 * @param cache whether embeddings and reports are kept in the cache directory between runs
 */
public record DriftOptions(
    String originalLanguage,
    String translationLanguage,
    InputFormat inputFormat,
    Path modelDirectory,
    Pooling pooling,
    boolean normalize,
    Path cacheDirectory,
    Thresholds thresholds,
    Aligner.Options alignment,
    ShiftOptions shifts,
    boolean cache) {

  /**
   * The defaults: English, format by extension, bundled model, default thresholds.
   *
   * @return the default options
   */
  public static DriftOptions defaults() {
    return new DriftOptions(
        "en",
        null,
        null,
        null,
        null,
        true,
        null,
        Thresholds.defaults(),
        Aligner.Options.defaults(),
        ShiftOptions.defaults(),
        true);
  }

  /**
   * The cache directory used when none is given: {@code $DRIFT_CACHE_DIR}, else {@code
   * $XDG_CACHE_HOME/drift}, else {@code ~/.cache/drift}.
   *
   * @return the directory (not necessarily existing yet)
   */
  public static Path defaultCacheDirectory() {
    String explicit = System.getenv("DRIFT_CACHE_DIR");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "drift");
    }
    return Path.of(System.getProperty("user.home"), ".cache", "drift");
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
   * The cache directory in effect.
   *
   * @return {@link #cacheDirectory()}, or the default
   */
  public Path effectiveCacheDirectory() {
    return cacheDirectory != null ? cacheDirectory : defaultCacheDirectory();
  }

  /**
   * Returns a copy with another original language.
   *
   * @param language a BCP 47 tag
   * @return the copy
   */
  public DriftOptions withOriginalLanguage(String language) {
    return new DriftOptions(
        language,
        translationLanguage,
        inputFormat,
        modelDirectory,
        pooling,
        normalize,
        cacheDirectory,
        thresholds,
        alignment,
        shifts,
        cache);
  }

  /**
   * Returns a copy with another translation language.
   *
   * @param language a BCP 47 tag, or {@code null} for the original's
   * @return the copy
   */
  public DriftOptions withTranslationLanguage(String language) {
    return new DriftOptions(
        originalLanguage,
        language,
        inputFormat,
        modelDirectory,
        pooling,
        normalize,
        cacheDirectory,
        thresholds,
        alignment,
        shifts,
        cache);
  }

  /**
   * Returns a copy with another input format.
   *
   * @param format the format, or {@code null} to detect
   * @return the copy
   */
  public DriftOptions withInputFormat(InputFormat format) {
    return new DriftOptions(
        originalLanguage,
        translationLanguage,
        format,
        modelDirectory,
        pooling,
        normalize,
        cacheDirectory,
        thresholds,
        alignment,
        shifts,
        cache);
  }

  /**
   * Returns a copy with another model.
   *
   * @param directory a model directory, or {@code null} for the bundled model
   * @return the copy
   */
  public DriftOptions withModelDirectory(Path directory) {
    return new DriftOptions(
        originalLanguage,
        translationLanguage,
        inputFormat,
        directory,
        pooling,
        normalize,
        cacheDirectory,
        thresholds,
        alignment,
        shifts,
        cache);
  }

  /**
   * Returns a copy with another pooling.
   *
   * @param pooling the pooling, or {@code null} for the model's own
   * @return the copy
   */
  public DriftOptions withPooling(Pooling pooling) {
    return new DriftOptions(
        originalLanguage,
        translationLanguage,
        inputFormat,
        modelDirectory,
        pooling,
        normalize,
        cacheDirectory,
        thresholds,
        alignment,
        shifts,
        cache);
  }

  /**
   * Returns a copy with normalisation on or off.
   *
   * @param normalize whether to normalise sentence vectors
   * @return the copy
   */
  public DriftOptions withNormalize(boolean normalize) {
    return new DriftOptions(
        originalLanguage,
        translationLanguage,
        inputFormat,
        modelDirectory,
        pooling,
        normalize,
        cacheDirectory,
        thresholds,
        alignment,
        shifts,
        cache);
  }

  /**
   * Returns a copy with another cache directory.
   *
   * @param directory the directory, or {@code null} for the default
   * @return the copy
   */
  public DriftOptions withCacheDirectory(Path directory) {
    return new DriftOptions(
        originalLanguage,
        translationLanguage,
        inputFormat,
        modelDirectory,
        pooling,
        normalize,
        directory,
        thresholds,
        alignment,
        shifts,
        cache);
  }

  /**
   * Returns a copy with other thresholds.
   *
   * @param thresholds the thresholds
   * @return the copy
   */
  public DriftOptions withThresholds(Thresholds thresholds) {
    return new DriftOptions(
        originalLanguage,
        translationLanguage,
        inputFormat,
        modelDirectory,
        pooling,
        normalize,
        cacheDirectory,
        thresholds,
        alignment,
        shifts,
        cache);
  }

  /**
   * Returns a copy with other alignment settings.
   *
   * @param alignment the settings
   * @return the copy
   */
  public DriftOptions withAlignment(Aligner.Options alignment) {
    return new DriftOptions(
        originalLanguage,
        translationLanguage,
        inputFormat,
        modelDirectory,
        pooling,
        normalize,
        cacheDirectory,
        thresholds,
        alignment,
        shifts,
        cache);
  }

  /**
   * Returns a copy with other shift grading.
   *
   * @param shifts the shift options
   * @return the copy
   */
  public DriftOptions withShifts(ShiftOptions shifts) {
    return new DriftOptions(
        originalLanguage,
        translationLanguage,
        inputFormat,
        modelDirectory,
        pooling,
        normalize,
        cacheDirectory,
        thresholds,
        alignment,
        shifts,
        cache);
  }

  /**
   * Whether both documents are in one language, so shifts come from a word diff.
   *
   * @return true when the primary language subtags are equal
   */
  public boolean sameLanguage() {
    return primary(originalLanguage).equals(primary(effectiveTranslationLanguage()));
  }

  private static String primary(String tag) {
    int dash = tag.indexOf('-');
    return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Returns a copy with the persistent cache on or off.
   *
   * @param cache whether to keep embeddings and reports between runs
   * @return the copy
   */
  public DriftOptions withCache(boolean cache) {
    return new DriftOptions(
        originalLanguage,
        translationLanguage,
        inputFormat,
        modelDirectory,
        pooling,
        normalize,
        cacheDirectory,
        thresholds,
        alignment,
        shifts,
        cache);
  }
}
