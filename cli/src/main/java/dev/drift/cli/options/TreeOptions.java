package dev.drift.cli.options;

import dev.drift.DriftOptions;
import dev.drift.batch.BatchRequest;
import dev.drift.batch.MissingPolicy;
import dev.drift.batch.TranslationTree;
import dev.drift.config.DriftConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The trees to check: positional directories, globs and policies, over the configuration. */
public final class TreeOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Parameters(
      paramLabel = "DIR",
      arity = "0..*",
      description =
          "The source directory, then one or more translation directories whose last path"
              + " segment is their language (docs/en docs/fr docs/de). Default: sourceDirectory"
              + " and translationDirectories/translationPattern from the configuration file.")
  List<Path> directories = new ArrayList<>();

  @Option(
      names = "--source-lang",
      paramLabel = "LANG",
      description = "Language of the originals. Default: the source directory's name.")
  String sourceLanguage;

  @Option(
      names = "--include",
      paramLabel = "GLOB",
      description =
          "Check only files matching GLOB, relative to each tree (repeatable; ** spans"
              + " directories). Default: **/*.md, **/*.html, **/*.txt.")
  List<String> includes;

  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      description = "Leave out files matching GLOB (repeatable).")
  List<String> excludes;

  @Option(
      names = "--missing",
      paramLabel = "POLICY",
      description =
          "A file without counterpart in the other tree: ${COMPLETION-CANDIDATES}. Default:"
              + " warn.")
  MissingPolicy missing;

  /**
   * The directories given on the command line.
   *
   * @return the paths, possibly empty
   */
  public List<Path> directories() {
    return directories;
  }

  /**
   * Builds the request: the command line's trees and settings where given, else the
   * configuration's.
   *
   * @param config the configuration
   * @param options the comparison options
   * @param baseline the baseline file, or {@code null}
   * @return the request, without report files
   * @throws ParameterException if no source or no translation directory is known
   */
  public BatchRequest request(DriftConfig config, DriftOptions options, Path baseline) {
    Path source = directories.isEmpty() ? config.sourceDirectory() : directories.get(0);
    if (source == null) {
      throw new ParameterException(
          spec.commandLine(),
          "no trees to check: give SOURCE and TRANSLATION directories (drift check docs/en"
              + " docs/fr) or set sourceDirectory and translationDirectories in drift.yaml");
    }
    List<TranslationTree> trees = new ArrayList<>();
    if (directories.size() > 1) {
      directories.subList(1, directories.size()).forEach(d -> trees.add(TranslationTree.of(d)));
    } else {
      trees.addAll(config.translations(source));
    }
    return new BatchRequest(
        source,
        sourceLanguage != null
            ? sourceLanguage
            : directories.isEmpty() ? config.sourceLanguage() : null,
        trees,
        includes != null ? includes : config.includes(),
        excludes != null ? excludes : config.excludes(),
        missing != null ? missing : config.missingCounterparts(),
        null,
        null,
        baseline,
        options);
  }
}
