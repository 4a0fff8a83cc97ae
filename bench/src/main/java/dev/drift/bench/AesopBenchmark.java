package dev.drift.bench;

import dev.drift.DriftChecker;
import dev.drift.DriftOptions;
import dev.drift.report.DriftReport;
import dev.drift.report.ReportFiles;
import dev.drift.report.json.JsonRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Aligns every pair of an Aesop benchmark set ({@code ID.complex.txt} as the original, {@code
 * ID.simple.txt} as the translation) with one model instance and writes {@code ID.json}
 * (drift-report/1) per pair, ready for {@code eval/aesop/score_alignment.py}.
 *
 * <p>Usage: {@code AesopBenchmark SET_DIR OUT_DIR [MODEL_DIR]}
 */
public final class AesopBenchmark {
  private AesopBenchmark() {}

  /**
   * Runs the benchmark set.
   *
   * @param args set directory, output directory, optional model directory
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: AesopBenchmark SET_DIR OUT_DIR [MODEL_DIR]");
      System.exit(2);
    }
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
    DriftOptions options = DriftOptions.defaults();
    if (args.length > 2) {
      options = options.toBuilder().optModel(Path.of(args[2])).build();
    }
    int pairs = run(Path.of(args[0]), Path.of(args[1]), options);
    System.err.printf(Locale.ROOT, "aligned %d pairs into %s%n", pairs, args[1]);
  }

  /**
   * Aligns every pair of a set.
   *
   * @param set the set directory
   * @param out where to write the reports
   * @param options drift's options
   * @return how many pairs were aligned
   * @throws IOException if a file cannot be read or written
   */
  public static int run(Path set, Path out, DriftOptions options) throws IOException {
    Files.createDirectories(out);
    List<Path> originals;
    try (Stream<Path> files = Files.list(set)) {
      originals = files.filter(f -> f.toString().endsWith(".complex.txt")).sorted().toList();
    }
    JsonRenderer json = JsonRenderer.create();
    try (DriftChecker checker = DriftChecker.create(options)) {
      for (Path original : originals) {
        String id = original.getFileName().toString().replace(".complex.txt", "");
        DriftReport report = checker.compare(original, set.resolve(id + ".simple.txt"));
        ReportFiles.write(out.resolve(id + ".json"), w -> json.render(report, w));
      }
    }
    return originals.size();
  }
}
