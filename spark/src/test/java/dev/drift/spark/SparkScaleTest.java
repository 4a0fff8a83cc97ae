package dev.drift.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 1,000 generated pairs on the tests' local[2,3] session, and the benchmark: pairs per second at
 * local[1] and local[2]. Minutes on a small machine, so outside the default run: {@code ./mvnw
 * -Pspark-scale -pl spark test} (CI runs it). The figures go to {@code
 * spark/target/spark-bench.txt}.
 */
@Tag("scale")
class SparkScaleTest {

  @Test
  void check_should_give_one_row_per_pair_for_1000_pairs() {
    List<String[]> pairs = DriftFunctionsTest.generated(1000);
    List<Row> rows = DriftFunctions.check(LocalSpark.pairs(pairs, 8)).collectAsList();

    assertThat(rows).hasSize(1000);
    assertThat(rows.stream().map(r -> r.<String>getAs("id")).distinct().count()).isEqualTo(1000);
    rows.forEach(DriftFunctionsTest::assertGeneratedAnswer);
    assertThat(ExecutorModel.loads()).isEqualTo(1);
  }

  @Test
  void benchmark_pairs_per_second_at_local_1_and_local_2() throws IOException {
    int n = Integer.getInteger("drift.spark.benchPairs", 400);
    List<String[]> pairs = DriftFunctionsTest.generated(n);
    ExecutorModel.embedder().embed(List.of("Warm the model up before timing."));
    StringBuilder report = new StringBuilder();
    double[] rates = new double[3];
    for (int cores : new int[] {1, 2}) {
      LocalSpark.session().stop();
      SparkSession spark =
          SparkSession.builder()
              .appName("drift-spark-bench")
              .master("local[" + cores + "]")
              .config("spark.ui.enabled", "false")
              .getOrCreate();
      LocalSpark.use(spark);
      // a warm-up pass over other pairs, then the timed pass
      DriftFunctions.check(LocalSpark.pairs(DriftFunctionsTest.generated(16), cores)).count();
      long start = System.nanoTime();
      long count = DriftFunctions.check(LocalSpark.pairs(pairs, 4 * cores)).count();
      double seconds = (System.nanoTime() - start) / 1e9;
      assertThat(count).isEqualTo(n);
      rates[cores] = n / seconds;
      report.append(
          String.format(
              Locale.ROOT,
              "local[%d]: %d pairs in %.1f s, %.2f pairs/s%n",
              cores,
              n,
              seconds,
              rates[cores]));
    }
    report.append(
        String.format(
            Locale.ROOT,
            "scaling efficiency local[2] vs local[1]: %.0f %%%n",
            100 * rates[2] / (2 * rates[1])));
    Files.writeString(Path.of("target/spark-bench.txt"), report.toString(), StandardCharsets.UTF_8);
    System.out.print(report);
    assertThat(rates[1]).isPositive();
  }
}
