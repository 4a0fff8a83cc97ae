package dev.drift.cli;

import dev.drift.arch.DriftRules;
import org.junit.jupiter.api.Test;

/** The rules every module keeps ({@link DriftRules}), for this shell. */
class CliArchitectureTest {
  @Test
  void no_class_uses_the_platform_charset() {
    DriftRules.NO_PLATFORM_CHARSET.check(DriftRules.withTests("dev.drift.cli"));
  }

  @Test
  void the_shell_is_thin() {
    DriftRules.thinShell("dev.drift.cli").check(DriftRules.main("dev.drift.cli"));
  }
}
