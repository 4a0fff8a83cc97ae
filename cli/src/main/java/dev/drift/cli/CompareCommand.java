package dev.drift.cli;

import dev.drift.DriftChecker;
import dev.drift.DriftOptions;
import dev.drift.cli.options.InputOptions;
import dev.drift.cli.options.ModelOptions;
import dev.drift.cli.options.OutputOptions;
import dev.drift.cli.options.ThresholdOptions;
import dev.drift.report.DriftReport;
import dev.drift.report.ReportFiles;
import dev.drift.report.ReportRenderer;
import dev.drift.report.Verdict;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code drift compare ORIGINAL TRANSLATION}: one document pair, one report. */
@Command(
    name = "compare",
    header = "Compare a document with its translation.",
    description = {
      "Aligns the sentences of ORIGINAL and TRANSLATION, scores the drift and prints a report.",
      "Exits 1 when the drift is over --max-drift or a matched pair is below --min-similarity."
    },
    sortOptions = false,
    footerHeading = "%nExamples:%n",
    footer = {
      "  drift compare examples/g20/original.txt examples/g20/translation.txt",
      "  drift compare docs/en/guide.md docs/fr/guide.md --translation-lang fr \\",
      "        --model models/paraphrase-multilingual-MiniLM-L12-v2 --max-drift 0.25",
      "  drift compare a.html b.html --format json -o report.json"
    })
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ORIGINAL", description = "The original document.")
  Path original;

  @Parameters(index = "1", paramLabel = "TRANSLATION", description = "Its translation.")
  Path translation;

  @Mixin OutputOptions output;
  @Mixin ThresholdOptions thresholds;
  @Mixin InputOptions input;
  @Mixin ModelOptions model;

  @Override
  public Integer call() {
    DriftOptions options =
        model.applyTo(input.applyTo(thresholds.applyTo(DriftOptions.defaults())));
    DriftReport report;
    try (DriftChecker checker = DriftChecker.create(options)) {
      report = checker.compare(original, translation);
    }
    ReportRenderer renderer = output.format().renderer(output.textOptions());
    if (output.output() != null) {
      ReportFiles.write(output.output(), out -> renderer.render(report, out));
    } else {
      PrintWriter out = spec.commandLine().getOut();
      try {
        renderer.render(report, out);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      out.flush();
    }
    return report.verdict() == Verdict.PASS ? ExitCodes.PASS : ExitCodes.DRIFT;
  }
}
