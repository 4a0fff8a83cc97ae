package dev.drift.spark;

import dev.drift.arch.DriftRules;
import org.junit.jupiter.api.Test;

/** The rules every module keeps ({@link DriftRules}), and how far this module reaches into core. */
class SparkArchitectureTest {
  @Test
  void no_class_uses_the_platform_charset() {
    DriftRules.NO_PLATFORM_CHARSET.check(DriftRules.withTests("dev.drift.spark"));
  }

  /**
   * The module runs the pipeline through the facade; besides it, it may segment (to embed a
   * partition's sentences before comparing) and read the report's value types, but never call the
   * align, shift, score or report stages' workers itself.
   */
  @Test
  void the_pipeline_is_the_facades() {
    DriftRules.noStageWorkers(
            "dev.drift.spark",
            "the module runs core's pipeline, it does not rebuild it",
            "dev.drift.align..",
            "dev.drift.tools..",
            "dev.drift.batch..",
            "dev.drift.baseline..")
        .check(DriftRules.main("dev.drift.spark"));
  }
}
