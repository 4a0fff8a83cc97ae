package dev.drift.cli.options;

import dev.drift.batch.MissingPolicy;
import dev.drift.batch.TranslationTree;
import dev.drift.config.Setting;
import dev.drift.config.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The trees to check: positional directories, globs and policies, over the configuration. */
public final class TreeOptions implements SettingsSource {
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
              + " directories). Default: **/*.md, **/*.html, **/*.txt and the translation files"
              + " **/*.xlf, **/*.xliff, **/*.po, **/*.properties, **/*.json.")
  List<String> includes;

  @Option(
      names = "--bundle-dir",
      paramLabel = "DIR",
      description =
          "A directory of translation files to check on their own, without a translation tree"
              + " (repeatable): XLIFF and PO files alone, messages_es.properties against"
              + " messages.properties beside it, es.json against en.json. Default:"
              + " bundleDirectories from the configuration file.")
  List<Path> bundleDirectories;

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

  @Override
  public void addTo(Settings.Builder commandLine) {
    if (!directories.isEmpty()) {
      commandLine.set(Setting.SOURCE_DIRECTORY, directories.get(0), "DIR");
      List<TranslationTree> trees = new ArrayList<>();
      directories.subList(1, directories.size()).forEach(d -> trees.add(TranslationTree.of(d)));
      commandLine.set(Setting.TRANSLATION_DIRECTORIES, trees, "DIR");
    }
    SettingsSource.set(spec, commandLine, Setting.SOURCE_LANGUAGE, sourceLanguage, "--source-lang");
    SettingsSource.set(
        spec, commandLine, Setting.BUNDLE_DIRECTORIES, bundleDirectories, "--bundle-dir");
    SettingsSource.set(spec, commandLine, Setting.INCLUDES, includes, "--include");
    SettingsSource.set(spec, commandLine, Setting.EXCLUDES, excludes, "--exclude");
    commandLine.set(Setting.MISSING_COUNTERPARTS, missing, "--missing");
  }

  /**
   * Checks that the settings name trees to check.
   *
   * @param settings the settings in effect
   * @throws ParameterException if neither a source directory nor a bundle directory is known
   */
  public void requireTrees(Settings settings) {
    List<Path> bundles = settings.get(Setting.BUNDLE_DIRECTORIES);
    if (settings.get(Setting.SOURCE_DIRECTORY) == null && (bundles == null || bundles.isEmpty())) {
      throw new ParameterException(
          spec.commandLine(),
          "no trees to check: give SOURCE and TRANSLATION directories (drift check docs/en"
              + " docs/fr) or --bundle-dir DIR, or set sourceDirectory and translationDirectories"
              + " (or bundleDirectories) in drift.yaml");
    }
  }
}
