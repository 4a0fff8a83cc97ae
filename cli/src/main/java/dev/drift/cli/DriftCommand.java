package dev.drift.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code drift} command: prints its usage when run without a subcommand. */
@Command(
    name = "drift",
    scope = ScopeType.INHERIT,
    versionProvider = VersionProvider.class,
    header = "Find where a translation drifts from its original.",
    description = {
      "drift splits a document and its translation into sentences, embeds them with a"
          + " sentence-embedding model, aligns them, marks the wording shifts an editor must see"
          + " and scores how far the translation drifts."
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
  /**
   * The subcommands, in the order the usage lists them. They are added by {@link #commandLine}, not
   * named in the annotation: picocli reads every command's options by reflection when it builds the
   * tree, a good part of a short run's start-up, so a run of one command builds only that one.
   */
  static final List<Supplier<Object>> SUBCOMMANDS =
      List.of(
          CompareCommand::new,
          CheckCommand::new,
          BaselineCommand::new,
          StaleCommand::new,
          AutoComplete.GenerateCompletion::new,
          ManPageCommand::new,
          HelpCommand::new);

  /** The commands a run builds alone when the arguments name them. */
  private static final Map<String, Supplier<Object>> ALONE =
      Map.of(
          "compare", CompareCommand::new,
          "check", CheckCommand::new,
          "baseline", BaselineCommand::new,
          "stale", StaleCommand::new);

  /**
   * The command tree for a command line: the root and, when the first argument that is not an
   * option names one of {@code compare}, {@code check}, {@code baseline} or {@code stale}, that
   * command alone; else every command (the usage, {@code help}, the completion script and the man
   * page need them all).
   *
   * @param args the command line
   * @return the tree
   */
  static CommandLine commandLine(String... args) {
    CommandLine cli = new CommandLine(new DriftCommand());
    String first = Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse("");
    Supplier<Object> alone = ALONE.get(first);
    for (Supplier<Object> command : alone != null ? List.of(alone) : SUBCOMMANDS) {
      cli.addSubcommand(command.get());
    }
    // -h and -V last, after the subcommands took --verbose, as the annotation used to add them:
    // the options come in the same order in every usage, man page and completion script.
    cli.getCommandSpec().mixinStandardHelpOptions(true);
    return cli;
  }

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
