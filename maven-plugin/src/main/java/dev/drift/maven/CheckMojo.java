package dev.drift.maven;

import dev.drift.batch.BatchRequest;
import dev.drift.batch.BatchRunner;
import dev.drift.batch.BatchSummary;
import dev.drift.config.ConfigReader;
import dev.drift.config.Setting;
import dev.drift.config.Settings;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks every translation of a documentation tree against its original, paired by relative path,
 * and fails the build when one drifts too far: drift over {@code maxDrift}, a matched pair below
 * {@code minSimilarity}, or a shift at or above {@code failSeverity}, with the defaults of {@code
 * drift compare}; and an application's translation files ({@code bundleDirectories}: resource
 * bundles, XLIFF, PO, JSON) unit by unit. Settings may come from the CLI's configuration file
 * ({@code config}); parameters set in the pom win. Runs offline: the default model is a dependency
 * of this plugin.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractDriftMojo {
  /**
   * A configuration file shared with the command line ({@code drift.yaml}): trees, thresholds,
   * glossary, baseline. Parameters set in the pom override its values.
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.config")
  private File config;

  /**
   * The directory holding the originals (required here or in {@code config}, unless {@code
   * bundleDirectories} is set). Its last path segment is their language ({@code src/docs/en} is
   * English) unless {@code sourceLanguage} is set.
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.sourceDirectory")
  private File sourceDirectory;

  /**
   * The BCP 47 language of the originals. Default: the last segment of {@code sourceDirectory}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.sourceLanguage")
  private String sourceLanguage;

  /**
   * Translation directories: paths whose last segment is the language ({@code src/docs/fr}), or
   * {@code <directory>} and {@code <language>} elements. With {@code -D}: comma-separated paths.
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.translationDirectories")
  private List<TranslationDirectory> translationDirectories;

  /**
   * Adds every directory matching a pattern such as {@code src/docs/{lang}}, where {@code {lang}}
   * stands for a language tag, except {@code sourceDirectory}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.translationPattern")
  private String translationPattern;

  /**
   * Directories of translation files checked on their own, with no translation directory, such as
   * an application's {@code src/main/resources}: each {@code messages_es.properties} against the
   * {@code messages.properties} beside it, {@code es.json} against {@code en.json}, XLIFF and PO
   * files alone. Enough without {@code sourceDirectory}. With {@code -D}: comma-separated paths.
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.bundleDirectories")
  private List<File> bundleDirectories;

  /**
   * Globs of the files to check, relative to each directory. Default: {@code **}{@code /*.md},
   * {@code **}{@code /*.html}, {@code **}{@code /*.txt} and the translation files {@code **}{@code
   * /*.xlf}, {@code *.xliff}, {@code *.po}, {@code *.properties}, {@code *.json}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.includes")
  private List<String> includes;

  /**
   * Globs of files to leave out, relative to each directory. Default: none.
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.excludes")
  private List<String> excludes;

  /**
   * Fail when a document's drift (0 identical, 1 nothing in common) is above this. Default: 0.3.
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.maxDrift")
  private Double maxDrift;

  /**
   * Fail when a matched sentence pair's cosine similarity is below this. Default: 0.55.
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.minSimilarity")
  private Double minSimilarity;

  /**
   * The least severe shift that fails: {@code info}, {@code warning} or {@code error} (default).
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.failSeverity")
  private String failSeverity;

  /**
   * Severity of a whole sentence dropped or added: {@code info}, {@code warning} or {@code error}
   * (default). Lower it for comparable texts that legitimately differ.
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.sentenceSeverity")
  private String sentenceSeverity;

  /**
   * How closely the translations keep the originals' words: {@code auto} (default: told from each
   * document), {@code literal} (revisions and copies: every changed word graded by its impact) or
   * {@code free} (independent translations: paraphrase is information).
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.wording")
  private String wording;

  /**
   * Impact score (0 to 1) from which a wording change is a warning. Default: 0.45.
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.warningScore")
  private Double warningScore;

  /**
   * Impact score (0 to 1) from which a wording change is an error. Default: 0.75.
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.errorScore")
  private Double errorScore;

  /**
   * Whether a drifting translation fails the build; {@code false} only reports it.
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.failOnDrift", defaultValue = "true")
  private boolean failOnDrift;

  /**
   * An original without translation in a listed language, or a translation without original: {@code
   * ignore}, {@code warn} (default) or {@code fail}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.missingCounterparts")
  private String missingCounterparts;

  /**
   * The format of every document: {@code text}, {@code markdown} or {@code html}. Default: by
   * extension, and a {@code .txt} file with Markdown links, bold or headings is read as Markdown.
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.inputFormat")
  private String inputFormat;

  /**
   * How token vectors become a sentence vector: {@code mean}, {@code cls} or {@code max}. Default:
   * the model's {@code 1_Pooling/config.json}, else mean.
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.pooling")
  private String pooling;

  /**
   * Whether sentence vectors are scaled to unit length before they are compared. Default: true.
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.normalize")
  private Boolean normalize;

  /**
   * How many seconds the translator may take for one document. Default: 120.
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.translatorTimeout")
  private Double translatorTimeout;

  /**
   * A baseline of accepted shifts ({@code drift baseline create}): they are reported as accepted
   * and fail nothing, so only new drift fails the build.
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.baseline")
  private File baseline;

  /**
   * Report formats: {@code json}, {@code html} and {@code text} per document, {@code sarif} ({@code
   * drift.sarif}) and {@code markdown} ({@code summary.md}) for the whole run (default: json and
   * html).
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.formats")
  private List<String> formats;

  @Override
  void run() throws MojoFailureException {
    BatchSummary summary =
        BatchRunner.create().run(request(), new MavenLogListener(getLog(), failOnDrift));
    getLog().info("drift: " + summary.describe());
    getLog().info("drift: reports in " + summary.index());
    boolean drifted = failOnDrift && summary.failed() > 0;
    if (drifted || summary.missingFails()) {
      throw new MojoFailureException(MavenLogListener.failure(summary, drifted));
    }
  }

  /** The pom's parameters over the configuration file's values. */
  private BatchRequest request() {
    Path base = base();
    Settings file =
        config == null ? Settings.none() : ConfigReader.read(base.resolve(config.toPath()));
    PomSettings p = settings();
    p.path(Setting.SOURCE_DIRECTORY, sourceDirectory);
    p.text(Setting.SOURCE_LANGUAGE, sourceLanguage);
    p.set(
        Setting.TRANSLATION_DIRECTORIES, TranslationDirectory.trees(base, translationDirectories));
    p.pattern(translationPattern);
    p.paths(Setting.BUNDLE_DIRECTORIES, bundleDirectories);
    p.set(Setting.INCLUDES, includes);
    p.set(Setting.EXCLUDES, excludes);
    p.text(Setting.MISSING_COUNTERPARTS, missingCounterparts);
    p.set(Setting.MAX_DRIFT, maxDrift);
    p.set(Setting.MIN_SIMILARITY, minSimilarity);
    p.text(Setting.FAIL_SEVERITY, failSeverity);
    p.text(Setting.SENTENCE_SEVERITY, sentenceSeverity);
    p.text(Setting.WORDING, wording);
    p.set(Setting.WARNING_SCORE, warningScore);
    p.set(Setting.ERROR_SCORE, errorScore);
    p.text(Setting.INPUT_FORMAT, inputFormat);
    p.text(Setting.POOLING, pooling);
    p.set(Setting.NORMALIZE, normalize);
    p.set(Setting.TRANSLATOR_TIMEOUT, translatorTimeout);
    p.path(Setting.BASELINE, baseline);
    p.text(Setting.FORMATS, formats == null ? null : String.join(",", formats));
    p.path(Setting.OUTPUT_DIRECTORY, outputDirectory());
    return p.build().over(file).toBatchRequest();
  }
}
