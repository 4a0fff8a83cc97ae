package dev.drift.maven;

import dev.drift.arch.DriftRules;
import org.junit.jupiter.api.Test;

/** The rules every module keeps ({@link DriftRules}), for this shell. */
class MavenArchitectureTest {
  @Test
  void no_class_uses_the_platform_charset() {
    DriftRules.NO_PLATFORM_CHARSET.check(DriftRules.withTests("dev.drift.maven"));
  }

  @Test
  void the_shell_is_thin() {
    DriftRules.thinShell("dev.drift.maven").check(DriftRules.main("dev.drift.maven"));
  }
}
