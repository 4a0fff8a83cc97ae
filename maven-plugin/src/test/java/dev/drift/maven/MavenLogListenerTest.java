package dev.drift.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.batch.DocumentOutcome;
import dev.drift.batch.DocumentPair;
import dev.drift.batch.MissingCounterpart;
import dev.drift.batch.MissingPolicy;
import dev.drift.report.DriftReport;
import dev.drift.report.Place;
import dev.drift.report.StaleShift;
import dev.drift.report.Verdict;
import dev.drift.shift.ShiftKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MavenLogListenerTest {
  static final DocumentPair PAIR =
      new DocumentPair("a.md", Path.of("en/a.md"), "en", Path.of("fr/a.md"), "fr");

  static DocumentOutcome outcome(Verdict verdict, double drift) {
    return new DocumentOutcome(
        PAIR,
        drift,
        0.3,
        verdict,
        verdict == Verdict.FAIL ? List.of("drift 0.42 is above maxDrift 0.30") : List.of(),
        Map.of(),
        verdict == Verdict.FAIL
            ? List.of(
                new Place("en/a.md", 3, 1, "dropped in the translation: \"x\""),
                new Place("fr/a.md", 5, 2, "added in the translation: \"y\""))
            : List.of());
  }

  @Test
  void a_failing_document_should_log_its_headline_then_one_error_per_worst_place() {
    RecordingLog log = new RecordingLog();

    new MavenLogListener(log, true).documentFinished(outcome(Verdict.FAIL, 0.42), null);

    assertThat(log.lines)
        .containsExactly(
            "[ERROR] "
                + Path.of("fr/a.md")
                + ": drift 0.42 (max 0.30) FAIL: drift 0.42 is above maxDrift 0.30",
            "[ERROR] " + Path.of("en/a.md") + ":3:1: dropped in the translation: \"x\"",
            "[ERROR] " + Path.of("fr/a.md") + ":5:2: added in the translation: \"y\"");
  }

  @Test
  void stale_baseline_entries_should_be_warnings_naming_the_translation() {
    RecordingLog log = new RecordingLog();
    DriftReport report =
        new DriftReport(
            DriftReport.SCHEMA,
            null,
            null,
            null,
            0.0,
            Verdict.PASS,
            List.of(),
            null,
            null,
            List.of(),
            List.of(),
            List.of(
                new StaleShift(List.of(ShiftKind.NUMBER), "60", "90", "number changed: 60 → 90")));

    new MavenLogListener(log, true).documentFinished(outcome(Verdict.PASS, 0.01), report);

    assertThat(log.lines)
        .containsExactly(
            "[WARNING] "
                + Path.of("fr/a.md")
                + ": stale baseline entry, it matches nothing (drift baseline update drops it):"
                + " number changed: 60 → 90");
  }

  @Test
  void with_failOnDrift_off_the_same_lines_should_be_warnings() {
    RecordingLog log = new RecordingLog();

    new MavenLogListener(log, false).documentFinished(outcome(Verdict.FAIL, 0.42), null);

    assertThat(log.lines).hasSize(3).allMatch(line -> line.startsWith("[WARNING] "));
  }

  @Test
  void a_passing_document_should_appear_only_in_debug_output() {
    RecordingLog quiet = new RecordingLog();
    new MavenLogListener(quiet, true).documentFinished(outcome(Verdict.PASS, 0.02), null);
    assertThat(quiet.lines).isEmpty();

    RecordingLog debug = new RecordingLog();
    debug.debug = true;
    MavenLogListener listener = new MavenLogListener(debug, true);
    listener.documentStarted(PAIR);
    listener.documentFinished(outcome(Verdict.PASS, 0.02), null);
    assertThat(debug.lines)
        .containsExactly(
            "[DEBUG] drift: comparing " + Path.of("en/a.md") + " with " + Path.of("fr/a.md"),
            "[DEBUG] " + Path.of("fr/a.md") + ": drift 0.02 (max 0.30) PASS");
  }

  @Test
  void a_missing_counterpart_should_be_a_warning_or_an_error_by_policy() {
    RecordingLog log = new RecordingLog();
    MavenLogListener listener = new MavenLogListener(log, true);
    MissingCounterpart missing =
        new MissingCounterpart(
            MissingCounterpart.Kind.NO_TRANSLATION,
            "b.md",
            Path.of("en/b.md"),
            Path.of("fr/b.md"),
            "fr");

    listener.missingCounterpart(missing, MissingPolicy.WARN);
    listener.missingCounterpart(missing, MissingPolicy.FAIL);

    String message =
        Path.of("en/b.md") + ": no fr translation (expected " + Path.of("fr/b.md") + ")";
    assertThat(log.lines).containsExactly("[WARNING] " + message, "[ERROR] " + message);
  }
}
