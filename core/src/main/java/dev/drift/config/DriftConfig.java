package dev.drift.config;

import dev.drift.DriftInputException;
import dev.drift.DriftOptions;
import dev.drift.batch.BatchRequest;
import dev.drift.batch.MissingPolicy;
import dev.drift.batch.TranslationTree;
import dev.drift.report.ReportFormat;
import dev.drift.score.Thresholds;
import dev.drift.shift.Glossary;
import dev.drift.shift.Severity;
import dev.drift.shift.ShiftOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings of a configuration file ({@code drift.yaml}); every value is {@code null} when the
 * file does not set it, so that a shell's own options can take precedence and the defaults fill the
 * rest. Paths are already resolved against the file's directory. Immutable.
 *
 * @param file the file read, or {@code null} when there is none
 * @param sourceDirectory the originals' directory
 * @param sourceLanguage the originals' language
 * @param translationDirectories translation directories with their languages
 * @param translationPattern a pattern such as {@code docs/{lang}} naming more translation
 *     directories
 * @param includes globs of the files to check
 * @param excludes globs of the files to leave out
 * @param missingCounterparts what to do about a file without counterpart
 * @param maxDrift the drift limit
 * @param minSimilarity the similarity limit
 * @param failSeverity the least severe shift that fails
 * @param sentenceSeverity the severity of a dropped or added sentence
 * @param warningScore impact from which a change is a warning
 * @param errorScore impact from which a change is an error
 * @param model a model directory
 * @param glossary the glossary
 * @param baseline the baseline file
 * @param formats report formats
 * @param outputDirectory where report files go
 */
public record DriftConfig(
    Path file,
    Path sourceDirectory,
    String sourceLanguage,
    List<TranslationTree> translationDirectories,
    String translationPattern,
    List<String> includes,
    List<String> excludes,
    MissingPolicy missingCounterparts,
    Double maxDrift,
    Double minSimilarity,
    Severity failSeverity,
    Severity sentenceSeverity,
    Double warningScore,
    Double errorScore,
    Path model,
    Glossary glossary,
    Path baseline,
    List<ReportFormat> formats,
    Path outputDirectory) {

  /**
   * A configuration that sets nothing: everything takes its default.
   *
   * @return the empty configuration
   */
  public static DriftConfig none() {
    return new DriftConfig(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null);
  }

  /**
   * Returns a copy naming the file it was read from.
   *
   * @param file the file
   * @return the copy
   */
  public DriftConfig withFile(Path file) {
    return new DriftConfig(
        file,
        sourceDirectory,
        sourceLanguage,
        translationDirectories,
        translationPattern,
        includes,
        excludes,
        missingCounterparts,
        maxDrift,
        minSimilarity,
        failSeverity,
        sentenceSeverity,
        warningScore,
        errorScore,
        model,
        glossary,
        baseline,
        formats,
        outputDirectory);
  }

  /**
   * Applies the comparison settings: thresholds, shift grading, glossary, model and the originals'
   * language.
   *
   * @param options the options so far (usually {@link DriftOptions#defaults()})
   * @return the options with what this configuration sets
   */
  public DriftOptions applyTo(DriftOptions options) {
    Thresholds t = options.thresholds();
    t = maxDrift == null ? t : t.withMaxDrift(maxDrift);
    t = minSimilarity == null ? t : t.withMinSimilarity(minSimilarity);
    t = failSeverity == null ? t : t.withFailOn(failSeverity);
    ShiftOptions s = options.shifts();
    s = sentenceSeverity == null ? s : s.withSentenceSeverity(sentenceSeverity);
    if (warningScore != null || errorScore != null) {
      s =
          s.withScores(
              warningScore == null ? s.warningScore() : warningScore,
              errorScore == null ? s.errorScore() : errorScore);
    }
    s = glossary == null ? s : s.withGlossary(glossary);
    DriftOptions o = options.withThresholds(t).withShifts(s);
    o = model == null ? o : o.withModelDirectory(model);
    return sourceLanguage == null ? o : o.withOriginalLanguage(sourceLanguage);
  }

  /**
   * Returns this configuration with every value the other one sets taking precedence: a shell's own
   * options over the file's. The file stays this one's, so that a pattern still resolves against
   * it.
   *
   * @param o the overriding values (usually from the command line or the pom)
   * @return the merged configuration
   */
  public DriftConfig overriddenBy(DriftConfig o) {
    boolean trees = o.translationDirectories != null && !o.translationDirectories.isEmpty();
    return new DriftConfig(
        file,
        or(o.sourceDirectory, sourceDirectory),
        or(o.sourceLanguage, sourceLanguage),
        trees ? o.translationDirectories : translationDirectories,
        trees ? null : translationPattern,
        o.includes != null && !o.includes.isEmpty() ? o.includes : includes,
        o.excludes != null && !o.excludes.isEmpty() ? o.excludes : excludes,
        or(o.missingCounterparts, missingCounterparts),
        or(o.maxDrift, maxDrift),
        or(o.minSimilarity, minSimilarity),
        or(o.failSeverity, failSeverity),
        or(o.sentenceSeverity, sentenceSeverity),
        or(o.warningScore, warningScore),
        or(o.errorScore, errorScore),
        or(o.model, model),
        or(o.glossary, glossary),
        or(o.baseline, baseline),
        o.formats != null && !o.formats.isEmpty() ? o.formats : formats,
        or(o.outputDirectory, outputDirectory));
  }

  private static <T> T or(T preferred, T fallback) {
    return preferred != null ? preferred : fallback;
  }

  /**
   * The batch request this configuration describes, over the default options.
   *
   * @return the request
   * @throws DriftInputException if no source directory is set, or as {@link BatchRequest}
   */
  public BatchRequest toBatchRequest() {
    if (sourceDirectory == null) {
      throw new DriftInputException(
          "no sourceDirectory: set it in the build, on the command line or in the configuration"
              + " file"
              + (file == null ? "" : " (" + file + " sets none)"));
    }
    return new BatchRequest(
        sourceDirectory,
        sourceLanguage,
        translations(sourceDirectory),
        includes,
        excludes,
        missingCounterparts,
        outputDirectory,
        formats,
        baseline,
        applyTo(DriftOptions.defaults()));
  }

  /**
   * The translation trees this configuration names: its directories, then those its pattern matches
   * (resolved against the file's directory), except the source directory.
   *
   * @param source the source directory in effect, excluded from the pattern's matches
   * @return the trees, possibly empty
   * @throws dev.drift.DriftInputException if the pattern is malformed or its parent is missing
   */
  public List<TranslationTree> translations(Path source) {
    List<TranslationTree> trees = new ArrayList<>();
    if (translationDirectories != null) {
      trees.addAll(translationDirectories);
    }
    if (translationPattern != null) {
      Path base = file == null || file.getParent() == null ? Path.of("") : file.getParent();
      trees.addAll(TranslationTree.fromPattern(base, translationPattern, source));
    }
    return trees;
  }
}
