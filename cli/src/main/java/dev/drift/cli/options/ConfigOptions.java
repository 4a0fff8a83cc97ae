package dev.drift.cli.options;

import dev.drift.config.ConfigReader;
import dev.drift.config.DriftConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --config}: the shared configuration file, {@code drift.yaml} by default. */
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
   * Reads the configuration.
   *
   * @return the file's settings, or {@link DriftConfig#none()} without a file
   * @throws dev.drift.DriftInputException if the file is missing or invalid
   */
  public DriftConfig load() {
    if (file != null) {
      return ConfigReader.read(file);
    }
    if (none) {
      return DriftConfig.none();
    }
    return ConfigReader.find(Path.of("")).map(ConfigReader::read).orElse(DriftConfig.none());
  }
}
