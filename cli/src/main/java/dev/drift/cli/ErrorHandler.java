package dev.drift.cli;

import dev.drift.DriftException;
import dev.drift.DriftInputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns exceptions into one line on standard error and the matching exit code: bad input 2, drift
 * or model failures 3. The stack trace appears only with {@code --verbose}. A usage error is one
 * line too, then suggestions for a mistyped option or command, then where to find help, as grep
 * does.
 */
final class ErrorHandler
    implements IExecutionExceptionHandler, IParameterExceptionHandler, IExitCodeExceptionMapper {

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println(cmd.getColorScheme().errorText("drift: " + firstLine(ex.getMessage())));
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCodes.BAD_INPUT;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    // A library that wraps running out of memory in its own exception (WordNet's loader does)
    // must not turn it into an "internal error" without the advice to give Java more memory.
    for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof OutOfMemoryError oom) {
        return Main.fatal(oom, err, Main.verbose(parseResult));
      }
    }
    String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    if (ex instanceof DriftException) {
      err.println(cmd.getColorScheme().errorText("drift: " + firstLine(message)));
    } else {
      err.println(
          cmd.getColorScheme()
              .errorText(
                  "drift: internal error: "
                      + firstLine(message)
                      + " ("
                      + ex.getClass().getName()
                      + ")"));
    }
    if (Main.verbose(parseResult)) {
      ex.printStackTrace(err);
    } else if (!(ex instanceof DriftInputException)) {
      err.println("drift: run with --verbose for details");
    }
    err.flush();
    return getExitCode(ex);
  }

  @Override
  public int getExitCode(Throwable ex) {
    if (ex instanceof DriftInputException || ex instanceof CommandLine.ParameterException) {
      return ExitCodes.BAD_INPUT;
    }
    return ExitCodes.INTERNAL;
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
