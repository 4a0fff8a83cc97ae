package dev.drift.cli.options;

import dev.drift.config.ConfigReader;
import dev.drift.config.Settings;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --config}: the shared configuration file, {@code drift.yaml} by default, under the options
 * given on the command line.
 */
public final class ConfigOptions {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Read settings from FILE (YAML; the keys of the Maven plugin's parameters). Default:"
              + " drift.yaml or .drift.yaml in the working directory, if there is one. Options"
              + " given on the command line win.")
  Path file;

  @Option(names = "--no-config", description = "Ignore drift.yaml in the working directory.")
  boolean none;

  /**
   * Reads the configuration file.
   *
   * @return the file's settings, or {@link Settings#none()} without a file
   * @throws dev.drift.DriftInputException if the file is missing or invalid
   */
  public Settings load() {
    if (file != null) {
      return ConfigReader.read(file);
    }
    if (none) {
      return Settings.none();
    }
    return ConfigReader.find(Path.of("")).map(ConfigReader::read).orElse(Settings.none());
  }

  /**
   * The command line's layer: what the given option groups set.
   *
   * @param sources the command's option groups
   * @return the layer
   */
  public static Settings commandLine(SettingsSource... sources) {
    Settings.Builder layer = Settings.builder("the command line");
    for (SettingsSource source : sources) {
      source.addTo(layer);
    }
    return layer.build();
  }

  /**
   * Every setting in effect: the command line's options over the configuration file's.
   *
   * @param sources the command's option groups
   * @return the merged settings
   * @throws dev.drift.DriftInputException if the file is missing or invalid
   */
  public Settings merge(SettingsSource... sources) {
    return commandLine(sources).over(load());
  }
}
