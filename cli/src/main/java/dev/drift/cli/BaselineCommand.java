package dev.drift.cli;

import dev.drift.DriftChecker;
import dev.drift.DriftInputException;
import dev.drift.DriftOptions;
import dev.drift.baseline.Baseline;
import dev.drift.batch.BatchListener;
import dev.drift.batch.BatchRequest;
import dev.drift.batch.BatchRunner;
import dev.drift.cli.options.ConfigOptions;
import dev.drift.cli.options.ModelOptions;
import dev.drift.cli.options.ThresholdOptions;
import dev.drift.cli.options.TranslatorOptions;
import dev.drift.cli.options.TreeOptions;
import dev.drift.config.Setting;
import dev.drift.config.Settings;
import dev.drift.report.DriftReport;
import dev.drift.report.RunDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code drift baseline create|update}: accept the current shifts. */
@Command(
    name = "baseline",
    header = "Accept the current shifts, so that only new drift fails.",
    description = {
      "Writes a baseline: per document pair, every shift of severity warning or error and every"
          + " sentence dropped or added, matched later by content (the changed text and its"
          + " sentences), not by line number.",
      "The file is YAML, sorted and one value per line: review it in the pull request like code."
          + " drift check and drift compare then report these shifts as accepted."
    },
    subcommands = {BaselineCommand.Create.class, BaselineCommand.Update.class},
    footerHeading = "%nExamples:%n",
    footer = {
      "  drift baseline create docs/en docs/fr docs/de",
      "  drift baseline update                 (trees and baseline path from drift.yaml)",
      "  drift baseline create original.md translation.md --baseline accepted.yaml"
    })
final class BaselineCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.BAD_INPUT;
  }

  /** What create and update share: what to compare and where the baseline goes. */
  abstract static class Writing implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin TreeOptions trees;
    @Mixin ConfigOptions config;

    @Option(
        names = "--baseline",
        paramLabel = "FILE",
        description =
            "The baseline file. Default: baseline from drift.yaml, else "
                + Baseline.DEFAULT_FILE
                + ".")
    Path file;

    @Mixin ThresholdOptions thresholds;
    @Mixin ModelOptions model;
    @Mixin TranslatorOptions translator;

    /** The trees to record: no baseline applied, no report files written. */
    private BatchRequest request(Settings settings) {
      trees.requireTrees(settings);
      return settings.toBatchRequest().toBuilder()
          .optBaseline(null)
          .optOutputDirectory(null)
          .build();
    }

    /** Creates or updates the baseline, then says what changed. */
    int write(boolean create) {
      Settings settings = config.merge(trees, thresholds, model, translator);
      DriftOptions options = settings.toOptions();
      Path target =
          file != null
              ? file
              : settings.find(Setting.BASELINE).orElse(Path.of(Baseline.DEFAULT_FILE));
      if (create && Files.exists(target)) {
        throw new DriftInputException(
            target + " exists; refresh it with drift baseline update, or delete it first");
      }
      Baseline before = Files.exists(target) ? Baseline.read(target) : Baseline.empty(target);
      Baseline after = before;
      List<Path> dirs = trees.directories();
      if (dirs.size() == 2 && Files.isRegularFile(dirs.get(0))) {
        try (DriftChecker checker = DriftChecker.create(options)) {
          DriftReport report = checker.compare(dirs.get(0), dirs.get(1));
          after = after.accepting(dirs.get(0), dirs.get(1), report);
        }
      } else {
        var summary = BatchRunner.create().run(request(settings), BatchListener.NONE);
        for (RunDocument d : summary.run().documents()) {
          after =
              after.accepting(
                  Path.of(d.report().original().path()),
                  Path.of(d.report().translation().path()),
                  d.report());
        }
      }
      after.write();
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "drift: wrote %s: %d accepted shift%s in %d document%s (%d new, %d dropped)%n",
              target,
              after.size(),
              after.size() == 1 ? "" : "s",
              after.documentCount(),
              after.documentCount() == 1 ? "" : "s",
              after.entriesNotIn(before),
              before.entriesNotIn(after));
      return ExitCodes.PASS;
    }
  }

  /** {@code drift baseline create}. */
  @Command(
      name = "create",
      header = "Write a new baseline with every current shift (refuses to overwrite one).",
      sortOptions = false,
      footerHeading = "%nExample:%n",
      footer = {"  drift baseline create docs/en docs/fr docs/de"})
  static final class Create extends Writing {
    @Override
    public Integer call() {
      return write(true);
    }
  }

  /** {@code drift baseline update}. */
  @Command(
      name = "update",
      header =
          "Refresh the baseline: accept new shifts, drop stale entries of the documents checked.",
      description = {
        "Documents not checked in this run keep their entries; review the diff before committing."
      },
      sortOptions = false,
      footerHeading = "%nExample:%n",
      footer = {"  drift baseline update && git diff drift-baseline.yaml"})
  static final class Update extends Writing {
    @Override
    public Integer call() {
      return write(false);
    }
  }
}
