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
 * One local[2] SparkSession for every test class of the JVM (starting one takes seconds); Spark's
 * shutdown hook stops it.
 */
final class LocalSpark {
  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .appName("drift-spark-tests")
              .master("local[2]")
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
