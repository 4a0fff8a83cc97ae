package dev.drift.cli.options;

import dev.drift.config.Setting;
import dev.drift.config.Settings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * A group of options that sets settings of the command-line layer, which {@link ConfigOptions}
 * merges over the configuration file's.
 */
public interface SettingsSource {

  /**
   * Puts the options given on the command line into its layer; options not given set nothing.
   *
   * @param commandLine the command line's layer
   */
  void addTo(Settings.Builder commandLine);

  /**
   * Checks an option's value by its setting's rule, so that the command line, the configuration
   * file and the Maven plugin refuse the same values.
   *
   * @param <T> the value's type
   * @param spec the command, for the usage error
   * @param setting the setting
   * @param value the value given
   * @param option the option's name, such as {@code --max-drift}
   * @return the value
   * @throws ParameterException naming the option and the problem
   */
  static <T> T check(CommandSpec spec, Setting<T> setting, T value, String option) {
    try {
      return setting.checked(value);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), option + " " + e.getMessage());
    }
  }

  /**
   * Reads an option's text by its setting's rule.
   *
   * @param <T> the value's type
   * @param spec the command, for the usage error
   * @param setting the setting
   * @param text the text given
   * @return the value
   * @throws ParameterException with the problem
   */
  static <T> T parse(CommandSpec spec, Setting<T> setting, String text) {
    try {
      return setting.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /**
   * Sets an option's value in the command line's layer, checked by its setting's rule.
   *
   * @param <T> the value's type
   * @param spec the command, for the usage error
   * @param layer the command line's layer
   * @param setting the setting
   * @param value the value given, or {@code null} when the option was not
   * @param option the option's name, such as {@code --include}
   * @throws ParameterException naming the option and the problem
   */
  static <T> void set(
      CommandSpec spec, Settings.Builder layer, Setting<T> setting, T value, String option) {
    try {
      layer.set(setting, value, option);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
    }
  }
}
