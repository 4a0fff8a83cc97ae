package dev.drift.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DriftJob end to end in this JVM, on the tests' local[2,3] session. */
class DriftJobTest {
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeAll
  static void start() {
    LocalSpark.session();
  }

  private int run(String... args) {
    return DriftJob.run(args, new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void run_should_write_one_json_line_per_pair(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("pairs.jsonl");
    Files.writeString(
        in,
        """
        {"id": 7, "original": "We expect 40 guests.", "translation": "We expect 400 guests."}
        {"id": 8, "original": "All is well.", "translation": "All is well."}
        {"id": 9, "original": "Broken row
        """,
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out");

    assertThat(run("--input", in.toString(), "--output", out.toString())).as(err()).isZero();

    List<Row> rows = LocalSpark.session().read().json(out.toString()).collectAsList();
    assertThat(rows).extracting(r -> r.<Long>getAs("id")).containsExactlyInAnyOrder(7L, 8L, null);
    for (Row r : rows) {
      Long id = r.getAs("id");
      String verdict = r.getAs("verdict");
      if (id == null) {
        assertThat(verdict).isEqualTo("error");
        assertThat(r.<String>getAs("message")).startsWith("malformed record: {\"id\": 9");
      } else {
        assertThat(verdict).isEqualTo(id == 7L ? "fail" : "pass");
      }
    }
  }

  @Test
  void run_should_read_csv_and_write_parquet(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("pairs.csv");
    Files.writeString(
        in,
        """
        id,original,translation,format
        a,"The meeting is on Monday.
        It starts at noon.","The meeting is on Monday.
        It starts at noon.",text
        """,
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out");

    assertThat(run("--input", in.toString(), "--output", out.toString(), "--format", "parquet"))
        .as(err())
        .isZero();

    List<Row> rows = LocalSpark.session().read().parquet(out.toString()).collectAsList();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).<String>getAs("verdict")).isEqualTo("pass");
    assertThat(rows.get(0).<Integer>getAs("originalSentences")).isEqualTo(2);
  }

  @Test
  void run_should_exit_2_naming_the_missing_columns_and_write_nothing(@TempDir Path dir)
      throws IOException {
    Path in = dir.resolve("pairs.jsonl");
    Files.writeString(in, "{\"id\": 1, \"source\": \"Hello.\"}\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");

    assertThat(run("--input", in.toString(), "--output", out.toString())).isEqualTo(2);

    assertThat(err())
        .isEqualTo(
            "drift-spark: "
                + in
                + ": missing columns original, translation (needs id, original, translation;"
                + " has id, source)"
                + System.lineSeparator());
    assertThat(out).doesNotExist();
  }

  @Test
  void run_should_write_an_empty_output_for_an_empty_input(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("pairs.jsonl");
    Files.writeString(in, "", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");

    assertThat(run("--input", in.toString(), "--output", out.toString())).as(err()).isZero();

    assertThat(out.resolve("_SUCCESS")).exists();
    try (var files = Files.list(out)) {
      assertThat(files.filter(f -> f.getFileName().toString().endsWith(".json")))
          .allMatch(f -> f.toFile().length() == 0);
    }
  }

  @Test
  void run_should_exit_2_for_bad_usage_and_bad_paths(@TempDir Path dir) throws IOException {
    assertThat(run("--input", "x.jsonl")).isEqualTo(2);
    assertThat(err()).startsWith("drift-spark: --input and --output are required");

    err.reset();
    Path missing = dir.resolve("missing.jsonl");
    assertThat(run("--input", missing.toString(), "--output", dir.resolve("o").toString()))
        .isEqualTo(2);
    assertThat(err()).isEqualTo("drift-spark: " + missing + ": no such file or directory\n");

    err.reset();
    Path in = Files.writeString(dir.resolve("p.jsonl"), "", StandardCharsets.UTF_8);
    assertThat(run("--input", in.toString(), "--output", dir.toString())).isEqualTo(2);
    assertThat(err()).contains("already exists");

    err.reset();
    assertThat(run("--input", in.toString(), "--output", "o", "--format", "xml")).isEqualTo(2);
    assertThat(err()).startsWith("drift-spark: --format is json or parquet, not xml");
  }

  /**
   * Passes a partition's rows through, except that the first attempt of one partition's task fails
   * after two rows, which the output writer of the same task has already written to its part file.
   * Spark runs it in the stage of drift's partition work, so the retried task redoes that work.
   */
  private static final class FailFirstAttempt implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    /** First attempts failed, and later attempts run, in this JVM (local mode: the executor's). */
    static final AtomicInteger FAILED = new AtomicInteger();

    static final AtomicInteger RETRIED = new AtomicInteger();

    private final int partition;

    FailFirstAttempt(int partition) {
      this.partition = partition;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      TaskContext task = TaskContext.get();
      if (task.partitionId() != partition) {
        return rows;
      }
      if (task.attemptNumber() > 0) {
        RETRIED.incrementAndGet();
        return rows;
      }
      return new Iterator<>() {
        private int passed;

        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          if (passed == 2) {
            FAILED.incrementAndGet();
            throw new IllegalStateException(
                "injected failure: attempt 0 of partition " + partition + " after 2 rows");
          }
          passed++;
          return rows.next();
        }
      };
    }
  }

  @Test
  void write_should_give_every_id_exactly_once_when_spark_retries_a_task(@TempDir Path dir)
      throws IOException {
    List<String[]> pairs = DriftFunctionsTest.generated(12);
    Path plain = dir.resolve("plain");
    Path retried = dir.resolve("retried");

    // three partitions of four rows; the same input, written once as it is and once with the
    // first attempt of partition 1 failing half-way through its rows
    DriftJob.write(DriftFunctions.check(LocalSpark.pairs(pairs, 3)), "json", plain.toString());
    Dataset<Row> checked = DriftFunctions.check(LocalSpark.pairs(pairs, 3));
    Dataset<Row> failing =
        checked.mapPartitions(new FailFirstAttempt(1), Encoders.row(checked.schema()));
    DriftJob.write(failing, "json", retried.toString());

    assertThat(FailFirstAttempt.FAILED).as("attempts failed").hasValue(1);
    assertThat(FailFirstAttempt.RETRIED).as("attempts retried").hasValue(1);
    List<String> ids = pairs.stream().map(p -> p[0]).sorted().toList();
    for (Path out : List.of(plain, retried)) {
      List<Row> rows = LocalSpark.session().read().json(out.toString()).collectAsList();
      assertThat(rows.stream().map(r -> r.<String>getAs("id")).sorted())
          .as("ids in %s", out)
          .containsExactlyElementsOf(ids);
      rows.forEach(DriftFunctionsTest::assertGeneratedAnswer);
      assertThat(out.resolve("_temporary")).as("attempt files left").doesNotExist();
    }
    // the same rows, byte for byte, as the run without a failure
    assertThat(lines(retried)).isEqualTo(lines(plain)).hasSize(pairs.size());
    assertThat(ExecutorModel.loads()).as("one model for the JVM").isEqualTo(1);
  }

  /** The JSON lines of every part file of an output, sorted. */
  private static List<String> lines(Path out) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(out)) {
      for (Path part : files.filter(f -> f.getFileName().toString().startsWith("part-")).toList()) {
        lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
      }
    }
    return lines.stream().sorted().toList();
  }
}
