package dev.drift.report.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drift.report.Counts;
import dev.drift.report.DocumentSummary;
import dev.drift.report.DriftReport;
import dev.drift.report.ModelSummary;
import dev.drift.report.Pair;
import dev.drift.report.PairKind;
import dev.drift.report.SentenceRef;
import dev.drift.report.Verdict;
import dev.drift.report.html.ReportFixtures;
import dev.drift.score.Thresholds;
import dev.drift.shift.Severity;
import dev.drift.shift.Shift;
import dev.drift.shift.ShiftKind;
import dev.drift.shift.TextSpan;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRendererTest {
  private static final ObjectMapper TREE = new ObjectMapper();
  private static final JsonRenderer RENDERER = JsonRenderer.create();

  private static SentenceRef ref(int start, int line, String text) {
    return new SentenceRef(start, start + text.length(), line, 3, text);
  }

  /** A report with one pair of each kind, a shift, a warning and a failing verdict. */
  static DriftReport sampleReport() {
    Shift shift =
        new Shift(
            List.of(ShiftKind.NUMBER, ShiftKind.ENTITY),
            Severity.ERROR,
            0.8,
            "number changed: 12 → 21",
            new TextSpan(10, 12, "12"),
            new TextSpan(40, 42, "21"));
    List<Pair> pairs =
        List.of(
            new Pair(
                PairKind.MATCH,
                0.9132,
                0.0868,
                false,
                List.of(ref(2, 1, "The fox ate 12 grapes.")),
                List.of(ref(2, 1, "Le renard a mangé 21 raisins.")),
                List.of(shift)),
            new Pair(
                PairKind.MATCH,
                0.7,
                0.3,
                true,
                List.of(ref(30, 2, "It was hungry."), ref(45, 2, "Very hungry.")),
                List.of(ref(40, 3, "Il avait très faim.")),
                List.of()),
            new Pair(
                PairKind.OMISSION,
                null,
                1.0,
                false,
                List.of(ref(60, 4, "\"Sour,\" he said — and left.")),
                List.of(),
                List.of()),
            new Pair(
                PairKind.ADDITION,
                null,
                1.0,
                false,
                List.of(),
                List.of(ref(70, 5, "Fin. 🦊")),
                List.of()));
    return new DriftReport(
        DriftReport.SCHEMA,
        new DocumentSummary("en/fox.md", "markdown", "en", 4),
        new DocumentSummary("fr/fox.md", "markdown", "fr", 3),
        new ModelSummary("all-MiniLM-L6-v2", "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a6978"),
        0.4123,
        Verdict.FAIL,
        List.of("drift 0.41 is above maxDrift 0.30"),
        new Thresholds(0.3, 0.55, Severity.ERROR),
        Counts.of(pairs),
        pairs,
        List.of("fr/fox.md: 1 sentence could not be segmented"));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  @Test
  void toJson_should_write_the_schema_fields_in_order() throws IOException {
    JsonNode root = TREE.readTree(RENDERER.toJson(sampleReport()));

    assertThat(fieldNames(root))
        .containsExactly(
            "schema",
            "original",
            "translation",
            "model",
            "drift",
            "verdict",
            "reasons",
            "thresholds",
            "counts",
            "pairs",
            "warnings");
    assertThat(root.get("schema").asText()).isEqualTo("drift-report/1");
    assertThat(fieldNames(root.get("original")))
        .containsExactly("path", "format", "language", "sentences");
    assertThat(fieldNames(root.get("translation")))
        .containsExactly("path", "format", "language", "sentences");
    assertThat(fieldNames(root.get("model"))).containsExactly("name", "sha256");
    assertThat(fieldNames(root.get("thresholds")))
        .containsExactly("maxDrift", "minSimilarity", "failOn");
    assertThat(fieldNames(root.get("counts")))
        .containsExactly("matches", "moved", "omissions", "additions", "info", "warning", "error");
  }

  @Test
  void toJson_should_write_values_with_lower_case_names() throws IOException {
    JsonNode root = TREE.readTree(RENDERER.toJson(sampleReport()));

    assertThat(root.get("verdict").asText()).isEqualTo("fail");
    assertThat(root.get("drift").isDouble()).isTrue();
    assertThat(root.get("drift").asDouble()).isEqualTo(0.4123);
    assertThat(root.get("original").get("sentences").asInt()).isEqualTo(4);
    assertThat(root.get("model").get("name").asText()).isEqualTo("all-MiniLM-L6-v2");
    assertThat(root.get("thresholds").get("maxDrift").asDouble()).isEqualTo(0.3);
    assertThat(root.get("thresholds").get("minSimilarity").asDouble()).isEqualTo(0.55);
    JsonNode counts = root.get("counts");
    assertThat(List.of(counts.get("matches"), counts.get("moved"), counts.get("omissions")))
        .extracting(JsonNode::asInt)
        .containsExactly(2, 1, 1);
    assertThat(counts.get("additions").asInt()).isEqualTo(1);
    assertThat(root.get("reasons").get(0).asText()).isEqualTo("drift 0.41 is above maxDrift 0.30");
    assertThat(root.get("warnings")).hasSize(1);
  }

  @Test
  void toJson_should_write_pairs_with_their_fields_and_no_similarity_unless_a_match()
      throws IOException {
    JsonNode pairs = TREE.readTree(RENDERER.toJson(sampleReport())).get("pairs");

    assertThat(pairs).hasSize(4);
    assertThat(pairs.findValuesAsText("kind"))
        .containsExactly("match", "match", "omission", "addition");
    assertThat(fieldNames(pairs.get(0)))
        .containsExactly(
            "kind", "similarity", "drift", "moved", "original", "translation", "shifts");
    assertThat(pairs.get(0).get("similarity").asDouble()).isEqualTo(0.9132);
    assertThat(pairs.get(1).get("moved").asBoolean()).isTrue();
    assertThat(pairs.get(1).get("original")).hasSize(2);
    for (int p : new int[] {2, 3}) {
      assertThat(fieldNames(pairs.get(p)))
          .containsExactly("kind", "drift", "moved", "original", "translation", "shifts");
      assertThat(pairs.get(p).get("drift").asDouble()).isEqualTo(1.0);
    }
    assertThat(pairs.get(2).get("translation")).isEmpty();
    assertThat(pairs.get(3).get("original")).isEmpty();
    JsonNode sentence = pairs.get(0).get("original").get(0);
    assertThat(fieldNames(sentence)).containsExactly("start", "end", "line", "column", "text");
    assertThat(sentence.get("text").asText()).isEqualTo("The fox ate 12 grapes.");
    assertThat(sentence.get("end").asInt() - sentence.get("start").asInt()).isEqualTo(22);
  }

  @Test
  void toJson_should_write_shifts_with_lower_case_kinds_and_severity() throws IOException {
    JsonNode shift =
        TREE.readTree(RENDERER.toJson(sampleReport())).get("pairs").get(0).get("shifts").get(0);

    assertThat(fieldNames(shift))
        .containsExactly("kinds", "severity", "score", "message", "original", "translation");
    assertThat(shift.get("kinds").get(0).asText()).isEqualTo("number");
    assertThat(shift.get("kinds").get(1).asText()).isEqualTo("entity");
    assertThat(shift.get("severity").asText()).isEqualTo("error");
    assertThat(fieldNames(shift.get("original"))).containsExactly("start", "end", "text");
  }

  @Test
  void read_should_give_back_an_equal_report() throws IOException {
    DriftReport report = sampleReport();

    DriftReport read = JsonRenderer.read(new StringReader(RENDERER.toJson(report)));

    assertThat(read).isEqualTo(report);
    assertThat(read.pairs().get(2).similarity()).isNull();
    assertThat(read.pairs().get(3).translation().get(0).text()).isEqualTo("Fin. 🦊");
  }

  @Test
  void read_should_keep_doubles_exactly() throws IOException {
    DriftReport base = sampleReport();
    double awkward = 0.1 + 0.2; // 0.30000000000000004
    DriftReport report =
        new DriftReport(
            base.schema(),
            base.original(),
            base.translation(),
            base.model(),
            awkward,
            Verdict.PASS,
            List.of(),
            new Thresholds(1.0 / 3, Math.nextDown(0.55), Severity.ERROR),
            base.counts(),
            base.pairs(),
            List.of());

    DriftReport read = JsonRenderer.read(new StringReader(RENDERER.toJson(report)));

    assertThat(read).isEqualTo(report);
    assertThat(read.drift()).isEqualTo(awkward);
    assertThat(read.verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void read_should_give_back_an_empty_passing_report() throws IOException {
    DriftReport report =
        new DriftReport(
            DriftReport.SCHEMA,
            new DocumentSummary("a.txt", "text", "en", 0),
            new DocumentSummary("b.txt", "text", "de", 0),
            new ModelSummary("m", "00"),
            0.0,
            Verdict.PASS,
            List.of(),
            Thresholds.defaults(),
            Counts.of(List.of()),
            List.of(),
            List.of("a.txt has no sentences", "b.txt has no sentences"));

    String json = RENDERER.toJson(report);

    assertThat(TREE.readTree(json).get("verdict").asText()).isEqualTo("pass");
    assertThat(JsonRenderer.read(new StringReader(json))).isEqualTo(report);
  }

  @Test
  void a_translation_worded_freely_should_say_so_and_read_back() throws IOException {
    DriftReport report = ReportFixtures.freelyWorded(sampleReport());

    String json = RENDERER.toJson(report);

    assertThat(fieldNames(TREE.readTree(json).get("translation")))
        .containsExactly("path", "format", "language", "sentences", "wording");
    assertThat(TREE.readTree(json).get("translation").get("wording").asText()).isEqualTo("free");
    assertThat(JsonRenderer.read(new StringReader(json))).isEqualTo(report);
  }

  @Test
  void read_should_ignore_unknown_top_level_fields() throws IOException {
    String json = RENDERER.toJson(sampleReport()).replaceFirst("\\{", "{\"future\": [1, 2],");

    assertThat(JsonRenderer.read(new StringReader(json))).isEqualTo(sampleReport());
  }

  @Test
  void read_should_reject_text_that_is_not_a_report() {
    assertThatThrownBy(() -> JsonRenderer.read(new StringReader("{\"schema\": ")))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> JsonRenderer.read(new StringReader("[1, 2]")))
        .isInstanceOf(IOException.class);
  }

  @Test
  void render_should_write_the_same_text_as_toJson_and_leave_the_writer_open() throws IOException {
    DriftReport report = sampleReport();
    StringWriter sink = new StringWriter();
    boolean[] closed = {false};
    FilterWriter out =
        new FilterWriter(sink) {
          @Override
          public void close() throws IOException {
            closed[0] = true;
            super.close();
          }
        };

    RENDERER.render(report, out);
    out.flush();

    assertThat(closed[0]).isFalse();
    assertThat(sink.toString()).isEqualTo(RENDERER.toJson(report)).endsWith("}\n");
  }

  @Test
  void toJson_should_pretty_print_with_two_space_indents() {
    String json = RENDERER.toJson(sampleReport());

    assertThat(json).startsWith("{\n  \"schema\"");
    assertThat(json.lines().skip(1).filter(l -> l.startsWith(" ")))
        .allMatch(l -> (l.length() - l.stripLeading().length()) % 2 == 0);
  }
}
