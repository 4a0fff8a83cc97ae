package dev.drift.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.drift.DriftInputException;
import dev.drift.load.InputFormat;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz tests of the translation-file readers, one target per parser. Whatever the text, reading
 * gives units whose texts lie inside the file, with every decoded character mapped into it, and
 * whose unit checks run; or a {@link DriftInputException} of one line starting with the file name:
 * never another exception, which would end a check as an internal error (exit 3) instead of a
 * bad-input one (exit 2).
 *
 * <p>Inputs in {@code src/test/resources/dev/drift/bundle/BundleFuzzTestInputs/<target>/} are
 * replayed by {@code ./mvnw test}; {@code ./mvnw -Pfuzz -pl core test} fuzzes.
 */
class BundleFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void xliff(byte[] bytes) {
    read("fuzz.xlf", bytes, InputFormat.XLIFF);
  }

  @FuzzTest(maxDuration = "30s")
  void po(byte[] bytes) {
    read("fuzz.po", bytes, InputFormat.PO);
  }

  @FuzzTest(maxDuration = "30s")
  void properties(byte[] bytes) {
    read("fuzz.properties", bytes, InputFormat.PROPERTIES);
  }

  @FuzzTest(maxDuration = "30s")
  void json(byte[] bytes) {
    read("fuzz.json", bytes, InputFormat.JSON);
  }

  private static void read(String name, byte[] bytes, InputFormat format) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    boolean bilingual = format == InputFormat.XLIFF || format == InputFormat.PO;
    Bundle bundle;
    try {
      bundle =
          BundleReader.read(
              name,
              text,
              bilingual ? null : "fuzz_es." + format.id(),
              bilingual ? null : text,
              format);
    } catch (DriftInputException e) {
      assertThat(e.getMessage()).startsWith("fuzz").doesNotContain("\n");
      return;
    }
    for (Unit unit : bundle.units()) {
      assertThat(unit.id()).isNotNull();
      for (UnitText t : new UnitText[] {unit.source(), unit.target()}) {
        if (t != null) {
          assertInside(t, text);
        }
      }
      UnitChecks.check(unit, format == InputFormat.XLIFF, true, "en");
    }
  }

  private static void assertInside(UnitText t, String text) {
    assertThat(t.start()).isBetween(0, t.end());
    assertThat(t.end()).isLessThanOrEqualTo(text.length());
    assertThat(t.raw()).isEqualTo(text.substring(t.start(), t.end()));
    for (int i = 0; i < t.text().length(); i++) {
      assertThat(t.prose().rawStart(i)).isBetween(0, text.length());
      assertThat(t.prose().rawEnd(i)).isBetween(t.prose().rawStart(i), text.length());
    }
  }
}
