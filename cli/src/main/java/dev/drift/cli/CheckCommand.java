package dev.drift.cli;

import dev.drift.batch.BatchListener;
import dev.drift.batch.BatchRequest;
import dev.drift.batch.BatchRunner;
import dev.drift.batch.BatchSummary;
import dev.drift.cli.options.ConfigOptions;
import dev.drift.cli.options.ModelOptions;
import dev.drift.cli.options.OutputOptions;
import dev.drift.cli.options.ThresholdOptions;
import dev.drift.cli.options.TimingsOption;
import dev.drift.cli.options.TranslatorOptions;
import dev.drift.cli.options.TreeOptions;
import dev.drift.config.Setting;
import dev.drift.config.Settings;
import dev.drift.report.ReportFiles;
import dev.drift.report.ReportFormat;
import dev.drift.report.RunRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code drift check SOURCE TRANSLATION...}: every document of the trees, one table. */
@Command(
    name = "check",
    header = "Check every translation of a documentation tree.",
    description = {
      "Pairs the files of the source directory with those of each translation directory by"
          + " relative path, compares every pair with one model (two documents at a time),"
          + " reports files without counterpart and prints one line per document: drift,"
          + " verdict, worst shift.",
      "Translation files are checked unit by unit: an XLIFF or PO file alone, a bundle"
          + " (.properties, JSON) against its original beside it (messages_es.properties and"
          + " messages.properties) or at the same path in the source tree; --bundle-dir names"
          + " directories of translation files with no translation tree.",
      "Shifts accepted in the baseline are reported apart and fail nothing. Exits 1 when a"
          + " document fails (or a missing counterpart does, with --missing fail)."
    },
    sortOptions = false,
    footerHeading = "%nExamples:%n",
    footer = {
      "  drift check docs/en docs/fr docs/de",
      "  drift check --bundle-dir src/main/resources --translator apertium",
      "  drift check                          (trees and settings from drift.yaml)",
      "  drift check --format json,sarif,markdown --output-dir target/drift",
      "  drift check --format sarif > drift.sarif",
      "  drift check --format markdown >> \"$GITHUB_STEP_SUMMARY\""
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin TreeOptions trees;
  @Mixin ConfigOptions config;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description = "Accepted shifts (drift baseline create). Default: baseline from drift.yaml.")
  Path baseline;

  @Option(names = "--no-baseline", description = "Ignore the configured baseline.")
  boolean noBaseline;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress bar and no table: only the total.")
  boolean quiet;

  @Mixin OutputOptions output;
  @Mixin ThresholdOptions thresholds;
  @Mixin ModelOptions model;
  @Mixin TranslatorOptions translator;
  @Mixin TimingsOption timings;

  @Override
  public Integer call() {
    Path dir = output.outputDirectory();
    ReportFormat format = dir == null ? output.format() : ReportFormat.TEXT;
    if (!format.runLevel()) {
      throw new ParameterException(
          spec.commandLine(),
          format.id() + " reports are one page per document: give --output-dir DIR");
    }
    Settings settings = config.merge(trees, thresholds, model, output, translator);
    trees.requireTrees(settings);
    Path accepted =
        noBaseline ? null : baseline != null ? baseline : settings.get(Setting.BASELINE);
    if (baseline == null && accepted != null && !Files.exists(accepted)) {
      spec.commandLine()
          .getErr()
          .println("drift: no baseline yet at " + accepted + " (drift baseline create writes it)");
      spec.commandLine().getErr().flush();
      accepted = null;
    }
    timings.start();
    BatchRequest request = settings.toBatchRequest().toBuilder().optBaseline(accepted).build();
    boolean toStdout = dir == null && output.output() == null;
    BatchSummary summary;
    boolean bar = !quiet && OutputOptions.interactive();
    try (ProgressListener progress = new ProgressListener(System.err, output.color())) {
      summary = BatchRunner.create().run(request, bar ? progress : BatchListener.NONE);
    }
    PrintWriter out = spec.commandLine().getOut();
    RunRenderer renderer = format.runRenderer(output.textOptions(settings));
    if (output.output() != null) {
      ReportFiles.write(output.output(), w -> renderer.render(summary.run(), w));
      out.println("drift: " + summary.describe());
    } else if (toStdout && format != ReportFormat.TEXT) {
      render(renderer, summary, out);
      spec.commandLine().getErr().println("drift: " + summary.describe());
    } else if (!quiet) {
      render(renderer, summary, out);
    } else {
      out.println("drift: " + summary.describe());
    }
    if (summary.index() != null) {
      out.println("drift: reports in " + summary.index());
    }
    out.flush();
    timings.print(spec.commandLine().getErr());
    spec.commandLine().getErr().flush();
    return summary.passes() ? ExitCodes.PASS : ExitCodes.DRIFT;
  }

  private static void render(RunRenderer renderer, BatchSummary summary, PrintWriter out) {
    try {
      renderer.render(summary.run(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
