package dev.drift.cli;

import dev.drift.BundleChecker;
import dev.drift.DriftChecker;
import dev.drift.DriftInputException;
import dev.drift.DriftOptions;
import dev.drift.StageTimings;
import dev.drift.baseline.Baseline;
import dev.drift.cli.options.ConfigOptions;
import dev.drift.cli.options.InputOptions;
import dev.drift.cli.options.ModelOptions;
import dev.drift.cli.options.OutputOptions;
import dev.drift.cli.options.ThresholdOptions;
import dev.drift.cli.options.TimingsOption;
import dev.drift.cli.options.TranslatorOptions;
import dev.drift.config.Setting;
import dev.drift.config.Settings;
import dev.drift.report.DriftReport;
import dev.drift.report.RenderOptions;
import dev.drift.report.RenderedReport;
import dev.drift.report.Rendering;
import dev.drift.report.ReportFiles;
import dev.drift.report.ReportFormat;
import dev.drift.report.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code drift compare ORIGINAL TRANSLATION}: one document pair, one report. */
@Command(
    name = "compare",
    header = "Compare a document with its translation.",
    description = {
      "Aligns the sentences of ORIGINAL and TRANSLATION, marks the wording shifts inside each"
          + " matched pair, scores the drift and prints a report.",
      "Exits 1 when the drift is over --max-drift, a matched pair is below --min-similarity or a"
          + " shift is at --fail-on or above; shifts accepted in the baseline count for nothing."
    },
    sortOptions = false,
    footerHeading = "%nExamples:%n",
    footer = {
      "  drift compare examples/g20/original.txt examples/g20/translation.txt",
      "  drift compare docs/en/guide.md docs/es/guide.md --translation-lang es \\",
      "        --translator apertium",
      "  drift compare docs/en/guide.md docs/fr/guide.md --translation-lang fr \\",
      "        --model models/paraphrase-multilingual-MiniLM-L12-v2 --max-drift 0.25",
      "  drift compare a.html b.html --format json -o report.json",
      "  drift compare a.md b.md --format json,sarif,markdown --output-dir reports",
      "  drift compare messages.xlf --translator apertium",
      "  drift compare messages.properties messages_es.properties --translator apertium"
    })
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ORIGINAL", description = "The original document.")
  Path original;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "TRANSLATION",
      description =
          "Its translation; omitted for one bilingual file (XLIFF .xlf/.xliff, gettext .po).")
  Path translation;

  @Mixin ConfigOptions config;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description =
          "Accepted shifts (drift baseline create). Default: baseline from drift.yaml, if that"
              + " file exists.")
  Path baseline;

  @Mixin OutputOptions output;
  @Mixin ThresholdOptions thresholds;
  @Mixin InputOptions input;
  @Mixin ModelOptions model;
  @Mixin TranslatorOptions translator;
  @Mixin TimingsOption timings;

  @Override
  public Integer call() {
    timings.start();
    Settings settings = config.merge(thresholds, input, model, output, translator);
    DriftOptions options = settings.toOptions();
    Path accepted = baseline;
    Path configured = settings.get(Setting.BASELINE);
    if (accepted == null && configured != null && Files.exists(configured)) {
      accepted = configured;
    }
    List<Rendering> renderings = renderings(settings);
    RenderedReport rendered;
    if (BundleChecker.handles(original, translation, options.inputFormat())) {
      try (BundleChecker checker = BundleChecker.create(options)) {
        DriftReport report =
            checker.compare(
                original, translation, accepted == null ? null : Baseline.read(accepted));
        rendered =
            new RenderedReport(
                report.verdict(),
                renderings.stream()
                    .map(r -> StageTimings.timed("report", () -> r.draw(report)))
                    .toList());
      }
    } else if (translation == null) {
      throw new ParameterException(
          spec.commandLine(),
          "Missing required parameter: 'TRANSLATION' (only an XLIFF or PO file is compared alone)");
    } else {
      try (DriftChecker checker = DriftChecker.create(options)) {
        // An unchanged pair's drawings come from the cache as they were drawn.
        rendered =
            checker.compare(
                original,
                translation,
                accepted == null ? null : Baseline.read(accepted),
                renderings);
      }
    }
    StageTimings.timed("report", () -> write(rendered.texts()));
    timings.print(spec.commandLine().getErr());
    return rendered.verdict() == Verdict.PASS ? ExitCodes.PASS : ExitCodes.DRIFT;
  }

  /**
   * The drawings asked for: one per format in an output directory (never coloured: report files are
   * read in editors and CI logs, not on this terminal), else the one format for standard output or
   * {@code -o}.
   */
  private List<Rendering> renderings(Settings settings) {
    RenderOptions text = output.textOptions(settings);
    if (output.outputDirectory() == null) {
      return List.of(new Rendering(output.format(), text));
    }
    RenderOptions plain = new RenderOptions(false, text.width(), text.minSeverity());
    return output.formats().stream().map(f -> new Rendering(f, plain)).toList();
  }

  /** Writes the drawings, in the order {@link #renderings} gave them. */
  private Void write(List<String> texts) {
    Path named = translation == null ? original : translation;
    if (output.outputDirectory() != null) {
      try {
        Files.createDirectories(output.outputDirectory());
      } catch (IOException e) {
        throw new DriftInputException(output.outputDirectory() + ": cannot create (" + e + ")", e);
      }
      List<ReportFormat> formats = output.formats();
      for (int k = 0; k < formats.size(); k++) {
        String text = texts.get(k);
        Path file =
            output
                .outputDirectory()
                .resolve(named.getFileName() + "." + formats.get(k).extension());
        ReportFiles.write(file, out -> out.write(text));
      }
    } else if (output.output() != null) {
      ReportFiles.write(output.output(), out -> out.write(texts.get(0)));
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.write(texts.get(0));
      out.flush();
    }
    return null;
  }
}
