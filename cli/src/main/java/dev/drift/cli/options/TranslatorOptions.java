package dev.drift.cli.options;

import static dev.drift.cli.options.SettingsSource.check;
import static dev.drift.cli.options.SettingsSource.parse;

import dev.drift.config.Setting;
import dev.drift.config.Settings;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --translator} and {@code --translator-timeout}: reading a translation in another language.
 */
public final class TranslatorOptions implements SettingsSource {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  private Map<String, String> translator;
  private Double timeout;

  @Option(
      names = "--translator",
      paramLabel = "TRANSLATOR",
      description =
          "Render each sentence of a translation in another language into the original's before"
              + " comparing: apertium (Debian's Apertium; apt-get install apertium"
              + " apertium-eng-spa), or a command that reads one sentence per line and writes one"
              + " per line (\"my-mt --to en\"); per language: es=apertium,fr=my-mt. Default:"
              + " translator from the configuration file, else none.")
  void setTranslator(String text) {
    translator = parse(spec, Setting.TRANSLATOR, text);
  }

  @Option(
      names = "--translator-timeout",
      paramLabel = "SECONDS",
      description = "How long the translator may take for one document. Default: 120.")
  void setTimeout(double seconds) {
    timeout = check(spec, Setting.TRANSLATOR_TIMEOUT, seconds, "--translator-timeout");
  }

  @Override
  public void addTo(Settings.Builder commandLine) {
    commandLine
        .set(Setting.TRANSLATOR, translator, "--translator")
        .set(Setting.TRANSLATOR_TIMEOUT, timeout, "--translator-timeout");
  }
}
