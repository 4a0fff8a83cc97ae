package dev.drift.maven;

import dev.drift.DriftInputException;
import dev.drift.batch.TranslationPattern;
import dev.drift.config.Setting;
import dev.drift.config.Settings;
import dev.drift.embed.ModelSettings;
import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * The pom's layer of settings: each parameter set in the pom, checked by its setting's rule, with
 * paths resolved against the project directory. A bad value is a configuration error naming the
 * parameter and the pom. Not thread-safe.
 */
final class PomSettings {
  private final Path pom;
  private final Path base;
  private final Settings.Builder layer;

  PomSettings(Path pom, Path base) {
    this.pom = pom;
    this.base = base;
    this.layer = Settings.builder(pom.getFileName().toString());
  }

  <T> void set(Setting<T> setting, T value) {
    try {
      layer.set(setting, value, "<" + setting.key() + ">");
    } catch (IllegalArgumentException e) {
      throw invalid(setting, e);
    }
  }

  <T> void text(Setting<T> setting, String value) {
    if (value != null && !value.isBlank()) {
      try {
        set(setting, setting.parse(value));
      } catch (IllegalArgumentException e) {
        throw invalid(setting, e);
      }
    }
  }

  void path(Setting<Path> setting, File value) {
    set(setting, value == null ? null : base.resolve(value.toPath()));
  }

  void model(String value) {
    if (value != null && !value.isBlank()) {
      set(Setting.MODEL, ModelSettings.resolve(base, value.strip()));
    }
  }

  void paths(Setting<List<Path>> setting, List<File> values) {
    set(
        setting,
        values == null ? null : values.stream().map(f -> base.resolve(f.toPath())).toList());
  }

  void pattern(String pattern) {
    if (pattern != null && !pattern.isBlank()) {
      try {
        set(Setting.TRANSLATION_PATTERN, new TranslationPattern(base, pattern));
      } catch (IllegalArgumentException e) {
        throw invalid(Setting.TRANSLATION_PATTERN, e);
      }
    }
  }

  Settings build() {
    return layer.build();
  }

  private DriftInputException invalid(Setting<?> setting, IllegalArgumentException e) {
    // No cause: Maven would append its message, which this one already says better.
    return new DriftInputException(
        "invalid <" + setting.key() + "> in " + pom + ": " + e.getMessage());
  }
}
