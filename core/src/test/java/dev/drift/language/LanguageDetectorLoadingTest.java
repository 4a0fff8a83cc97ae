package dev.drift.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The profiles load on the first call that needs them, once: checked in a class loader of its own,
 * so that what other tests loaded does not count.
 */
class LanguageDetectorLoadingTest {

  /** A class loader of its own for this package's classes and the detector library. */
  private static URLClassLoader ownLoader() {
    URL[] path =
        Stream.of(
                LanguageDetector.class,
                com.optimaize.langdetect.LanguageDetector.class,
                com.google.common.base.Optional.class,
                org.slf4j.Logger.class,
                org.slf4j.simple.SimpleLogger.class)
            .map(c -> c.getProtectionDomain().getCodeSource().getLocation())
            .distinct()
            .toArray(URL[]::new);
    return new URLClassLoader(path, ClassLoader.getPlatformClassLoader());
  }

  private static final List<String> ENGLISH =
      List.of(
          "The weather station records temperature, humidity and wind speed every ten minutes,"
              + " and uploads the readings to the server once an hour.",
          "It sends an alert when the wind speed exceeds the limit that you set.");

  @Test
  void the_guard_loads_no_profiles_for_english_prose_declared_english() throws Exception {
    try (URLClassLoader loader = ownLoader()) {
      Class<?> detector = Class.forName(LanguageDetector.class.getName(), true, loader);
      Class<?> guard = Class.forName(LanguageGuard.class.getName(), true, loader);
      Method loaded = detector.getDeclaredMethod("loaded");
      Method detect = guard.getDeclaredMethod("detect", String.class, List.class);
      loaded.setAccessible(true);
      detect.setAccessible(true);

      assertThat(detect.invoke(null, "en", ENGLISH)).hasToString("Optional[en (confidence 1.00)]");
      assertThat(loaded.invoke(null)).as("profiles loaded for English").isEqualTo(false);

      // Declared French, it is the detector that must tell.
      assertThat(detect.invoke(null, "fr", ENGLISH)).hasToString("Optional[en (confidence 1.00)]");
      assertThat(loaded.invoke(null)).isEqualTo(true);
    }
  }

  @Test
  void detect_should_load_the_profiles_only_for_a_page_with_enough_prose() throws Exception {
    try (URLClassLoader loader = ownLoader()) {
      Class<?> type = Class.forName(LanguageDetector.class.getName(), true, loader);
      assertThat(type).isNotSameAs(LanguageDetector.class);
      Method loaded = type.getDeclaredMethod("loaded");
      Method detect = type.getDeclaredMethod("detect", List.class);
      loaded.setAccessible(true);
      detect.setAccessible(true);

      Object detector = type.getDeclaredMethod("create").invoke(null);
      assertThat(loaded.invoke(null)).isEqualTo(false);
      assertThat(detect.invoke(detector, List.of("Too short to tell.")))
          .isEqualTo(Optional.empty());
      assertThat(loaded.invoke(null)).isEqualTo(false);

      List<String> prose =
          List.of(
              "The weather station records temperature, humidity and wind speed every ten"
                  + " minutes, and uploads the readings to the server once an hour.");
      long start = System.nanoTime();
      Object first = detect.invoke(detector, prose);
      long loading = System.nanoTime() - start;
      assertThat(loaded.invoke(null)).isEqualTo(true);
      start = System.nanoTime();
      Object second = detect.invoke(type.getDeclaredMethod("create").invoke(null), prose);
      long after = System.nanoTime() - start;
      System.out.printf(
          Locale.ROOT,
          "first detection (profiles loaded): %d ms; the next: %d ms%n",
          loading / 1_000_000,
          after / 1_000_000);
      assertThat(first).hasToString("Optional[en (confidence 1.00)]");
      assertThat(second).isEqualTo(first);
    }
  }
}
