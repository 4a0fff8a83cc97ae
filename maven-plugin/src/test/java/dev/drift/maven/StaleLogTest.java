package dev.drift.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.report.SentenceRef;
import dev.drift.shift.Severity;
import dev.drift.stale.FailOn;
import dev.drift.stale.StaleChange;
import dev.drift.stale.StaleDocument;
import dev.drift.stale.StaleReport;
import dev.drift.stale.StaleStatus;
import java.io.File;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a {@code drift:stale} run reads in the build log, and which documents fail it. */
class StaleLogTest {
  private static final String BASE = "61eed19a0c3e4b4f9a1f1b2c3d4e5f6a7b8c9d0e";

  private static final SentenceRef LYON =
      new SentenceRef(40, 75, 3, 1, "Alerts go to the operators in Lyon.");
  private static final SentenceRef PARIS =
      new SentenceRef(76, 111, 3, 37, "A copy of each alert goes to Paris.");

  private static StaleReport report() {
    StaleChange added =
        new StaleChange(
            StaleChange.Kind.ADDED,
            true,
            Severity.ERROR,
            null,
            PARIS,
            LYON,
            List.of(),
            List.of(new SentenceRef(38, 73, 3, 5, "Les alertes vont aux opérateurs de Lyon.")));
    return StaleReport.of(
        BASE,
        List.of(
            new StaleDocument(
                "fr/a.md",
                "en/a.md",
                "fr",
                StaleStatus.OUTDATED,
                BASE,
                "translation commit",
                null,
                List.of(added),
                List.of()),
            new StaleDocument(
                "fr/b.md",
                "en/b.md",
                "fr",
                StaleStatus.COSMETIC,
                BASE,
                "translation commit",
                null,
                List.of(),
                List.of()),
            new StaleDocument(
                "fr/c.md",
                "en/c.md",
                "fr",
                StaleStatus.CURRENT,
                BASE,
                "translation commit",
                null,
                List.of(),
                List.of())));
  }

  @Test
  void log_should_fail_an_outdated_page_and_point_an_added_sentence_after_its_neighbour() {
    RecordingLog log = new RecordingLog();

    int failing = StaleLog.log(log, report(), FailOn.OUTDATED);

    assertThat(failing).isEqualTo(1);
    assertThat(log.lines)
        .containsExactly(
            "[ERROR] drift: fr/a.md: outdated, en/a.md changed in meaning since 61eed19",
            "[ERROR] fr/a.md:3:5: source sentence added (its translation goes after this one):"
                + " \"A copy of each alert goes to Paris.\"",
            "[INFO] drift: fr/b.md: cosmetic, en/b.md changed in form only since 61eed19",
            "[INFO] drift: 3 documents: 1 current, 1 cosmetic, 1 outdated");
  }

  @Test
  void log_should_fail_cosmetic_pages_too_under_fail_on_cosmetic_and_nothing_under_never() {
    RecordingLog cosmetic = new RecordingLog();
    assertThat(StaleLog.log(cosmetic, report(), FailOn.COSMETIC)).isEqualTo(2);
    assertThat(cosmetic.lines)
        .contains("[ERROR] drift: fr/b.md: cosmetic, en/b.md changed in form only since 61eed19");

    RecordingLog never = new RecordingLog();
    assertThat(StaleLog.log(never, report(), FailOn.NEVER)).isZero();
    assertThat(never.lines).noneMatch(l -> l.startsWith("[ERROR]"));
    assertThat(never.lines)
        .contains("[WARNING] drift: fr/a.md: outdated, en/a.md changed in meaning since 61eed19");
  }

  @Test
  void failure_should_say_how_many_and_what_to_do() {
    String message = StaleLog.failure(report(), FailOn.OUTDATED, 1, new File("target/drift"));

    assertThat(message)
        .startsWith("drift: 1 of 3 translations are behind their source (changed in meaning;")
        .contains("target/drift", "source-revision: <sha>", "<failOn>never</failOn>")
        .doesNotContain("\n");
  }
}
