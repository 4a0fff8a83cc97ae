package dev.drift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.report.DriftReport;
import dev.drift.report.RenderOptions;
import dev.drift.report.RenderedReport;
import dev.drift.report.Rendering;
import dev.drift.report.ReportFormat;
import dev.drift.report.json.JsonRenderer;
import dev.drift.shift.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Warm means warm (issue 14, item 9): a rerun over unchanged files, whose report the cache holds,
 * loads neither the model nor anything a fresh comparison would set up (ICU's sentence rules, the
 * aligner, the shift detectors' WordNet), and serves the same report.
 */
class WarmRunTest {
  static final Path ORIGINAL = Path.of("../examples/g20/original.txt");
  static final Path TRANSLATION = Path.of("../examples/g20/translation.txt");

  @Test
  void a_rerun_with_its_report_cached_sets_up_nothing(@TempDir Path cache) {
    DriftOptions options = DriftOptions.builder().optCacheDirectory(cache).build();
    String cold;
    try (DriftChecker checker = DriftChecker.create(options)) {
      cold = JsonRenderer.create().toJson(checker.compare(ORIGINAL, TRANSLATION));
      assertThat(checker.model.loaded()).as("a cold run loads the model").isTrue();
      assertThat(checker.stages.shiftFinder.made()).isTrue();
    }
    try (DriftChecker checker = DriftChecker.create(options)) {
      String warm = JsonRenderer.create().toJson(checker.compare(ORIGINAL, TRANSLATION));

      assertThat(warm).isEqualTo(cold);
      assertThat(checker.model.loaded()).as("the model").isFalse();
      assertThat(checker.stages.originalSegmenter.made()).as("the segmenter").isFalse();
      assertThat(checker.stages.translationSegmenter.made()).as("the segmenter").isFalse();
      assertThat(checker.stages.aligner.made()).as("the aligner").isFalse();
      assertThat(checker.stages.shiftFinder.made()).as("the shift detectors").isFalse();
    }
  }

  @Test
  void a_rerun_serves_the_drawings_it_made_as_they_were(@TempDir Path cache) {
    DriftOptions options = DriftOptions.builder().optCacheDirectory(cache).build();
    List<Rendering> renderings =
        List.of(
            new Rendering(ReportFormat.TEXT, RenderOptions.defaults()),
            new Rendering(ReportFormat.TEXT, new RenderOptions(true, 80, Severity.INFO)),
            new Rendering(ReportFormat.HTML, RenderOptions.defaults()));
    RenderedReport cold;
    DriftReport report;
    try (DriftChecker checker = DriftChecker.create(options)) {
      cold = checker.compare(ORIGINAL, TRANSLATION, null, renderings);
      report = checker.compare(ORIGINAL, TRANSLATION);
    }
    assertThat(cold.verdict()).isEqualTo(report.verdict());
    assertThat(cold.texts())
        .containsExactlyElementsOf(renderings.stream().map(r -> r.draw(report)).toList());
    assertThat(cold.texts().get(0)).as("options shape the text").isNotEqualTo(cold.texts().get(1));

    try (DriftChecker checker = DriftChecker.create(options)) {
      RenderedReport warm = checker.compare(ORIGINAL, TRANSLATION, null, renderings);

      assertThat(warm).isEqualTo(cold);
      assertThat(checker.model.loaded()).isFalse();
      assertThat(checker.stages.shiftFinder.made()).isFalse();
      // A drawing not kept yet is drawn from the cached report, then kept.
      Rendering json = new Rendering(ReportFormat.JSON, RenderOptions.defaults());
      assertThat(checker.compare(ORIGINAL, TRANSLATION, null, List.of(json)).texts())
          .containsExactly(json.draw(report));
    }
  }

  @Test
  void a_run_whose_vectors_are_all_cached_loads_no_model(@TempDir Path cache) {
    DriftOptions options = DriftOptions.builder().optCacheDirectory(cache).build();
    DriftReport cold;
    try (DriftChecker checker = DriftChecker.create(options)) {
      cold = checker.compare(ORIGINAL, TRANSLATION);
    }
    // Another threshold: the report is made again, from vectors the cache holds.
    DriftOptions stricter = options.toBuilder().optMaxDrift(0.1).build();
    try (DriftChecker checker = DriftChecker.create(stricter)) {
      DriftReport again = checker.compare(ORIGINAL, TRANSLATION);

      assertThat(checker.stages.shiftFinder.made()).as("a fresh comparison").isTrue();
      assertThat(checker.model.loaded()).as("the model").isFalse();
      assertThat(again.pairs()).isEqualTo(cold.pairs());
    }
  }

  @Test
  void a_pair_identical_to_itself_needs_no_aligner_and_no_shift_detectors(@TempDir Path cache) {
    DriftOptions options = DriftOptions.builder().optCache(false).build();
    try (DriftChecker checker = DriftChecker.create(options)) {
      checker.compare(ORIGINAL, ORIGINAL);

      assertThat(checker.stages.originalSegmenter.made()).isTrue();
      assertThat(checker.stages.aligner.made()).isFalse();
      assertThat(checker.stages.shiftFinder.made()).isFalse();
    }
  }
}
