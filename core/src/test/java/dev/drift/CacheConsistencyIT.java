package dev.drift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.report.DriftReport;
import dev.drift.report.json.JsonRenderer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's promise about the cache, with the real model: the seed pair's report is the same
 * with the cache off, cold and warm (byte for byte as JSON), and a warm run does not load the
 * model.
 */
class CacheConsistencyIT {
  static final Path ORIGINAL = Path.of("../examples/g20/original.txt");
  static final Path TRANSLATION = Path.of("../examples/g20/translation.txt");

  private static String run(DriftOptions options) {
    try (DriftChecker checker = DriftChecker.create(options)) {
      DriftReport report = checker.compare(ORIGINAL, TRANSLATION);
      return JsonRenderer.create().toJson(report);
    }
  }

  @Test
  void reports_are_the_same_with_the_cache_off_cold_and_warm(@TempDir Path cache) {
    DriftOptions on = DriftOptions.builder().optCacheDirectory(cache).build();
    DriftOptions off = on.toBuilder().optCache(false).build();

    String withoutCache = run(off);
    String cold = run(on);
    String warm = run(on);

    assertThat(cold).isEqualTo(withoutCache);
    assertThat(warm).isEqualTo(cold);
  }
}
