package dev.drift.cli.options;

import static dev.drift.cli.options.SettingsSource.check;
import static dev.drift.cli.options.SettingsSource.parse;

import dev.drift.config.Setting;
import dev.drift.config.Settings;
import dev.drift.load.InputFormat;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Languages and input format. */
public final class InputOptions implements SettingsSource {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  private String originalLanguage;
  private String translationLanguage;
  private InputFormat format;

  @Option(
      names = "--original-lang",
      paramLabel = "LANG",
      description =
          "Language of the original (BCP 47, e.g. en, fr). Default: sourceLanguage from the"
              + " configuration file, else en.")
  void setOriginalLanguage(String tag) {
    originalLanguage = check(spec, Setting.SOURCE_LANGUAGE, tag, "--original-lang");
  }

  @Option(
      names = "--translation-lang",
      paramLabel = "LANG",
      description = "Language of the translation. Default: the original's.")
  void setTranslationLanguage(String tag) {
    translationLanguage = check(spec, Setting.TRANSLATION_LANGUAGE, tag, "--translation-lang");
  }

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      defaultValue = "auto",
      description =
          "auto, text, markdown, html, xliff, po, properties or json. auto decides by"
              + " extension (.md, .html, .xlf, .po, .properties, .json, ...); a .txt file with"
              + " Markdown links, autolinks, bold or headings is read as Markdown; one starting"
              + " <xliff or holding msgid \"...\" lines as XLIFF or PO."
              + " Default: ${DEFAULT-VALUE}.")
  void setFormat(String name) {
    format = name.equalsIgnoreCase("auto") ? null : parse(spec, Setting.INPUT_FORMAT, name);
  }

  @Override
  public void addTo(Settings.Builder commandLine) {
    commandLine
        .set(Setting.SOURCE_LANGUAGE, originalLanguage, "--original-lang")
        .set(Setting.TRANSLATION_LANGUAGE, translationLanguage, "--translation-lang")
        .set(Setting.INPUT_FORMAT, format, "--input-format");
  }
}
