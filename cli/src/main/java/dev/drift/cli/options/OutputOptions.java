package dev.drift.cli.options;

import dev.drift.report.ReportFormat;
import dev.drift.report.text.TextRenderer;
import dev.drift.shift.Severity;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Report format, destination and colour. */
public final class OutputOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  private ReportFormat format = ReportFormat.TEXT;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE (atomically) instead of standard output.")
  Path output;

  @Option(names = "--no-color", description = "Never colour the text report.")
  boolean noColor;

  private Severity minSeverity = Severity.WARNING;

  @Option(
      names = "--min-severity",
      paramLabel = "SEVERITY",
      description =
          "Show shifts from this severity up in the text report: info, warning or error."
              + " Default: warning. The JSON report always lists every shift.")
  void setMinSeverity(String name) {
    try {
      minSeverity = Severity.parse(name);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "Report format: text, json or html. Default: text.")
  void setFormat(String name) {
    try {
      format = ReportFormat.parse(name);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /**
   * The chosen format.
   *
   * @return the report format
   */
  public ReportFormat format() {
    return format;
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
   * Text rendering settings: colour only on a terminal, without {@code --no-color} or {@code
   * NO_COLOR}; width from {@code COLUMNS} (default 100).
   *
   * @return the text renderer options
   */
  public TextRenderer.Options textOptions() {
    boolean color =
        !noColor
            && output == null
            && System.console() != null
            && (System.getenv("NO_COLOR") == null || System.getenv("NO_COLOR").isEmpty())
            && !"dumb".equals(System.getenv("TERM"));
    int width = 100;
    String columns = System.getenv("COLUMNS");
    if (columns != null && columns.matches("\\d{2,4}")) {
      width = Math.max(60, Integer.parseInt(columns));
    }
    return new TextRenderer.Options(color, width, minSeverity);
  }
}
