package dev.drift.config;

import dev.drift.DriftOptions;
import dev.drift.batch.BatchRequest;
import dev.drift.batch.MissingPolicy;
import dev.drift.batch.TranslationPattern;
import dev.drift.batch.TranslationTree;
import dev.drift.embed.ModelSettings;
import dev.drift.embed.Pooling;
import dev.drift.load.InputFormat;
import dev.drift.report.ReportFormat;
import dev.drift.shift.Glossary;
import dev.drift.shift.Range;
import dev.drift.shift.Severity;
import dev.drift.shift.Wording;
import dev.drift.translate.TranslatorSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One setting drift can be given: its name, which is the same everywhere (configuration key, Maven
 * parameter {@code <maxDrift>} and property {@code drift.maxDrift}; the command line spells it as
 * an option such as {@code --max-drift}), its type, how it is read from text, how it is checked,
 * and where it goes ({@link DriftOptions} or {@link BatchRequest}). The registry of every setting
 * is {@link #all()}. Immutable.
 *
 * @param <T> the value's type
 */
public final class Setting<T> {
  private static final Map<String, Setting<?>> ALL = new LinkedHashMap<>();

  // ---- the comparison: languages, format, thresholds, severity, model, cache ----

  /** The directory holding the originals (check, the Maven plugin). */
  public static final Setting<Path> SOURCE_DIRECTORY =
      of("sourceDirectory", Path.class, Path::of).batch(BatchRequest.Builder::optSourceDirectory);

  /**
   * The originals' language; given with a source directory of another layer, it is not carried over
   * to this one's (a directory named {@code fr} is French unless said otherwise).
   */
  public static final Setting<String> SOURCE_LANGUAGE =
      of("sourceLanguage", String.class, Function.identity())
          .check(Setting::checkLanguage)
          .describes(SOURCE_DIRECTORY)
          .options(DriftOptions.Builder::optOriginalLanguage)
          .batch(BatchRequest.Builder::optSourceLanguage);

  /** The translation's language (compare only: in a tree each directory has its own). */
  public static final Setting<String> TRANSLATION_LANGUAGE =
      of("translationLanguage", String.class, Function.identity())
          .check(Setting::checkLanguage)
          .notInFile()
          .options(DriftOptions.Builder::optTranslationLanguage);

  /** The format of every input file; unset decides by extension and content. */
  public static final Setting<InputFormat> INPUT_FORMAT =
      of("inputFormat", InputFormat.class, InputFormat::parse)
          .options(DriftOptions.Builder::optInputFormat);

  /** The highest document drift that passes. */
  public static final Setting<Double> MAX_DRIFT =
      number("maxDrift", 0, 1).options(DriftOptions.Builder::optMaxDrift);

  /** The lowest cosine similarity a matched pair may have. */
  public static final Setting<Double> MIN_SIMILARITY =
      number("minSimilarity", -1, 1).options(DriftOptions.Builder::optMinSimilarity);

  /** The least severe shift that fails (the command line's {@code --fail-on}). */
  public static final Setting<Severity> FAIL_SEVERITY =
      of("failSeverity", Severity.class, Severity::parse).options(DriftOptions.Builder::optFailOn);

  /** The severity of a whole sentence dropped or added. */
  public static final Setting<Severity> SENTENCE_SEVERITY =
      of("sentenceSeverity", Severity.class, Severity::parse)
          .options(DriftOptions.Builder::optSentenceSeverity);

  /** How closely the translation keeps the original's words: auto, literal or free. */
  public static final Setting<Wording> WORDING =
      of("wording", Wording.class, Wording::parse).options(DriftOptions.Builder::optWording);

  /** The impact score from which a wording change is a warning. */
  public static final Setting<Double> WARNING_SCORE =
      number("warningScore", 0, 1).options(DriftOptions.Builder::optWarningScore);

  /** The impact score from which a wording change is an error. */
  public static final Setting<Double> ERROR_SCORE =
      number("errorScore", 0, 1).options(DriftOptions.Builder::optErrorScore);

  /** Terms whose rendering is prescribed (the configuration file only). */
  public static final Setting<Glossary> GLOSSARY =
      of("glossary", Glossary.class, null).options(DriftOptions.Builder::optGlossary);

  /** A model directory, a bundled model's name or {@code auto}. */
  public static final Setting<Path> MODEL =
      of("model", Path.class, Path::of)
          .check(ModelSettings::checkName)
          .options(DriftOptions.Builder::optModel);

  /** The pooling of token vectors. */
  public static final Setting<Pooling> POOLING =
      of("pooling", Pooling.class, Setting::pooling).options(DriftOptions.Builder::optPooling);

  /** Whether sentence vectors are scaled to unit length. */
  public static final Setting<Boolean> NORMALIZE =
      flag("normalize").options(DriftOptions.Builder::optNormalize);

  /** Where drift extracts models and keeps its cache. */
  public static final Setting<Path> CACHE_DIRECTORY =
      of("cacheDirectory", Path.class, Path::of).options(DriftOptions.Builder::optCacheDirectory);

  /** Whether embeddings and reports are kept between runs. */
  public static final Setting<Boolean> USE_CACHE =
      flag("useCache").options(DriftOptions.Builder::optCache);

  /**
   * The translator of a translation in another language: {@code apertium} or a command line, one
   * for every language or one per language ({@code {es: apertium, fr: "my-mt --to en"}}).
   */
  @SuppressWarnings("unchecked")
  public static final Setting<Map<String, String>> TRANSLATOR =
      of("translator", (Class<Map<String, String>>) (Class<?>) Map.class, Setting::translators)
          .check(t -> new TranslatorSettings(t, TranslatorSettings.DEFAULT_TIMEOUT))
          .options(DriftOptions.Builder::optTranslators);

  /** How many seconds a translator may take for one document. */
  public static final Setting<Double> TRANSLATOR_TIMEOUT =
      number("translatorTimeout", 1, 86_400)
          .options(
              (b, seconds) -> b.optTranslatorTimeout(Duration.ofMillis((long) (seconds * 1000))));

  // ---- the trees: which files, and what happens to those without counterpart ----

  /** Translation directories, each with its language. */
  @SuppressWarnings("unchecked")
  public static final Setting<List<TranslationTree>> TRANSLATION_DIRECTORIES =
      of("translationDirectories", (Class<List<TranslationTree>>) (Class<?>) List.class, null)
          .batch(BatchRequest.Builder::optTranslations);

  /**
   * A pattern naming more translation directories; it and the directories are one choice: a layer
   * that sets either replaces both of a lower one.
   */
  public static final Setting<TranslationPattern> TRANSLATION_PATTERN =
      of("translationPattern", TranslationPattern.class, null)
          .describes(TRANSLATION_DIRECTORIES)
          .batch(BatchRequest.Builder::optPattern);

  static {
    TRANSLATION_DIRECTORIES.describes(TRANSLATION_PATTERN);
  }

  /**
   * Directories of translation files checked on their own, with no translation tree: XLIFF and PO
   * files alone, each {@code messages_es.properties} against the {@code messages.properties} beside
   * it, {@code es.json} against {@code en.json}.
   */
  @SuppressWarnings("unchecked")
  public static final Setting<List<Path>> BUNDLE_DIRECTORIES =
      of(
              "bundleDirectories",
              (Class<List<Path>>) (Class<?>) List.class,
              text ->
                  java.util.Arrays.stream(text.split(","))
                      .map(String::trim)
                      .filter(t -> !t.isEmpty())
                      .map(Path::of)
                      .toList())
          .batch(BatchRequest.Builder::optBundleDirectories);

  /** Globs of the files to check. */
  public static final Setting<List<String>> INCLUDES =
      globs("includes").batch(BatchRequest.Builder::optIncludes);

  /** Globs of the files to leave out. */
  public static final Setting<List<String>> EXCLUDES =
      globs("excludes").batch(BatchRequest.Builder::optExcludes);

  /** What happens to a file without counterpart. */
  public static final Setting<MissingPolicy> MISSING_COUNTERPARTS =
      of("missingCounterparts", MissingPolicy.class, MissingPolicy::parse)
          .batch(BatchRequest.Builder::optMissingPolicy);

  /** Shifts accepted on review. */
  public static final Setting<Path> BASELINE =
      of("baseline", Path.class, Path::of).batch(BatchRequest.Builder::optBaseline);

  // ---- the output ----

  /** The report formats written to the output directory. */
  @SuppressWarnings("unchecked")
  public static final Setting<List<ReportFormat>> FORMATS =
      of("formats", (Class<List<ReportFormat>>) (Class<?>) List.class, Setting::formats)
          .batch(BatchRequest.Builder::optFormats);

  /** Where report files go. */
  public static final Setting<Path> OUTPUT_DIRECTORY =
      of("outputDirectory", Path.class, Path::of).batch(BatchRequest.Builder::optOutputDirectory);

  /** The least severe shift the text report shows. */
  public static final Setting<Severity> MIN_SEVERITY =
      of("minSeverity", Severity.class, Severity::parse);

  private final String key;
  private final Class<T> type;
  private final Function<String, T> parser;
  private Consumer<T> check = v -> {};
  private double min = Double.NaN;
  private double max = Double.NaN;
  private boolean inFile = true;
  private Setting<?> describes;
  private BiConsumer<DriftOptions.Builder, T> options;
  private BiConsumer<BatchRequest.Builder, T> batch;

  private Setting(String key, Class<T> type, Function<String, T> parser) {
    this.key = key;
    this.type = type;
    this.parser = parser;
  }

  private static <T> Setting<T> of(String key, Class<T> type, Function<String, T> parser) {
    Setting<T> s = new Setting<>(key, type, parser);
    ALL.put(key, s);
    return s;
  }

  private static Setting<Double> number(String key, double min, double max) {
    Setting<Double> s = of(key, Double.class, Setting::parseNumber);
    s.min = min;
    s.max = max;
    return s.check(v -> Range.check(key, v, min, max));
  }

  private static Setting<Boolean> flag(String key) {
    return of(key, Boolean.class, Setting::parseFlag);
  }

  @SuppressWarnings("unchecked")
  private static Setting<List<String>> globs(String key) {
    return of(key, (Class<List<String>>) (Class<?>) List.class, text -> List.of(text.split(",")))
        .check(globs -> globs.forEach(BatchRequest::checkGlob));
  }

  private Setting<T> check(Consumer<T> check) {
    this.check = check;
    return this;
  }

  private Setting<T> notInFile() {
    inFile = false;
    return this;
  }

  private Setting<T> describes(Setting<?> other) {
    describes = other;
    return this;
  }

  private Setting<T> options(BiConsumer<DriftOptions.Builder, T> target) {
    options = target;
    return this;
  }

  private Setting<T> batch(BiConsumer<BatchRequest.Builder, T> target) {
    batch = target;
    return this;
  }

  /**
   * Every setting, in the order of the documentation.
   *
   * @return the registry
   */
  public static Map<String, Setting<?>> all() {
    return Collections.unmodifiableMap(ALL);
  }

  /**
   * The setting's name: its configuration key and Maven parameter.
   *
   * @return the key, such as {@code maxDrift}
   */
  public String key() {
    return key;
  }

  /**
   * The type of its values.
   *
   * @return the class
   */
  public Class<T> type() {
    return type;
  }

  /**
   * Whether the configuration file may set it.
   *
   * @return false for settings only a command line has
   */
  public boolean inFile() {
    return inFile;
  }

  /**
   * For a number, its least allowed value.
   *
   * @return the bound, or NaN for other settings
   */
  public double min() {
    return min;
  }

  /**
   * For a number, its greatest allowed value.
   *
   * @return the bound, or NaN for other settings
   */
  public double max() {
    return max;
  }

  /**
   * The setting this one belongs with, if any: a layer that sets that one hides this one in the
   * layers below it.
   *
   * @return the other setting, or {@code null}
   */
  public Setting<?> describes() {
    return describes;
  }

  /**
   * Reads a value written as text (a Maven parameter, a system property).
   *
   * @param text the text
   * @return the value, checked
   * @throws IllegalArgumentException saying what is wrong, or if the setting has no text form
   */
  public T parse(String text) {
    if (parser == null) {
      throw new IllegalArgumentException(key + " cannot be given as text");
    }
    return checked(parser.apply(text.trim()));
  }

  /**
   * Checks a value.
   *
   * @param value the value
   * @return the value
   * @throws IllegalArgumentException saying what is wrong with it
   */
  public T checked(T value) {
    try {
      check.accept(value);
    } catch (dev.drift.DriftInputException e) {
      // Range and glob checks name the setting themselves; callers add their own name for it.
      String message = e.getMessage();
      throw new IllegalArgumentException(
          message.startsWith(key + " ") ? message.substring(key.length() + 1) : message, e);
    }
    return value;
  }

  void applyTo(DriftOptions.Builder builder, Object value) {
    if (options != null) {
      options.accept(builder, type.cast(value));
    }
  }

  void applyTo(BatchRequest.Builder builder, Object value) {
    if (batch != null) {
      batch.accept(builder, type.cast(value));
    }
  }

  @Override
  public String toString() {
    return key;
  }

  private static double parseNumber(String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("must be a number, not '" + text + "'", e);
    }
  }

  private static boolean parseFlag(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException("must be true or false, not '" + text + "'");
    };
  }

  /**
   * A translator as text: one for every language ({@code apertium}), or per language ({@code
   * es=apertium,fr=my-mt --to en}).
   */
  private static Map<String, String> translators(String text) {
    Map<String, String> map = new LinkedHashMap<>();
    if (!text.contains("=")) {
      map.put(TranslatorSettings.ANY, text);
      return map;
    }
    for (String part : text.split(",")) {
      int eq = part.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException(
            "must be a translator, or language=translator pairs separated by commas, not '"
                + text
                + "'");
      }
      String language = part.substring(0, eq).strip();
      if (!language.equals(TranslatorSettings.ANY)) {
        checkLanguage(language.replace('_', '-'));
      }
      map.put(language, part.substring(eq + 1).strip());
    }
    return map;
  }

  private static Pooling pooling(String text) {
    try {
      return Pooling.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown pooling '" + text + "' (expected mean, cls or max)", e);
    }
  }

  private static List<ReportFormat> formats(String text) {
    List<ReportFormat> formats = new ArrayList<>();
    for (String name : text.split(",")) {
      if (!name.isBlank()) {
        ReportFormat f = ReportFormat.parse(name);
        if (!formats.contains(f)) {
          formats.add(f);
        }
      }
    }
    return formats;
  }

  /**
   * Checks a BCP 47 language tag.
   *
   * @param tag the tag
   * @throws IllegalArgumentException if it is malformed or names no language
   */
  static void checkLanguage(String tag) {
    try {
      Locale locale = new Locale.Builder().setLanguageTag(tag).build();
      if (locale.getLanguage().isEmpty()) {
        throw new IllegalArgumentException("'" + tag + "' names no language");
      }
    } catch (java.util.IllformedLocaleException e) {
      throw new IllegalArgumentException(
          "'" + tag + "' is not a BCP 47 language tag (e.g. en, fr, pt-BR)", e);
    }
  }
}
