package dev.drift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.report.json.JsonRenderer;
import java.nio.file.Path;
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
