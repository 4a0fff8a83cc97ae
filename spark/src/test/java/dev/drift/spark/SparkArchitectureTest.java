package dev.drift.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
    noClasses()
        .that()
        .resideInAPackage("dev.drift.spark..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.drift.align..", "dev.drift.tools..", "dev.drift.batch..", "dev.drift.baseline..")
        .orShould()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Finder")
        .orShould()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Scorer")
        .orShould()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Assembler")
        .orShould()
        .dependOnClassesThat()
        .haveSimpleName("DocumentEmbedder")
        .orShould()
        .dependOnClassesThat()
        .haveSimpleName("OnnxEmbedder")
        .because("the module runs core's pipeline, it does not rebuild it")
        .check(DriftRules.main("dev.drift.spark"));
  }
}
