package dev.drift.stale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.shift.Severity;
import dev.drift.shift.Shift;
import dev.drift.shift.ShiftKind;
import dev.drift.shift.TextSpan;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChangeClassifierTest {
  private static Shift shift(List<ShiftKind> kinds, String a, String b) {
    return new Shift(
        kinds,
        Severity.ERROR,
        0.9,
        a + " → " + b,
        new TextSpan(0, a.length(), a),
        new TextSpan(0, b.length(), b));
  }

  @ParameterizedTest
  @CsvSource({
    "measrues, measures, true",
    "recieve, receive, true",
    "Station, station, true",
    "60, 90, false",
    "not, now, false",
    "alert, alarm, false",
    "as part, within the framework, false"
  })
  void spelling_should_accept_near_spellings_only(String a, String b, boolean expected) {
    assertThat(ChangeClassifier.spelling(shift(List.of(ShiftKind.SUBSTITUTION), a, b)))
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"measrues, measures"})
  void spelling_should_refuse_a_shift_of_another_kind(String a, String b) {
    assertThat(ChangeClassifier.spelling(shift(List.of(ShiftKind.ENTITY), a, b))).isFalse();
  }
}
