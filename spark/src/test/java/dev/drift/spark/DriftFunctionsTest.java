package dev.drift.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.drift.DriftChecker;
import dev.drift.DriftInputException;
import dev.drift.DriftOptions;
import dev.drift.report.DriftReport;
import dev.drift.report.Pair;
import dev.drift.shift.Shift;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DriftFunctions on the tests' local SparkSession. Every id exactly once, also when a task is
 * retried: {@code DriftJobTest}; 1,000 pairs: {@code SparkScaleTest}.
 */
class DriftFunctionsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @BeforeAll
  static void start() {
    LocalSpark.session();
  }

  /** The first paragraphs of a KJV chapter and of the WEB's (aligned paragraph by paragraph). */
  static List<String[]> bible(String chapter, int paragraphs) throws IOException {
    List<String> kjv = paragraphs(ROOT.resolve("eval/bible/dev/" + chapter + ".kjv.txt"));
    List<String> web = paragraphs(ROOT.resolve("eval/bible/dev/" + chapter + ".web.txt"));
    List<String[]> pairs = new ArrayList<>();
    for (int i = 0; i < Math.min(paragraphs, kjv.size()); i++) {
      pairs.add(new String[] {chapter + "-" + i, kjv.get(i), web.get(i)});
    }
    return pairs;
  }

  private static List<String> paragraphs(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank())
        .toList();
  }

  @Test
  void check_should_give_the_answers_of_drift_compare(@TempDir Path dir) throws IOException {
    List<String[]> pairs = new ArrayList<>(bible("acts-02", 3));
    pairs.add(
        new String[] {
          "g20",
          Files.readString(ROOT.resolve("examples/g20/original.txt"), StandardCharsets.UTF_8),
          Files.readString(ROOT.resolve("examples/g20/translation.txt"), StandardCharsets.UTF_8)
        });
    // a faithful rewording whose moved "On Monday" was once taken for swapped roles
    pairs.add(generated(6).get(5));
    pairs.add(
        new String[] {
          "numbers",
          "The meeting is on Monday. We expect 40 guests.",
          "The meeting is on Tuesday. We expect 400 guests."
        });

    Map<String, Row> spark = byId(DriftFunctions.check(LocalSpark.pairs(pairs, 2)));

    // what `drift compare original translation --no-cache` runs: the facade on two files, over
    // the model those options open; it is the JVM's one model, which ExecutorModel opens from the
    // same options (on this thread, which prefetched nothing, its embedder passes every text on)
    try (DriftChecker compare =
        DriftChecker.create(
            DriftOptions.builder().optCache(false).build(), ExecutorModel.embedder())) {
      for (String[] p : pairs) {
        Path a = dir.resolve(p[0] + "-original.txt");
        Path b = dir.resolve(p[0] + "-translation.txt");
        Files.writeString(a, p[1], StandardCharsets.UTF_8);
        Files.writeString(b, p[2], StandardCharsets.UTF_8);
        DriftReport expected = compare.compare(a, b);
        Row row = spark.get(p[0]);
        assertThat(row.<String>getAs("verdict")).as(p[0]).isEqualTo(expected.verdict().id());
        assertThat(row.<Double>getAs("drift")).as(p[0]).isCloseTo(expected.drift(), within(1e-9));
        assertThat(row.<Integer>getAs("matches")).isEqualTo(expected.counts().matches());
        assertThat(row.<Integer>getAs("omissions")).isEqualTo(expected.counts().omissions());
        assertThat(row.<Integer>getAs("additions")).isEqualTo(expected.counts().additions());
        assertThat(row.<Integer>getAs("errorShifts")).isEqualTo(expected.counts().error());
        assertThat(row.<Integer>getAs("originalSentences"))
            .isEqualTo(expected.original().sentences());
        List<String> shifts =
            expected.pairs().stream()
                .map(Pair::shifts)
                .flatMap(List::stream)
                .map(DriftFunctionsTest::describe)
                .toList();
        assertThat(shifts(row)).as(p[0]).isEqualTo(shifts);
      }
    }
    assertThat(spark.get("numbers").<String>getAs("verdict")).isEqualTo("fail");
    assertThat(spark.get("acts-02-0").<Double>getAs("similarityMean")).isBetween(0.5, 1.0);
  }

  private static String describe(Shift s) {
    return s.severity().id()
        + " "
        + s.score()
        + " "
        + s.message()
        + " @"
        + (s.original() == null ? "-" : s.original().start() + "-" + s.original().end())
        + "/"
        + (s.translation() == null ? "-" : s.translation().start() + "-" + s.translation().end());
  }

  private static List<String> shifts(Row row) {
    List<String> out = new ArrayList<>();
    for (Row s : row.<Row>getList(row.fieldIndex("shifts"))) {
      out.add(
          s.getAs("severity")
              + " "
              + s.<Double>getAs("score")
              + " "
              + s.getAs("message")
              + " @"
              + (s.getAs("originalStart") == null
                  ? "-"
                  : s.getAs("originalStart") + "-" + s.getAs("originalEnd"))
              + "/"
              + (s.getAs("translationStart") == null
                  ? "-"
                  : s.getAs("translationStart") + "-" + s.getAs("translationEnd")));
    }
    return out;
  }

  /**
   * Pairs of short news items; every seventh translation changes a number, the others reword the
   * original faithfully (see {@link #assertGeneratedAnswer}).
   */
  static List<String[]> generated(int n) {
    String[] cities = {"Lyon", "Porto", "Gdansk", "Leeds", "Turin", "Ghent", "Malmo"};
    String[] days = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    return IntStream.range(0, n)
        .mapToObj(
            i -> {
              String city = cities[i % cities.length];
              String day = days[i % days.length];
              int boxes = 10 + i;
              String a =
                  "The depot in "
                      + city
                      + " shipped "
                      + boxes
                      + " boxes on "
                      + day
                      + ". The drivers left before dawn. Order "
                      + i
                      + " was signed by the manager.";
              String b =
                  "On "
                      + day
                      + " the "
                      + city
                      + " depot sent "
                      + (i % 7 == 0 ? boxes * 10 : boxes)
                      + " boxes. The drivers set off before sunrise. The manager signed order "
                      + i
                      + ".";
              return new String[] {"p" + i, a, b};
            })
        .collect(Collectors.toList());
  }

  /**
   * What a row of {@link #generated} pairs must say: every seventh pair fails with a number shift;
   * every other one, a faithful rewording, passes without one; none is an error.
   *
   * @param row an output row (from Spark or read back from JSON)
   */
  static void assertGeneratedAnswer(Row row) {
    int i = Integer.parseInt(row.<String>getAs("id").substring(1));
    List<String> kinds = new ArrayList<>();
    for (Row s : row.<Row>getList(row.fieldIndex("shifts"))) {
      kinds.addAll(s.<String>getList(s.fieldIndex("kinds")));
    }
    assertThat(row.<String>getAs("verdict")).as(row.toString()).isNotEqualTo(DriftRows.ERROR);
    if (i % 7 == 0) {
      assertThat(row.<String>getAs("verdict")).as(row.toString()).isEqualTo("fail");
      assertThat(kinds).as(row.toString()).contains("number");
    } else {
      assertThat(row.<String>getAs("verdict")).as(row.toString()).isEqualTo("pass");
      assertThat(kinds).as(row.toString()).doesNotContain("number");
    }
  }

  @Test
  void check_should_turn_bad_rows_into_error_rows() {
    StructType schema =
        new StructType(
            new StructField[] {
              DataTypes.createStructField("id", DataTypes.IntegerType, false),
              DataTypes.createStructField("original", DataTypes.StringType, true),
              DataTypes.createStructField("translation", DataTypes.StringType, true),
              DataTypes.createStructField("translationLang", DataTypes.StringType, true),
              DataTypes.createStructField("format", DataTypes.StringType, true)
            });
    List<Row> rows =
        List.of(
            RowFactory.create(1, "All is well. We agree.", "All is well. We agree.", null, null),
            RowFactory.create(2, null, "A translation without its original.", null, null),
            RowFactory.create(3, "Hello.", "Hello.", null, "pdf"),
            RowFactory.create(4, "Hello.", "Hello.", "not a tag!", null),
            RowFactory.create(5, "Hello there.", "Hello there.", "en", "text"));
    Map<Integer, Row> out = new HashMap<>();
    for (Row r :
        DriftFunctions.check(LocalSpark.session().createDataFrame(rows, schema).repartition(2))
            .collectAsList()) {
      out.put(r.getAs("id"), r);
    }
    assertThat(out).hasSize(5);
    assertThat(out.get(1).<String>getAs("verdict")).isEqualTo("pass");
    assertThat(out.get(5).<String>getAs("verdict")).isEqualTo("pass");
    assertThat(out.get(2).<String>getAs("verdict")).isEqualTo("error");
    assertThat(out.get(2).<String>getAs("message")).isEqualTo("original is null");
    assertThat(out.get(2).<Object>getAs("drift")).isNull();
    assertThat(out.get(3).<String>getAs("message")).contains("unknown input format 'pdf'");
    assertThat(out.get(4).<String>getAs("verdict")).isEqualTo("error");
    assertThat(out.get(4).<String>getAs("message")).contains("not a tag!");
  }

  @Test
  void check_should_name_the_missing_columns() {
    Dataset<Row> wrong =
        LocalSpark.session()
            .createDataFrame(
                List.of(RowFactory.create("1", "text")),
                new StructType(
                    new StructField[] {
                      DataTypes.createStructField("id", DataTypes.StringType, false),
                      DataTypes.createStructField("source", DataTypes.StringType, false)
                    }));
    assertThatThrownBy(() -> DriftFunctions.check(wrong))
        .isInstanceOf(DriftInputException.class)
        .hasMessage(
            "missing columns original, translation (needs id, original, translation; has id, source)");
  }

  private static Map<String, Row> byId(Dataset<Row> result) {
    Map<String, Row> out = new HashMap<>();
    for (Row r : result.collectAsList()) {
      assertThat(out.put(r.getAs("id"), r)).as("id %s twice", r.<String>getAs("id")).isNull();
    }
    return out;
  }
}
