package dev.drift.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * End-to-end wall time of {@code drift compare} on the long pair (≥ 2,000 sentences a side) against
 * a peer that only embeds the same sentences with LangChain4j's in-process all-MiniLM-L6-v2 (module
 * {@code bench-peer}: the same ONNX file, nothing else). Both run as processes, alternately, five
 * times each; drift runs without its cache ({@code --no-cache}) so it does the whole work every
 * time. Reports the ratio of the medians.
 *
 * <p>Usage: {@code PeerRatio OUT_DIR [RUNS]}; expects {@code cli/target/drift.jar} and {@code
 * bench-peer/target/drift-bench-peer.jar} to be built.
 */
public final class PeerRatio {
  private PeerRatio() {}

  /**
   * Runs the comparison.
   *
   * @param args output directory, and the number of runs of each (default 5)
   * @throws Exception if a process cannot be run
   */
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "target/speed");
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    LongDocuments.Pair pair = LongDocuments.write(out);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path root = Files.isDirectory(Path.of("cli")) ? Path.of(".") : Path.of("..");
    List<String> drift =
        List.of(
            java,
            "-jar",
            root.resolve("cli/target/drift.jar").toString(),
            "compare",
            pair.original().toString(),
            pair.translation().toString(),
            "--no-cache",
            "--timings",
            "--format",
            "json",
            "-o",
            out.resolve("long-report.json").toString());
    List<String> peer =
        List.of(
            java,
            "-cp",
            root.resolve("bench-peer/target/drift-bench-peer.jar")
                + File.pathSeparator
                + root.resolve("bench-peer/target/lib/*"),
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=error",
            "dev.drift.benchpeer.PeerEmbed",
            pair.original().toString(),
            pair.translation().toString());
    double[] d = new double[runs];
    double[] p = new double[runs];
    for (int r = 0; r < runs; r++) {
      d[r] = run(drift, out);
      // drift's own account of each run (--timings), kept per run in timings.txt.
      String timings =
          Files.readAllLines(out.resolve("run.err"), StandardCharsets.UTF_8).stream()
              .filter(line -> line.startsWith("drift: timings:"))
              .findFirst()
              .orElse("drift: no timings line");
      Files.writeString(
          out.resolve("timings.txt"),
          String.format(Locale.ROOT, "run %d: %s%n", r + 1, timings),
          StandardCharsets.UTF_8,
          r == 0 ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND,
          StandardOpenOption.CREATE,
          StandardOpenOption.WRITE);
      System.out.println(timings);
      p[r] = run(peer, out);
      System.out.printf(Locale.ROOT, "run %d: drift %.2f s, peer %.2f s%n", r + 1, d[r], p[r]);
    }
    Arrays.sort(d);
    Arrays.sort(p);
    System.out.printf(
        Locale.ROOT,
        "median: drift %.2f s, peer %.2f s -> drift/peer = %.2f (%d sentences a side)%n",
        d[runs / 2],
        p[runs / 2],
        d[runs / 2] / p[runs / 2],
        pair.sentences());
  }

  private static double run(List<String> command, Path out)
      throws IOException, InterruptedException {
    List<String> c = new ArrayList<>(command);
    Process process =
        new ProcessBuilder(c)
            .redirectOutput(out.resolve("run.out").toFile())
            .redirectError(out.resolve("run.err").toFile())
            .start();
    long t0 = System.nanoTime();
    if (!process.waitFor(30, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("timed out: " + command);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    int code = process.exitValue();
    if (code != 0 && code != 1) {
      throw new IllegalStateException(
          "exit "
              + code
              + ": "
              + command
              + "\n"
              + Files.readString(out.resolve("run.err"), StandardCharsets.UTF_8));
    }
    return seconds;
  }
}
