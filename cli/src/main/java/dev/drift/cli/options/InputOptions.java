package dev.drift.cli.options;

import dev.drift.DriftOptions;
import dev.drift.load.InputFormat;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Languages and input format. */
public final class InputOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--original-lang",
      paramLabel = "LANG",
      description =
          "Language of the original (BCP 47, e.g. en, fr). Default: sourceLanguage from the"
              + " configuration file, else en.")
  String originalLanguage;

  @Option(
      names = "--translation-lang",
      paramLabel = "LANG",
      description = "Language of the translation. Default: the original's.")
  String translationLanguage;

  private InputFormat format;

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      defaultValue = "auto",
      description =
          "auto, text, markdown or html. auto decides by extension (.md, .html, ...); a .txt"
              + " file with Markdown links, autolinks, bold or headings is read as Markdown."
              + " Default: ${DEFAULT-VALUE}.")
  void setFormat(String name) {
    if (name.equalsIgnoreCase("auto")) {
      format = null;
      return;
    }
    try {
      format = InputFormat.parse(name);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /**
   * Applies the input options.
   *
   * @param options the options so far
   * @return the options with these languages and format
   */
  public DriftOptions applyTo(DriftOptions options) {
    DriftOptions o =
        originalLanguage == null ? options : options.withOriginalLanguage(originalLanguage);
    return o.withTranslationLanguage(translationLanguage).withInputFormat(format);
  }
}
