package dev.drift.spark;

import dev.drift.DriftInputException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * The drift Spark job: reads pairs from JSON lines, Parquet or CSV, checks them with {@link
 * DriftFunctions} and writes one row per pair as JSON lines or Parquet.
 *
 * <pre>
 * spark-submit --class dev.drift.spark.DriftJob drift-spark-all.jar \
 *     --input s3://bucket/pairs/ --input-format parquet --output s3://bucket/drift/ --format parquet
 * </pre>
 *
 * <p>Exit codes: 0 written; 2 bad usage or input (a missing column, an unreadable input, an output
 * that already exists), one line on standard error and nothing written; 3 the job or the model
 * failed.
 */
public final class DriftJob {
  static final String USAGE =
      "usage: drift-spark --input IN --output DIR [--format json|parquet]"
          + " [--input-format json|parquet|csv] [--master URL] [--translator apertium|COMMAND]";

  private DriftJob() {}

  /**
   * Runs the job and exits with its code.
   *
   * @param args the arguments (see {@link #USAGE})
   */
  public static void main(String[] args) {
    System.exit(run(args, System.err));
  }

  /** The job's arguments. */
  record Arguments(
      String input,
      String output,
      String format,
      String inputFormat,
      String master,
      String translator) {}

  /**
   * Runs the job in this JVM, with the SparkSession the arguments name (an existing one is reused).
   *
   * @param args the arguments
   * @param err where errors go, one line each
   * @return the exit code
   */
  static int run(String[] args, PrintStream err) {
    Arguments a;
    try {
      a = parse(args);
    } catch (IllegalArgumentException e) {
      err.println("drift-spark: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    try {
      String inputFormat = inputFormat(a);
      checkPaths(a);
      SparkSession spark = session(a.master());
      Dataset<Row> pairs = read(spark, inputFormat, a.input());
      Dataset<Row> result;
      if (pairs.schema().fields().length == 0) {
        result = spark.createDataFrame(java.util.List.of(), DriftRows.schema(DataTypes.StringType));
      } else {
        result = DriftFunctions.check(pairs, a.translator());
      }
      write(result, a.format(), a.output());
      return 0;
    } catch (DriftInputException e) {
      err.println("drift-spark: " + a.input() + ": " + e.getMessage());
      return 2;
    } catch (Exception e) { // Scala code throws AnalysisException, a checked one, undeclared
      if (e instanceof AnalysisException) {
        err.println("drift-spark: " + a.input() + ": " + firstLine(e.getMessage()));
        return 2;
      }
      err.println("drift-spark: the job failed: " + firstLine(String.valueOf(e.getMessage())));
      return 3;
    }
  }

  /**
   * Writes the rows to a new directory through Spark's file commit protocol, which makes a retried
   * task safe: each task attempt writes its part file under the output's {@code _temporary}
   * directory, a failed attempt's partial file is deleted, and only the one attempt that commits is
   * moved into place, so every row appears once however often Spark retried its task ({@code
   * DriftJobTest} fails a task half-way and checks). On object stores without an atomic rename
   * (S3), use one of Hadoop's S3A committers for the same guarantee.
   *
   * @param result the rows
   * @param format {@code json} (JSON lines) or {@code parquet}
   * @param output the directory, which must not exist
   */
  static void write(Dataset<Row> result, String format, String output) {
    var writer = result.write().mode(SaveMode.ErrorIfExists);
    if (format.equals("parquet")) {
      writer.parquet(output);
    } else {
      writer.json(output);
    }
  }

  static Arguments parse(String[] args) {
    String input = null;
    String output = null;
    String format = "json";
    String inputFormat = null;
    String master = null;
    String translator = null;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + option + " needs a value");
      }
      String value = args[++i];
      switch (option) {
        case "--input" -> input = value;
        case "--output" -> output = value;
        case "--format" -> format = value.toLowerCase(Locale.ROOT);
        case "--input-format" -> inputFormat = value.toLowerCase(Locale.ROOT);
        case "--master" -> master = value;
        case "--translator" -> translator = value;
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    if (input == null || output == null) {
      throw new IllegalArgumentException("--input and --output are required");
    }
    if (!format.equals("json") && !format.equals("parquet")) {
      throw new IllegalArgumentException("--format is json or parquet, not " + format);
    }
    if (inputFormat != null && !Stream.of("json", "parquet", "csv").anyMatch(inputFormat::equals)) {
      throw new IllegalArgumentException(
          "--input-format is json, parquet or csv, not " + inputFormat);
    }
    return new Arguments(input, output, format, inputFormat, master, translator);
  }

  /** The input's format: as given, else by its extension, else by the files of a directory. */
  private static String inputFormat(Arguments a) {
    if (a.inputFormat() != null) {
      return a.inputFormat();
    }
    String byName = byExtension(a.input());
    if (byName != null) {
      return byName;
    }
    Path local = localPath(a.input());
    if (local != null && Files.isDirectory(local)) {
      try (Stream<Path> files = Files.list(local)) {
        var found =
            files
                .map(f -> byExtension(f.getFileName().toString()))
                .filter(f -> f != null)
                .findFirst();
        if (found.isPresent()) {
          return found.get();
        }
      } catch (IOException e) {
        throw new DriftInputException("cannot list the directory: " + e.getMessage(), e);
      }
    }
    throw new DriftInputException(
        "cannot tell its format from its name; give --input-format json, parquet or csv");
  }

  private static String byExtension(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
      return "json";
    }
    if (n.endsWith(".parquet")) {
      return "parquet";
    }
    return n.endsWith(".csv") ? "csv" : null;
  }

  /** Checks what can be checked before Spark starts, for local paths. */
  private static void checkPaths(Arguments a) {
    Path in = localPath(a.input());
    if (in != null && !Files.exists(in)) {
      throw new DriftInputException("no such file or directory");
    }
    Path out = localPath(a.output());
    if (out != null && Files.exists(out)) {
      throw new DriftInputException(
          "the output " + a.output() + " already exists; drift-spark writes a new directory");
    }
  }

  /** The path of a local file name (no URI scheme such as hdfs: or s3a:), or null. */
  private static Path localPath(String name) {
    if (name.startsWith("file:")) {
      return Path.of(java.net.URI.create(name));
    }
    return name.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") ? null : Path.of(name);
  }

  private static SparkSession session(String master) {
    SparkSession.Builder builder = SparkSession.builder().appName("drift");
    if (master != null) {
      builder.master(master);
    } else if (!new SparkConf().contains("spark.master")) {
      builder.master("local[*]"); // run outside spark-submit: this machine
    }
    return builder.getOrCreate();
  }

  private static Dataset<Row> read(SparkSession spark, String format, String input) {
    DataFrameReader reader = spark.read();
    return switch (format) {
      case "parquet" -> reader.parquet(input);
      case "csv" ->
          reader
              .option("header", "true")
              .option("multiLine", "true")
              .option("escape", "\"")
              .option("encoding", StandardCharsets.UTF_8.name())
              .csv(input);
      default -> reader.option("encoding", StandardCharsets.UTF_8.name()).json(input);
    };
  }

  private static String firstLine(String message) {
    String m = message == null ? "" : message.strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
