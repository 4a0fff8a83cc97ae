package dev.drift.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code drift} command: prints its usage when run without a subcommand. */
@Command(
    name = "drift",
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT,
    versionProvider = VersionProvider.class,
    header = "Find where a translation drifts from its original.",
    description = {
      "drift splits a document and its translation into sentences, embeds them with a"
          + " sentence-embedding model, aligns them, marks the wording shifts an editor must see"
          + " and scores how far the translation drifts."
    },
    subcommands = {
      CompareCommand.class,
      CheckCommand.class,
      BaselineCommand.class,
      StaleCommand.class,
      AutoComplete.GenerateCompletion.class,
      ManPageCommand.class,
      HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every document passes",
      "1:drift over a threshold",
      "2:bad usage or bad input",
      "3:internal or model failure"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  drift compare examples/g20/original.txt examples/g20/translation.txt",
      "  drift check docs/en docs/fr docs/de",
      "  drift baseline create docs/en docs/fr",
      "  source <(drift generate-completion)",
      "%nSee 'drift help <command>' for a command's options and examples."
    })
public final class DriftCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Log what drift and its libraries do, and show stack traces on errors.")
  boolean verbose;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.BAD_INPUT;
  }
}
