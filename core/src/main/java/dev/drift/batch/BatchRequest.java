package dev.drift.batch;

import dev.drift.DriftInputException;
import dev.drift.DriftOptions;
import dev.drift.report.ReportFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What to check: a source tree, its translation trees, which files, and where reports go.
 * Immutable; start from {@link #of} or {@link #builder()}. The constructor validates everything
 * that can be checked without touching the file system, so a bad configuration fails before the
 * model loads.
 *
 * @param sourceDirectory the tree holding the originals
 * @param sourceLanguage the originals' language; {@code null} takes the last segment of {@code
 *     sourceDirectory} ({@code src/docs/en} is English)
 * @param translations the translation trees, each with its language (at least one)
 * @param includes globs of relative paths to check; empty means {@link #DEFAULT_INCLUDES}
 * @param excludes globs of relative paths to skip
 * @param missingPolicy what to do about a file with no counterpart
 * @param outputDirectory where per-document reports and the index page go, or {@code null} to write
 *     no files
 * @param formats the formats of the per-document reports; {@code null} means {@link
 *     #DEFAULT_FORMATS}
 * @param baseline a baseline file of accepted shifts, or {@code null}
 * @param options comparison options (thresholds, model); the languages are set per pair
 * @param bundleDirectories directories of translation files checked on their own, without a
 *     translation tree: XLIFF and PO files alone, {@code messages_es.properties} against {@code
 *     messages.properties} beside it, {@code es.json} against {@code en.json} and {@code
 *     es/app.json} against {@code en/app.json} (documents in them are left out)
 */
public record BatchRequest(
    Path sourceDirectory,
    String sourceLanguage,
    List<TranslationTree> translations,
    List<String> includes,
    List<String> excludes,
    MissingPolicy missingPolicy,
    Path outputDirectory,
    List<ReportFormat> formats,
    Path baseline,
    DriftOptions options,
    List<Path> bundleDirectories) {

  /**
   * The files checked unless told otherwise: Markdown, HTML and plain text documents, and the
   * translation files drift reads (XLIFF, PO, {@code .properties} and JSON bundles).
   */
  public static final List<String> DEFAULT_INCLUDES =
      List.of(
          "**/*.md",
          "**/*.html",
          "**/*.txt",
          "**/*.xlf",
          "**/*.xliff",
          "**/*.po",
          "**/*.properties",
          "**/*.json");

  /** The per-document report formats written unless told otherwise. */
  public static final List<ReportFormat> DEFAULT_FORMATS =
      List.of(ReportFormat.JSON, ReportFormat.HTML);

  /** What happens to a file without counterpart unless told otherwise. */
  public static final MissingPolicy DEFAULT_MISSING_POLICY = MissingPolicy.WARN;

  /**
   * Creates and validates a request.
   *
   * @throws DriftInputException if a value is missing or invalid: neither a source directory nor
   *     bundle directories, a source directory without translation trees, a source directory whose
   *     name is no language (and no {@code sourceLanguage}), two trees with one language, a
   *     malformed glob, thresholds out of range
   */
  public BatchRequest {
    bundleDirectories = bundleDirectories == null ? List.of() : List.copyOf(bundleDirectories);
    if (sourceDirectory == null && bundleDirectories.isEmpty()) {
      throw new DriftInputException("no source directory given");
    }
    if (sourceDirectory == null) {
      sourceLanguage =
          sourceLanguage == null
              ? null
              : TranslationTree.checkLanguage(sourceLanguage, bundleDirectories.get(0));
      if (translations != null && !translations.isEmpty()) {
        throw new DriftInputException(
            "translation directories "
                + translations.stream().map(t -> t.directory().toString()).toList()
                + " given without a source directory");
      }
      translations = List.of();
    } else {
      sourceLanguage =
          sourceLanguage == null
              ? TranslationTree.languageOf(sourceDirectory)
              : TranslationTree.checkLanguage(sourceLanguage, sourceDirectory);
    }
    if (sourceDirectory != null && (translations == null || translations.isEmpty())) {
      throw new DriftInputException(
          "no translation directories for "
              + sourceDirectory
              + ": none given, or none matched the pattern");
    }
    translations = List.copyOf(translations);
    Map<String, Path> byLanguage = new HashMap<>();
    for (TranslationTree t : translations) {
      Path other = byLanguage.put(t.language(), t.directory());
      if (other != null) {
        throw new DriftInputException(
            "translation directories "
                + other
                + " and "
                + t.directory()
                + " both have language "
                + t.language()
                + "; give each a language of its own");
      }
    }
    includes = includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : List.copyOf(includes);
    excludes = excludes == null ? List.of() : List.copyOf(excludes);
    includes.forEach(Glob::compile);
    excludes.forEach(Glob::compile);
    missingPolicy = missingPolicy == null ? DEFAULT_MISSING_POLICY : missingPolicy;
    formats = formats == null ? DEFAULT_FORMATS : List.copyOf(formats);
    options = options == null ? DriftOptions.defaults() : options;
  }

  /**
   * The language of originals whose tree does not say it (bundle directories without a source
   * directory): {@code sourceLanguage}, else the options' original language.
   *
   * @return a language tag
   */
  public String originalLanguage() {
    return sourceLanguage != null ? sourceLanguage : options.originalLanguage();
  }

  /**
   * A request with the defaults: every Markdown, HTML and text file, missing counterparts warned
   * about, no report files, default thresholds and the bundled model.
   *
   * @param sourceDirectory the tree holding the originals
   * @param translations the translation trees
   * @return the request
   * @throws DriftInputException as the constructor
   */
  public static BatchRequest of(Path sourceDirectory, List<TranslationTree> translations) {
    return builder().optSourceDirectory(sourceDirectory).optTranslations(translations).build();
  }

  /**
   * A builder with nothing set yet.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder starting from this request.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.sourceDirectory = sourceDirectory;
    b.sourceLanguage = sourceLanguage;
    b.translations.addAll(translations);
    b.includes = includes;
    b.excludes = excludes;
    b.missingPolicy = missingPolicy;
    b.outputDirectory = outputDirectory;
    b.formats = formats;
    b.baseline = baseline;
    b.options = options;
    b.bundleDirectories = bundleDirectories;
    return b;
  }

  /** Builds a {@link BatchRequest}; {@link #build()} checks the whole. Not thread-safe. */
  public static final class Builder {
    private Path sourceDirectory;
    private String sourceLanguage;
    private final List<TranslationTree> translations = new ArrayList<>();
    private TranslationPattern pattern;
    private List<String> includes;
    private List<String> excludes;
    private MissingPolicy missingPolicy;
    private Path outputDirectory;
    private List<ReportFormat> formats;
    private Path baseline;
    private DriftOptions options;
    private List<Path> bundleDirectories;

    private Builder() {}

    /**
     * Sets the directories of translation files checked on their own.
     *
     * @param directories the directories, or {@code null} for none
     * @return this builder
     */
    public Builder optBundleDirectories(List<Path> directories) {
      bundleDirectories = directories;
      return this;
    }

    /**
     * Sets the tree holding the originals.
     *
     * @param directory the directory
     * @return this builder
     */
    public Builder optSourceDirectory(Path directory) {
      sourceDirectory = directory;
      return this;
    }

    /**
     * Sets the originals' language.
     *
     * @param language a BCP 47 tag, or {@code null} for the source directory's name
     * @return this builder
     */
    public Builder optSourceLanguage(String language) {
      sourceLanguage = language;
      return this;
    }

    /**
     * Adds translation trees.
     *
     * @param trees the trees, each with its language
     * @return this builder
     */
    public Builder optTranslations(List<TranslationTree> trees) {
      translations.addAll(trees);
      return this;
    }

    /**
     * Adds the translation trees a pattern matches, once the source directory is known.
     *
     * @param pattern the pattern, or {@code null}
     * @return this builder
     */
    public Builder optPattern(TranslationPattern pattern) {
      this.pattern = pattern;
      return this;
    }

    /**
     * Sets the globs of the files to check.
     *
     * @param globs the globs; {@code null} or empty for {@link #DEFAULT_INCLUDES}
     * @return this builder
     */
    public Builder optIncludes(List<String> globs) {
      includes = globs;
      return this;
    }

    /**
     * Sets the globs of the files to leave out.
     *
     * @param globs the globs, or {@code null} for none
     * @return this builder
     */
    public Builder optExcludes(List<String> globs) {
      excludes = globs;
      return this;
    }

    /**
     * Sets what happens to a file without counterpart.
     *
     * @param policy the policy, or {@code null} for {@link #DEFAULT_MISSING_POLICY}
     * @return this builder
     */
    public Builder optMissingPolicy(MissingPolicy policy) {
      missingPolicy = policy;
      return this;
    }

    /**
     * Sets where report files go.
     *
     * @param directory the directory, or {@code null} to write no files
     * @return this builder
     */
    public Builder optOutputDirectory(Path directory) {
      outputDirectory = directory;
      return this;
    }

    /**
     * Sets the per-document report formats.
     *
     * @param formats the formats, or {@code null} for {@link #DEFAULT_FORMATS}
     * @return this builder
     */
    public Builder optFormats(List<ReportFormat> formats) {
      this.formats = formats;
      return this;
    }

    /**
     * Sets the baseline file.
     *
     * @param file the file, or {@code null} for none
     * @return this builder
     */
    public Builder optBaseline(Path file) {
      baseline = file;
      return this;
    }

    /**
     * Sets the comparison options.
     *
     * @param options the options, or {@code null} for the defaults
     * @return this builder
     */
    public Builder optOptions(DriftOptions options) {
      this.options = options;
      return this;
    }

    /**
     * Checks the settings and builds the request.
     *
     * @return the request
     * @throws DriftInputException as {@link BatchRequest}'s constructor, or if the pattern is
     *     malformed
     */
    public BatchRequest build() {
      List<TranslationTree> trees = new ArrayList<>(translations);
      if (pattern != null && sourceDirectory != null) {
        trees.addAll(pattern.trees(sourceDirectory));
      }
      return new BatchRequest(
          sourceDirectory,
          sourceLanguage,
          trees,
          includes,
          excludes,
          missingPolicy,
          outputDirectory,
          formats,
          baseline,
          options,
          bundleDirectories);
    }
  }

  /**
   * Checks that a glob is well-formed.
   *
   * @param glob a glob such as {@code **}{@code /*.md}
   * @throws DriftInputException if it is malformed
   */
  public static void checkGlob(String glob) {
    Glob.compile(glob);
  }
}
