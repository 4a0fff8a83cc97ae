package dev.drift.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.load.ProseText;
import dev.drift.shift.Severity;
import dev.drift.shift.Shift;
import dev.drift.shift.ShiftKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitChecksTest {

  /** A unit whose source and target are the whole of two raw texts. */
  private static Unit unit(String source, String target) {
    return new Unit("k", text(source), text(target), false);
  }

  private static UnitText text(String raw) {
    return new UnitText(0, raw.length(), raw, ProseText.ofRaw(raw, 0, raw.length()));
  }

  private static List<String> messages(Unit unit, boolean xliff, boolean cross) {
    return UnitChecks.check(unit, xliff, cross, "en").stream().map(Shift::message).toList();
  }

  @Test
  void check_should_find_nothing_in_a_faithful_unit() {
    assertThat(UnitChecks.check(unit("Open %s in {0}.", "Abrir %s en {0}."), false, true, "en"))
        .isEmpty();
  }

  @Test
  void check_should_name_printf_and_brace_placeholders_lost_or_added() {
    assertThat(
            messages(
                unit("Delete %1$d files from {folder}?", "¿Borrar archivos de {carpeta}?"),
                false,
                true))
        .containsExactlyInAnyOrder(
            "placeholder missing in the target: %1$d",
            "placeholder missing in the target: {folder}",
            "placeholder added in the target: {carpeta}");
    assertThat(messages(unit("100% done, %% left", "100 % hecho, %% queda"), false, true))
        .isEmpty();
  }

  @Test
  void check_should_compare_icu_arguments_and_select_keywords_but_not_plural_categories() {
    String source =
        "{g, select, female {She} male {He} other {They}} has {n, plural, one {# file} other {# files}}";
    String target =
        "{g, select, female {Ella} other {Elle}} tiene {n, plural, one {# archivo} many {# archivos} other {# archivos}}";
    assertThat(messages(unit(source, target), false, true))
        .containsExactly("placeholder missing in the target: select:male");
  }

  @Test
  void check_should_span_a_lost_placeholder_on_the_source_and_an_added_one_on_the_target() {
    Shift s =
        UnitChecks.check(unit("Hi {name}", "Hola {nombre}"), false, true, "en").stream()
            .filter(x -> x.message().contains("added"))
            .findFirst()
            .orElseThrow();
    assertThat(s.kinds()).containsExactly(ShiftKind.PLACEHOLDER);
    assertThat(s.severity()).isEqualTo(Severity.ERROR);
    assertThat(s.translation().text()).isEqualTo("{nombre}");
    assertThat(s.translation().start()).isEqualTo(5);
  }

  @Test
  void check_should_require_xliff_inline_elements_and_html_tags() {
    Unit xliff =
        XliffReader.read(
                "t.xlf",
                "<xliff version=\"1.2\"><file><body><trans-unit id=\"t\">"
                    + "<source>Click <g id=\"1\">here</g> <x id=\"2\"/></source>"
                    + "<target>Pulse <g id=\"1\">aquí</g></target></trans-unit></body></file></xliff>")
            .units()
            .get(0);
    // The <x/> leaves a trailing space in the source's text, which the target lacks too.
    assertThat(messages(xliff, true, true))
        .containsExactlyInAnyOrder(
            "tag missing in the target: <x id=\"2\"/>",
            "trailing whitespace differs: \" \" → none");
    assertThat(messages(unit("A <b>bold</b> move", "Un movimiento audaz"), false, true))
        .containsExactlyInAnyOrder(
            "tag missing in the target: <b>", "tag missing in the target: </b>");
    assertThat(messages(unit("Line one<br>two", "Línea uno dos"), false, true))
        .containsExactly("tag missing in the target: <br>");
  }

  @Test
  void check_should_let_a_metavariable_in_angle_brackets_be_translated() {
    // procps-ng's and avahi's Spanish catalogs: metavariables, not markup
    assertThat(
            messages(
                unit(
                    "-F, --pidfile <file>      read PIDs from file",
                    "-F, --pidfile <archivo>      lee los PID del archivo"),
                false,
                true))
        .isEmpty();
    assertThat(messages(unit("%s [options] <address>", "%s [opciones] <dirección>"), false, true))
        .isEmpty();
  }

  @Test
  void check_should_flag_leading_and_trailing_whitespace_that_differs() {
    assertThat(messages(unit(" Name: ", "Nombre:"), false, true))
        .containsExactlyInAnyOrder(
            "leading whitespace differs: \" \" → none",
            "trailing whitespace differs: \" \" → none");
  }

  @Test
  void check_should_flag_a_length_ratio_outside_checkmates_bounds_for_long_sources_only() {
    String source = "The station sends an alert when the wind is strong.";
    assertThat(messages(unit(source, "Alerta."), false, true))
        .singleElement()
        .asString()
        .startsWith("target is 14% of the source's length");
    assertThat(messages(unit("Short source", "Una traducción muchísimo más larga"), false, true))
        .isEmpty();
  }

  @Test
  void check_should_flag_a_copied_source_only_across_languages_and_a_fuzzy_unit() {
    assertThat(messages(unit("Save the file", "Save the file"), false, true))
        .containsExactly("untranslated: the target is the source");
    assertThat(messages(unit("Save the file", "Save the file"), false, false)).isEmpty();
    Unit fuzzy = new Unit("k", text("Open"), text("Abrir"), true);
    assertThat(
            UnitChecks.check(unit("Save the file", "Save the file"), false, true, "en").stream()
                .map(Shift::severity))
        .containsExactly(Severity.WARNING);
    assertThat(messages(fuzzy, false, true))
        .containsExactly("marked fuzzy: the target needs review");
  }

  @Test
  void check_should_only_note_a_copied_source_of_names_codes_or_one_word() {
    // Debian's Spanish catalogs keep these as they are, rightly: names, units, codes, a word
    // Spanish writes the same way.
    for (String same :
        List.of("Bulgaria", "KiB", "sha256:", "Len Tower", "total %16ldK", "Error")) {
      assertThat(UnitChecks.check(unit(same, same), false, true, "en"))
          .as(same)
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.severity()).isEqualTo(Severity.INFO);
                assertThat(x.message()).startsWith("the target is the source");
              });
    }
  }

  @Test
  void untranslated_and_extra_should_name_the_unit() {
    Unit missing = new Unit("help", text("Help"), null, false);
    assertThat(UnitChecks.untranslated(missing, false).message())
        .isEqualTo("missing key: help is not in the translation");
    assertThat(UnitChecks.untranslated(missing, true).message())
        .isEqualTo("untranslated: no target");
    assertThat(
            UnitChecks.untranslated(new Unit("e", text("Help"), text(""), false), true).message())
        .isEqualTo("untranslated: the target is empty");
    Shift extra = UnitChecks.extra(new Unit("old", null, text("Viejo"), false));
    assertThat(extra.kinds()).containsExactly(ShiftKind.ADDITION);
    assertThat(extra.translation().text()).isEqualTo("Viejo");
  }
}
