package dev.drift.spark;

import dev.drift.DriftInputException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * drift as a Spark transform, for users' own jobs: a {@code Dataset<Row>} of pairs in, one row per
 * pair out.
 *
 * <pre>{@code
 * Dataset<Row> pairs = spark.read().parquet("s3://bucket/tm/");   // id, original, translation
 * Dataset<Row> drift = DriftFunctions.check(pairs);
 * drift.filter("verdict <> 'pass'").write().parquet("s3://bucket/drift/");
 * }</pre>
 *
 * <p>Input columns: {@code id} (any type), {@code original} and {@code translation} (text), and
 * optionally {@code originalLang} (default {@code en}), {@code translationLang} (default: detected)
 * and {@code format} ({@code text}, {@code markdown} or {@code html}; default: by content). Output
 * columns: {@code id}, {@code verdict} ({@code pass}, {@code fail} or {@code error}), {@code
 * drift}, {@code message} (why a row is an error), {@code similarityMean}, {@code similarityMin},
 * the sentence counts of both sides, the pair counts ({@code matches}, {@code moved}, {@code
 * omissions}, {@code additions}), the shift counts by severity and {@code shifts}, an array of
 * structs ({@code kinds}, {@code severity}, {@code score}, {@code message} and the original's and
 * translation's span: start, end, text). The answers are those of {@code drift compare} with the
 * cache off. Each executor JVM loads the bundled model once, on its first task.
 */
public final class DriftFunctions {
  private DriftFunctions() {}

  /**
   * Checks every pair, without a translator.
   *
   * @param pairs the pairs
   * @return one row per pair, lazily computed
   * @throws DriftInputException if a required column is missing (the message names it)
   */
  public static Dataset<Row> check(Dataset<Row> pairs) {
    return check(pairs, null);
  }

  /**
   * Checks every pair, rendering translations into the original's language first with a translator
   * (as {@code drift compare --translator}); it must be installed on every executor.
   *
   * @param pairs the pairs
   * @param translator {@code apertium}, a command, or {@code null} for none
   * @return one row per pair, lazily computed
   * @throws DriftInputException if a required column is missing (the message names it)
   */
  public static Dataset<Row> check(Dataset<Row> pairs, String translator) {
    StructType in = pairs.schema();
    InputColumns columns = InputColumns.of(in);
    StructType out = DriftRows.schema(in.fields()[columns.id()].dataType());
    return pairs.mapPartitions(new PartitionChecker(columns, translator), Encoders.row(out));
  }
}
