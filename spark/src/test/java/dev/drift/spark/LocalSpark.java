package dev.drift.spark;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One local SparkSession for every test class of the JVM (starting one takes seconds), with two
 * task threads and up to three attempts per task ({@code local[2,3]}: plain {@code local[N]} never
 * retries a task, so a retried task could not be tested); Spark's shutdown hook stops it.
 */
final class LocalSpark {
  /** Two task threads, and a failed task is tried up to three times, as on a cluster. */
  static final String MASTER = "local[2,3]";

  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .appName("drift-spark-tests")
              .master(MASTER)
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "2")
              .getOrCreate();
    }
    return session;
  }

  /** Makes the tests use another session (the benchmark's, with its own master). */
  static synchronized void use(SparkSession spark) {
    session = spark;
  }

  /** A dataset of (id, original, translation) rows, in the given number of partitions. */
  static Dataset<Row> pairs(List<String[]> pairs, int partitions) {
    StructType schema =
        new StructType(
            new StructField[] {
              DataTypes.createStructField("id", DataTypes.StringType, false),
              DataTypes.createStructField("original", DataTypes.StringType, true),
              DataTypes.createStructField("translation", DataTypes.StringType, true)
            });
    List<Row> rows = pairs.stream().map(p -> RowFactory.create((Object[]) p)).toList();
    return session().createDataFrame(rows, schema).repartition(partitions);
  }
}
