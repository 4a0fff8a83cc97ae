package dev.drift.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.DriftInputException;
import dev.drift.DriftOptions;
import dev.drift.report.DriftReport;
import dev.drift.report.Place;
import dev.drift.report.ReportFormat;
import dev.drift.report.Verdict;
import dev.drift.report.json.JsonRenderer;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunnerTest {
  static final String INDEX =
      """
      # Welcome

      This project checks translations of documentation pages.

      Every page is compared sentence by sentence with its original.
      """;
  static final String GUIDE =
      """
      # Guide

      Install the tool with your package manager before anything else.

      Configure the source directory and the translation directories in the build file.

      Run the build and read the report that lists every drifted page.
      """;
  static final String GUIDE_DRIFTED =
      """
      # Guide

      Install the tool with your package manager before anything else.

      Bananas ripen quickly when stored next to apples in a warm kitchen.
      """;

  @TempDir Path tmp;
  Path en;
  Path fr;
  Path out;
  BagOfWordsEmbedder model = new BagOfWordsEmbedder();
  List<String> events = new ArrayList<>();
  BatchListener recorder =
      new BatchListener() {
        @Override
        public void missingCounterpart(MissingCounterpart missing, MissingPolicy policy) {
          events.add("missing " + policy.id() + " " + missing.relativePath());
        }

        @Override
        public void documentStarted(DocumentPair pair) {
          events.add("start " + pair.relativePath());
        }

        @Override
        public void documentFinished(DocumentOutcome outcome, DriftReport report) {
          events.add("finish " + outcome.pair().relativePath() + " " + report.verdict().id());
        }
      };

  @BeforeEach
  void trees() throws IOException {
    en = Files.createDirectories(tmp.resolve("docs/en"));
    fr = Files.createDirectories(tmp.resolve("docs/fr"));
    out = tmp.resolve("target/drift");
    Files.writeString(en.resolve("index.md"), INDEX);
    Files.writeString(fr.resolve("index.md"), INDEX);
    Files.createDirectories(en.resolve("howto"));
    Files.createDirectories(fr.resolve("howto"));
    Files.writeString(en.resolve("howto/guide.md"), GUIDE);
    Files.writeString(fr.resolve("howto/guide.md"), GUIDE_DRIFTED);
  }

  BatchRequest request() {
    return BatchRequest.of(en, List.of(TranslationTree.of(fr))).toBuilder()
        .optOutputDirectory(out)
        .optFormats(List.of(ReportFormat.JSON, ReportFormat.TEXT))
        .build();
  }

  @Test
  void run_should_check_every_pair_with_one_model_and_tell_the_listener_in_order() {
    BatchSummary summary = BatchRunner.create(model).withThreads(1).run(request(), recorder);

    assertThat(events)
        .containsExactly(
            "start howto/guide.md",
            "finish howto/guide.md fail",
            "start index.md",
            "finish index.md pass");
    assertThat(summary.checked()).isEqualTo(2);
    assertThat(summary.passed()).isEqualTo(1);
    assertThat(summary.failed()).isEqualTo(1);
    assertThat(summary.passes()).isFalse();
    assertThat(summary.describe())
        .matches("2 documents checked, 1 passed, 1 failed, in \\d+\\.\\d s");
    assertThat(model.closed).as("the caller owns the embedder").isFalse();
  }

  @Test
  void a_failing_outcome_should_name_the_dropped_and_changed_sentences_with_file_and_line() {
    DocumentOutcome guide = BatchRunner.create(model).run(request(), recorder).documents().get(0);

    assertThat(guide.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(guide.headline())
        .startsWith(fr.resolve("howto/guide.md") + ": drift ")
        .contains("(max 0.30) FAIL: drift ")
        .contains("is above maxDrift 0.30");
    assertThat(guide.worst())
        .extracting(Place::toString)
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith(
                        en.resolve("howto/guide.md")
                            + ":7:1: error: dropped in the translation: \"Run the build"));
    assertThat(guide.worst())
        .extracting(Place::toString)
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith(fr.resolve("howto/guide.md") + ":5:1: ")
                    .contains("Bananas"));
  }

  @Test
  void run_should_write_each_report_and_an_index_linking_them() throws IOException {
    BatchSummary summary = BatchRunner.create(model).run(request(), BatchListener.NONE);

    Path json = out.resolve("fr/howto/guide.md.json");
    try (Reader in = Files.newBufferedReader(json)) {
      DriftReport report = JsonRenderer.read(in);
      assertThat(report.verdict()).isEqualTo(Verdict.FAIL);
      // The fr tree holds English stand-ins: the report says what the prose reads as, and warns.
      assertThat(report.translation().language()).isEqualTo("en");
      assertThat(report.warnings())
          .anySatisfy(w -> assertThat(w).contains("is declared fr but reads as en"));
    }
    assertThat(out.resolve("fr/howto/guide.md.txt"))
        .content(StandardCharsets.UTF_8)
        .contains("FAIL");
    assertThat(out.resolve("fr/index.md.json")).exists();
    assertThat(summary.index()).isEqualTo(out.resolve("index.html"));
    assertThat(summary.documents().get(0).reports())
        .containsEntry(ReportFormat.JSON, "fr/howto/guide.md.json")
        .containsEntry(ReportFormat.TEXT, "fr/howto/guide.md.txt");
    String index = Files.readString(out.resolve("index.html"));
    assertThat(index)
        .contains("<h1>drift failed</h1>")
        .contains("2 documents checked, 1 passed, 1 failed")
        .contains("<a href=\"./fr/howto/guide.md.json\">json</a>")
        .contains("<a href=\"./fr/index.md.txt\">txt</a>")
        .contains("<tr class=\"fail\"><td>howto/guide.md</td><td>fr</td>")
        .contains("<tr class=\"pass\"><td>index.md</td>");
    try (var leftovers = Files.list(out)) {
      assertThat(leftovers.map(p -> p.getFileName().toString()))
          .as("no temporary files left")
          .containsExactlyInAnyOrder("fr", "index.html");
    }
  }

  @Test
  void missing_counterparts_should_follow_the_policy() throws IOException {
    Files.writeString(en.resolve("new.md"), "A page nobody translated yet.");
    Files.writeString(fr.resolve("old.md"), "A page whose original was removed.");

    BatchSummary warned = BatchRunner.create(model).run(request(), recorder);
    assertThat(events).startsWith("missing warn new.md", "missing warn old.md");
    assertThat(warned.missing()).hasSize(2);
    assertThat(warned.missingFails()).isFalse();
    assertThat(warned.describe()).contains(", 2 without counterpart, ");

    events.clear();
    BatchSummary failed =
        BatchRunner.create(model)
            .run(request().toBuilder().optMissingPolicy(MissingPolicy.FAIL).build(), recorder);
    assertThat(events).startsWith("missing fail new.md", "missing fail old.md");
    assertThat(failed.missingFails()).isTrue();
    assertThat(Files.readString(out.resolve("index.html")))
        .contains("Files without counterpart")
        .contains("new.md: no fr translation");

    events.clear();
    BatchSummary ignored =
        BatchRunner.create(model)
            .run(request().toBuilder().optMissingPolicy(MissingPolicy.IGNORE).build(), recorder);
    assertThat(events).noneMatch(e -> e.startsWith("missing"));
    assertThat(ignored.missing()).isEmpty();
  }

  @Test
  void bad_configuration_should_fail_before_the_model_is_loaded() {
    DriftOptions noSuchModel =
        DriftOptions.builder().optModel(tmp.resolve("no-such-model")).build();
    BatchRequest missingSource =
        BatchRequest.of(tmp.resolve("gone/en"), List.of(TranslationTree.of(fr))).toBuilder()
            .optOptions(noSuchModel)
            .build();

    assertThatThrownBy(() -> BatchRunner.create().run(missingSource, recorder))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("gone")
        .hasMessageContaining("source directory does not exist");
  }

  @Test
  void a_run_without_pairs_should_not_load_the_model() throws IOException {
    Path de = Files.createDirectories(tmp.resolve("docs/de"));
    DriftOptions noSuchModel =
        DriftOptions.builder().optModel(tmp.resolve("no-such-model")).build();
    BatchRequest request =
        BatchRequest.of(en, List.of(TranslationTree.of(de))).toBuilder()
            .optOptions(noSuchModel)
            .optOutputDirectory(out)
            .optFormats(null)
            .build();

    BatchSummary summary = BatchRunner.create().run(request, recorder);

    assertThat(summary.checked()).isZero();
    assertThat(summary.missing()).hasSize(2);
    assertThat(out.resolve("index.html")).exists();
  }

  @Test
  void an_unreadable_document_should_stop_the_run_naming_the_file() throws IOException {
    Files.write(fr.resolve("index.md"), new byte[] {'a', (byte) 0xC3, (byte) 0x28, 'b'});

    assertThatThrownBy(() -> BatchRunner.create(model).run(request(), recorder))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("index.md");
  }

  @Test
  void parallel_runs_should_report_outcomes_in_pairing_order_and_tell_the_listener_everything()
      throws IOException {
    for (int k = 0; k < 6; k++) {
      Files.writeString(en.resolve("page" + k + ".md"), GUIDE);
      Files.writeString(fr.resolve("page" + k + ".md"), k % 2 == 0 ? GUIDE : GUIDE_DRIFTED);
    }
    List<Integer> totals = new ArrayList<>();
    BatchListener listener =
        new BatchListener() {
          @Override
          public void runStarted(int documents) {
            totals.add(documents);
          }

          @Override
          public void documentFinished(DocumentOutcome outcome, DriftReport report) {
            recorder.documentFinished(outcome, report);
          }
        };

    BatchSummary parallel = BatchRunner.create(model).withThreads(2).run(request(), listener);
    BatchSummary serial =
        BatchRunner.create(model).withThreads(1).run(request(), BatchListener.NONE);

    assertThat(totals).containsExactly(8);
    assertThat(events).hasSize(8);
    assertThat(parallel.documents())
        .extracting(d -> d.pair().relativePath() + " " + d.verdict().id())
        .containsExactlyElementsOf(
            serial.documents().stream()
                .map(d -> d.pair().relativePath() + " " + d.verdict().id())
                .toList());
    assertThat(parallel.documents())
        .extracting(DocumentOutcome::drift)
        .containsExactlyElementsOf(
            serial.documents().stream().map(DocumentOutcome::drift).toList());
  }

  @Test
  void a_missing_baseline_file_should_stop_the_run_before_any_document() {
    BatchRequest request =
        request().toBuilder().optBaseline(tmp.resolve("drift-baseline.yaml")).build();

    assertThatThrownBy(() -> BatchRunner.create(model).run(request, recorder))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("drift-baseline.yaml")
        .hasMessageContaining("drift baseline create");
    assertThat(events).isEmpty();
  }

  @Test
  void an_accepted_baseline_should_turn_the_run_green_until_a_translation_changes()
      throws IOException {
    BatchSummary before = BatchRunner.create(model).run(request(), BatchListener.NONE);
    assertThat(before.failed()).isEqualTo(1);
    Path file = tmp.resolve("drift-baseline.yaml");
    dev.drift.baseline.Baseline baseline = dev.drift.baseline.Baseline.empty(file);
    for (var d : before.run().documents()) {
      baseline =
          baseline.accepting(
              Path.of(d.report().original().path()),
              Path.of(d.report().translation().path()),
              d.report());
    }
    baseline.write();

    BatchSummary accepted =
        BatchRunner.create(model)
            .run(request().toBuilder().optBaseline(file).build(), BatchListener.NONE);
    assertThat(accepted.passes()).as(accepted.describe()).isTrue();
    assertThat(accepted.accepted()).isPositive();
    assertThat(accepted.stale()).isZero();
    assertThat(accepted.describe()).contains("shifts accepted by the baseline");

    Files.writeString(
        fr.resolve("index.md"),
        INDEX + "\nCall the support line at 555 0199 when the kettle breaks.\n");
    BatchSummary edited =
        BatchRunner.create(model)
            .run(request().toBuilder().optBaseline(file).build(), BatchListener.NONE);
    assertThat(edited.documents().get(0).passed()).as("the accepted guide").isTrue();
    DocumentOutcome index = edited.documents().get(1);
    assertThat(index.passed()).isFalse();
    assertThat(index.reasons()).anySatisfy(r -> assertThat(r).contains("1 shift at error"));
    assertThat(index.worst()).allSatisfy(f -> assertThat(f.message()).contains("support line"));
    assertThat(edited.accepted()).isEqualTo(accepted.accepted());
  }

  @Test
  void run_level_formats_should_be_written_once_for_the_whole_run() throws IOException {
    BatchRequest request =
        request().toBuilder()
            .optOutputDirectory(out)
            .optFormats(List.of(ReportFormat.JSON, ReportFormat.SARIF, ReportFormat.MARKDOWN))
            .build();

    BatchSummary summary = BatchRunner.create(model).run(request, BatchListener.NONE);

    assertThat(out.resolve("drift.sarif"))
        .content(StandardCharsets.UTF_8)
        .contains("\"version\" : \"2.1.0\"");
    assertThat(out.resolve("summary.md"))
        .content(StandardCharsets.UTF_8)
        .contains("## drift: ❌ failed (1 of 2 documents failed)");
    assertThat(out.resolve("fr/howto/guide.md.sarif")).doesNotExist();
    assertThat(summary.documents().get(0).reports()).containsOnlyKeys(ReportFormat.JSON);
    assertThat(Files.readString(out.resolve("index.html")))
        .contains("<a href=\"./drift.sarif\">drift.sarif</a>");
    assertThat(summary.run().top()).isNotEmpty();
    assertThat(summary.run().top().get(0).file()).endsWith("guide.md");
  }
}
