package dev.drift.cli.options;

import dev.drift.StageTimings;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * {@code --timings}: after the run, one line on standard error with the seconds each pipeline stage
 * took and the heap's peak. A diagnostic of this run, not a comparison setting: it is not in the
 * settings registry and changes no report.
 */
public final class TimingsOption {
  @Option(
      names = "--timings",
      description =
          "Print on standard error the seconds spent loading, segmenting, translating, embedding,"
              + " aligning, marking shifts and writing the report, and the heap's peak.")
  boolean timings;

  private StageTimings collector;

  /** Starts collecting, when asked for. */
  public void start() {
    if (timings) {
      collector = StageTimings.start();
    }
  }

  /**
   * Prints the figures, when asked for.
   *
   * @param err where to print them
   */
  public void print(PrintWriter err) {
    if (collector != null) {
      err.println("drift: " + collector.finish());
      err.flush();
      collector = null;
    }
  }
}
