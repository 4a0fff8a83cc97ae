package dev.drift.batch;

import dev.drift.DriftInputException;
import dev.drift.DriftOptions;
import dev.drift.report.ReportFormat;
import dev.drift.score.Thresholds;
import dev.drift.shift.ShiftOptions;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What to check: a source tree, its translation trees, which files, and where reports go.
 * Immutable; start from {@link #of} and change what you need with the {@code withX} methods. The
 * constructor validates everything that can be checked without touching the file system, so a bad
 * configuration fails before the model loads.
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
    DriftOptions options) {

  /** The files checked unless told otherwise: Markdown, HTML and plain text. */
  public static final List<String> DEFAULT_INCLUDES = List.of("**/*.md", "**/*.html", "**/*.txt");

  /** The per-document report formats written unless told otherwise. */
  public static final List<ReportFormat> DEFAULT_FORMATS =
      List.of(ReportFormat.JSON, ReportFormat.HTML);

  /** What happens to a file without counterpart unless told otherwise. */
  public static final MissingPolicy DEFAULT_MISSING_POLICY = MissingPolicy.WARN;

  /**
   * Creates and validates a request.
   *
   * @throws DriftInputException if a value is missing or invalid: no translation trees, a source
   *     directory whose name is no language (and no {@code sourceLanguage}), two trees with one
   *     language, a malformed glob, thresholds out of range
   */
  public BatchRequest {
    if (sourceDirectory == null) {
      throw new DriftInputException("no source directory given");
    }
    sourceLanguage =
        sourceLanguage == null
            ? TranslationTree.languageOf(sourceDirectory)
            : TranslationTree.checkLanguage(sourceLanguage, sourceDirectory);
    if (translations == null || translations.isEmpty()) {
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
    checkThresholds(options.thresholds());
    checkShifts(options.shifts());
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
    return new BatchRequest(
        sourceDirectory, null, translations, null, null, null, null, null, null, null);
  }

  /**
   * Returns a copy with another source language.
   *
   * @param language a BCP 47 tag, or {@code null} for the source directory's name
   * @return the copy
   */
  public BatchRequest withSourceLanguage(String language) {
    return new BatchRequest(
        sourceDirectory,
        language,
        translations,
        includes,
        excludes,
        missingPolicy,
        outputDirectory,
        formats,
        baseline,
        options);
  }

  /**
   * Returns a copy with other include and exclude globs.
   *
   * @param includes globs of relative paths to check; {@code null} or empty for the defaults
   * @param excludes globs of relative paths to skip; {@code null} for none
   * @return the copy
   */
  public BatchRequest withFiles(List<String> includes, List<String> excludes) {
    return new BatchRequest(
        sourceDirectory,
        sourceLanguage,
        translations,
        includes,
        excludes,
        missingPolicy,
        outputDirectory,
        formats,
        baseline,
        options);
  }

  /**
   * Returns a copy with another missing-counterpart policy.
   *
   * @param policy the policy
   * @return the copy
   */
  public BatchRequest withMissingPolicy(MissingPolicy policy) {
    return new BatchRequest(
        sourceDirectory,
        sourceLanguage,
        translations,
        includes,
        excludes,
        policy,
        outputDirectory,
        formats,
        baseline,
        options);
  }

  /**
   * Returns a copy that writes reports.
   *
   * @param directory the output directory, or {@code null} to write no files
   * @param formats the per-document formats, or {@code null} for the defaults
   * @return the copy
   */
  public BatchRequest withReports(Path directory, List<ReportFormat> formats) {
    return new BatchRequest(
        sourceDirectory,
        sourceLanguage,
        translations,
        includes,
        excludes,
        missingPolicy,
        directory,
        formats,
        baseline,
        options);
  }

  /**
   * Returns a copy with a baseline file.
   *
   * @param file the baseline, or {@code null} for none
   * @return the copy
   */
  public BatchRequest withBaseline(Path file) {
    return new BatchRequest(
        sourceDirectory,
        sourceLanguage,
        translations,
        includes,
        excludes,
        missingPolicy,
        outputDirectory,
        formats,
        file,
        options);
  }

  /**
   * Returns a copy with other comparison options.
   *
   * @param options the options
   * @return the copy
   */
  public BatchRequest withOptions(DriftOptions options) {
    return new BatchRequest(
        sourceDirectory,
        sourceLanguage,
        translations,
        includes,
        excludes,
        missingPolicy,
        outputDirectory,
        formats,
        baseline,
        options);
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

  private static void checkShifts(ShiftOptions s) {
    for (double score : new double[] {s.warningScore(), s.errorScore()}) {
      if (!(score >= 0 && score <= 1)) {
        throw new DriftInputException(
            "warningScore and errorScore must be between 0 and 1, not " + score);
      }
    }
    if (s.warningScore() > s.errorScore()) {
      throw new DriftInputException(
          "warningScore " + s.warningScore() + " must not be above errorScore " + s.errorScore());
    }
  }

  private static void checkThresholds(Thresholds t) {
    if (t == null) {
      throw new DriftInputException("no thresholds given");
    }
    if (!(t.maxDrift() >= 0 && t.maxDrift() <= 1)) {
      throw new DriftInputException("maxDrift must be between 0 and 1, not " + t.maxDrift());
    }
    if (!(t.minSimilarity() >= -1 && t.minSimilarity() <= 1)) {
      throw new DriftInputException(
          "minSimilarity must be between -1 and 1, not " + t.minSimilarity());
    }
    if (t.failOn() == null) {
      throw new DriftInputException("no failing severity given");
    }
  }
}
