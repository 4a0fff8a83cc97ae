package dev.drift.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShiftOptionsTest {

  @Test
  void defaults_should_grade_from_the_documented_scores() {
    ShiftOptions options = ShiftOptions.defaults();

    assertThat(options.warningScore()).isEqualTo(0.45);
    assertThat(options.errorScore()).isEqualTo(0.75);
    assertThat(options.sentenceSeverity()).isEqualTo(Severity.ERROR);
    assertThat(options.severityOf(0.0)).isEqualTo(Severity.INFO);
    assertThat(options.severityOf(0.4499)).isEqualTo(Severity.INFO);
    assertThat(options.severityOf(0.45)).isEqualTo(Severity.WARNING);
    assertThat(options.severityOf(0.7499)).isEqualTo(Severity.WARNING);
    assertThat(options.severityOf(0.75)).isEqualTo(Severity.ERROR);
    assertThat(options.severityOf(1.0)).isEqualTo(Severity.ERROR);
  }

  @Test
  void with_should_change_one_setting_and_keep_the_others() {
    ShiftOptions options =
        ShiftOptions.defaults().withScores(0.2, 0.3).withSentenceSeverity(Severity.INFO);

    assertThat(options).isEqualTo(new ShiftOptions(0.2, 0.3, Severity.INFO));
    assertThat(options.withScores(0.5, 0.6).sentenceSeverity()).isEqualTo(Severity.INFO);
    assertThat(options.withSentenceSeverity(Severity.WARNING).errorScore()).isEqualTo(0.3);
  }

  @Test
  void severity_should_parse_names_case_insensitively_and_explain_unknown_ones() {
    assertThat(Severity.parse(" Error ")).isEqualTo(Severity.ERROR);
    assertThat(Severity.parse("warning")).isEqualTo(Severity.WARNING);
    assertThat(Severity.INFO.id()).isEqualTo("info");
    assertThat(Severity.INFO).isLessThan(Severity.WARNING).isLessThan(Severity.ERROR);
    assertThatThrownBy(() -> Severity.parse("fatal"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown severity 'fatal' (expected info, warning or error)");
  }

  @Test
  void shift_kind_should_round_trip_its_id() {
    for (ShiftKind kind : ShiftKind.values()) {
      assertThat(ShiftKind.parse(kind.id().toUpperCase(java.util.Locale.ROOT))).isEqualTo(kind);
    }
    assertThat(ShiftKind.PLACEHOLDER.id()).isEqualTo("placeholder");
  }
}
