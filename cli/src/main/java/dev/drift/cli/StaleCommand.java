package dev.drift.cli;

import dev.drift.DriftInputException;
import dev.drift.DriftOptions;
import dev.drift.cli.options.ConfigOptions;
import dev.drift.cli.options.InputOptions;
import dev.drift.cli.options.ModelOptions;
import dev.drift.cli.options.TranslatorOptions;
import dev.drift.report.ReportFiles;
import dev.drift.stale.FailOn;
import dev.drift.stale.StaleChecker;
import dev.drift.stale.StaleDocument;
import dev.drift.stale.StaleFormat;
import dev.drift.stale.StaleReport;
import dev.drift.stale.StaleRequest;
import dev.drift.stale.StaleStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code drift stale SOURCE_DIR TRANSLATION_DIR...}: which translations are behind their source.
 */
@Command(
    name = "stale",
    header = "List the translations whose source changed since they were last updated.",
    description = {
      "For every file of SOURCE_DIR and its counterpart in each TRANSLATION_DIR (same relative"
          + " path), finds the source as it was when the translation was last updated: the last"
          + " commit that touched the translation, or the revision its front matter names"
          + " (source-revision: <sha>), or --since; it compares it with the source in the work"
          + " tree (uncommitted edits count) through the pipeline of compare.",
      "Statuses: current, cosmetic (typo, punctuation, markup, reflow), outdated (a shift at"
          + " warning or above, a sentence added or dropped), untranslated, orphaned, unknown"
          + " (no base: never committed, or cut off by a shallow clone).",
      "Exits 1 when a document has a status at --fail-on."
    },
    sortOptions = false,
    footerHeading = "%nExamples:%n",
    footer = {
      "  drift stale docs/en docs/es docs/fr",
      "  drift stale docs/en docs/es --since v2.0 --format json -o stale.json",
      "  drift stale docs/en docs/es --translator apertium --format markdown"
    })
final class StaleCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SOURCE_DIR", description = "The source documents.")
  Path source;

  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "TRANSLATION_DIR",
      description =
          "Translation directories, mirroring SOURCE_DIR; one named es, pt-BR, ... is"
              + " read as that language.")
  List<Path> translations;

  @Option(
      names = "--since",
      paramLabel = "REV",
      description =
          "Compare every source against this revision instead of each translation's" + " base.")
  String since;

  @Option(
      names = "--front-matter-key",
      paramLabel = "KEY",
      description =
          "The front-matter key naming a translation's source revision. Default:"
              + " ${DEFAULT-VALUE}.",
      defaultValue = StaleRequest.DEFAULT_KEY)
  String frontMatterKey;

  @Option(
      names = "--fail-on",
      paramLabel = "STATUS",
      description =
          "Exit 1 when a document is outdated, or also cosmetic, or never."
              + " Default: ${DEFAULT-VALUE}.",
      defaultValue = "outdated")
  String failOn;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description =
          "text, json (drift-stale/1), markdown or sarif (results on the translations' lines)."
              + " Default: ${DEFAULT-VALUE}.",
      defaultValue = "text")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE (whole or not at all) instead of standard output.")
  Path output;

  @Mixin ConfigOptions config;
  @Mixin InputOptions input;
  @Mixin ModelOptions model;
  @Mixin TranslatorOptions translator;

  @Override
  public Integer call() {
    FailOn fail = parse(() -> FailOn.parse(failOn), "--fail-on");
    StaleFormat renderer = parse(() -> StaleFormat.parse(format), "--format");
    DriftOptions options = config.merge(input, model, translator).toOptions();
    StaleReport report;
    try (StaleChecker checker = StaleChecker.create(options)) {
      report = checker.check(new StaleRequest(source, translations, since, frontMatterKey));
    }
    if (output != null) {
      ReportFiles.write(output, out -> renderer.render(report, out));
    } else {
      PrintWriter out = spec.commandLine().getOut();
      try {
        renderer.render(report, out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    // A missing base is a warning on stderr too, where CI logs show it apart from the report.
    PrintWriter err = spec.commandLine().getErr();
    for (StaleDocument d : report.documents()) {
      if (d.status() == StaleStatus.UNKNOWN) {
        d.notes().forEach(note -> err.println("drift: warning: " + d.translation() + ": " + note));
      }
    }
    err.flush();
    return report.fails(fail) ? ExitCodes.DRIFT : ExitCodes.PASS;
  }

  private static <T> T parse(Supplier<T> parser, String option) {
    try {
      return parser.get();
    } catch (IllegalArgumentException e) {
      throw new DriftInputException(option + ": " + e.getMessage(), e);
    }
  }
}
