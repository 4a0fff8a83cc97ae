package dev.drift.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DriftJob end to end in this JVM, on the tests' local[2] session. */
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
}
