package dev.drift.cli.options;

import dev.drift.config.Setting;
import dev.drift.config.Settings;
import dev.drift.report.RenderOptions;
import dev.drift.report.ReportFormat;
import dev.drift.shift.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Report format, destination and colour. */
public final class OutputOptions implements SettingsSource {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  private List<ReportFormat> formats = List.of(ReportFormat.TEXT);

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE (atomically) instead of standard output.")
  Path output;

  @Option(
      names = "--output-dir",
      paramLabel = "DIR",
      description = "Write the reports to DIR, one file per format (needed for several formats).")
  Path outputDirectory;

  @Option(names = "--no-color", description = "Never colour the text report.")
  boolean noColor;

  private Severity minSeverity;

  @Option(
      names = "--min-severity",
      paramLabel = "SEVERITY",
      description =
          "Show shifts from this severity up in the text report: info, warning or error."
              + " Default: warning. The JSON report always lists every shift.")
  void setMinSeverity(String name) {
    minSeverity = SettingsSource.parse(spec, Setting.MIN_SEVERITY, name);
  }

  @Override
  public void addTo(Settings.Builder commandLine) {
    commandLine.set(Setting.MIN_SEVERITY, minSeverity, "--min-severity");
    if (outputDirectory != null) {
      commandLine
          .set(Setting.OUTPUT_DIRECTORY, outputDirectory, "--output-dir")
          .set(Setting.FORMATS, formats, "--format");
    }
  }

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT[,FORMAT...]",
      description =
          "Report formats: text, json, html (one page per document, side by side), sarif"
              + " (SARIF 2.1.0 for code scanning) or markdown (a summary for a pull request or a CI"
              + " step summary). Several formats, separated by commas, need --output-dir."
              + " Default: text.")
  void setFormat(String names) {
    List<ReportFormat> parsed = new ArrayList<>();
    for (String name : names.split(",")) {
      try {
        ReportFormat f = ReportFormat.parse(name);
        if (!parsed.contains(f)) {
          parsed.add(f);
        }
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    formats = List.copyOf(parsed);
  }

  /**
   * The chosen format, when there is one.
   *
   * @return the report format
   * @throws ParameterException if several formats are chosen without {@code --output-dir}
   */
  public ReportFormat format() {
    if (formats.size() > 1) {
      throw new ParameterException(
          spec.commandLine(),
          "several formats (" + formats.size() + ") need --output-dir DIR to write them to");
    }
    return formats.get(0);
  }

  /**
   * The chosen formats.
   *
   * @return at least one format
   */
  public List<ReportFormat> formats() {
    return formats;
  }

  /**
   * The output directory.
   *
   * @return the directory, or {@code null} to write to standard output or {@code -o}
   */
  public Path outputDirectory() {
    return outputDirectory;
  }

  /**
   * Whether drift runs on an interactive terminal, where a progress bar makes sense: standard input
   * and output are a terminal and {@code TERM} is not {@code dumb}. CI logs are not.
   *
   * @return true on an interactive terminal
   */
  public static boolean interactive() {
    return System.console() != null && !"dumb".equals(System.getenv("TERM"));
  }

  /**
   * Whether colour may be used: on an interactive terminal, unless {@code NO_COLOR} is set.
   *
   * @return true when colour is allowed
   */
  public static boolean colorAllowed() {
    String noColor = System.getenv("NO_COLOR");
    return interactive() && (noColor == null || noColor.isEmpty());
  }

  /**
   * Whether what goes to the terminal (the progress bar) may be coloured: {@link #colorAllowed()}
   * and no {@code --no-color}.
   *
   * @return true when colour is allowed and wanted
   */
  public boolean color() {
    return !noColor && colorAllowed();
  }

  /**
   * The output file.
   *
   * @return the file, or {@code null} for standard output
   */
  public Path output() {
    return output;
  }

  /**
   * Rendering settings: colour only on a terminal, without {@code --no-color} or {@code NO_COLOR};
   * width from {@code COLUMNS} (default 100); shifts shown from {@code minSeverity} (default
   * warning). Only the text format reads them.
   *
   * @param settings the settings in effect
   * @return the rendering options
   */
  public RenderOptions textOptions(Settings settings) {
    boolean color = output == null && color();
    int width = 100;
    String columns = System.getenv("COLUMNS");
    if (columns != null && columns.matches("\\d{2,4}")) {
      width = Math.max(60, Integer.parseInt(columns));
    }
    return new RenderOptions(
        color, width, settings.find(Setting.MIN_SEVERITY).orElse(Severity.WARNING));
  }
}
