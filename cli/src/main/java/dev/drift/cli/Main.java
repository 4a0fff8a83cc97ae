package dev.drift.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Entry point of the {@code drift} command line. Only {@link #main} exits the JVM. */
public final class Main {
  private Main() {}

  /**
   * Runs drift and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String... args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code;
    try {
      code = run(out, err, args);
    } catch (Error e) {
      // picocli hands only exceptions to the ErrorHandler; an Error (out of memory, a stack
      // overflow) would print a stack trace and exit 1, which CI reads as "drift found".
      code = fatal(e, err, Arrays.asList(args).contains("--verbose"));
    }
    System.exit(code);
  }

  /**
   * Reports an {@link Error} that escaped a command the way the ErrorHandler reports exceptions:
   * one line, exit code 3, the stack trace only with {@code --verbose}.
   */
  static int fatal(Error e, PrintWriter err, boolean verbose) {
    if (e instanceof OutOfMemoryError) {
      err.println(
          "drift: out of memory ("
              + e.getMessage()
              + "); give Java more (e.g. JAVA_TOOL_OPTIONS=-Xmx4g) or compare smaller documents");
    } else {
      err.println("drift: internal error: " + e + " (run with --verbose for details)");
    }
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.INTERNAL;
  }

  /**
   * Runs drift without exiting.
   *
   * @param out standard output
   * @param err standard error
   * @param args the command line
   * @return the exit code (see {@link ExitCodes})
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    quietLibraries(Arrays.asList(args).contains("--verbose"));
    ErrorHandler errors = new ErrorHandler();
    CommandLine cli =
        DriftCommand.commandLine(args)
            .setOut(out)
            .setErr(err)
            .setExecutionExceptionHandler(errors)
            .setParameterExceptionHandler(errors)
            .setExitCodeExceptionMapper(errors)
            .setCaseInsensitiveEnumValuesAllowed(true)
            .setAbbreviatedOptionsAllowed(false);
    // picocli colours help on a terminal; NO_COLOR (no-color.org) turns that off as well.
    String noColor = System.getenv("NO_COLOR");
    if (noColor != null && !noColor.isEmpty()) {
      cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    }
    // The completion script is generated for the name users type.
    CommandLine completion = cli.getSubcommands().get("generate-completion");
    if (completion != null) {
      completion.getCommandSpec().usageMessage().hidden(false);
    }
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  static boolean verbose(ParseResult parseResult) {
    for (ParseResult r = parseResult; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  /**
   * DJL and ONNX Runtime log start-up chatter (CUDA probes, native-library extraction) through
   * SLF4J; keep it off the user's terminal unless asked for. Must run before any logger exists.
   */
  private static void quietLibraries(boolean verbose) {
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "off");
    }
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    // Named, the binding is not searched for: SLF4J would read every jar on the class path for it.
    // Then SLF4J says which it loads, an info line of its own, kept for --verbose.
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.provider", "org.slf4j.simple.SimpleServiceProvider");
      if (!verbose && System.getProperty("slf4j.internal.verbosity") == null) {
        System.setProperty("slf4j.internal.verbosity", "WARN");
      }
    }
  }
}
