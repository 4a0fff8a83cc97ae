package dev.drift.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.DriftChecker;
import dev.drift.DriftOptions;
import dev.drift.batch.BagOfWordsEmbedder;
import dev.drift.report.DriftReport;
import dev.drift.report.Pair;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryShiftDetectorTest {
  static final String ORIGINAL =
      "Our data partner in Kyiv receives the hourly summary by email.\n\n"
          + "The agency TASS reported the figures on Monday.\n";

  @TempDir Path tmp;

  List<Shift> shifts(Glossary glossary, String translation, String language) throws Exception {
    Path a = Files.writeString(tmp.resolve("a.txt"), ORIGINAL);
    Path b = Files.writeString(tmp.resolve("b.txt"), translation);
    DriftOptions options =
        DriftOptions.builder().optTranslationLanguage(language).optGlossary(glossary).build();
    try (DriftChecker checker = DriftChecker.create(options, new BagOfWordsEmbedder())) {
      DriftReport report = checker.compare(a, b);
      return report.pairs().stream().map(Pair::shifts).flatMap(List::stream).toList();
    }
  }

  static List<Shift> glossary(List<Shift> shifts) {
    return shifts.stream().filter(s -> s.kinds().contains(ShiftKind.GLOSSARY)).toList();
  }

  @Test
  void detect_should_flag_a_forbidden_rendering_as_a_glossary_error_on_its_span() throws Exception {
    Glossary g = new Glossary(List.of(new Glossary.Term("Kyiv", Map.of(), List.of("Kiev"))));

    List<Shift> found =
        glossary(
            shifts(
                g,
                "Our data partner in Kiev receives the hourly summary by email.\n\n"
                    + "The agency TASS reported the figures on Monday.\n",
                "en"));

    assertThat(found).hasSize(1);
    Shift s = found.get(0);
    assertThat(s.severity()).isEqualTo(Severity.ERROR);
    assertThat(s.translation().text()).isEqualTo("Kiev");
    assertThat(s.original().text()).isEqualTo("Kyiv");
    assertThat(s.message())
        .isEqualTo("glossary: \"Kyiv\" must be rendered \"Kyiv\" in en, found \"Kiev\"");
  }

  @Test
  void detect_should_join_the_wording_change_it_explains_tass_to_cass() throws Exception {
    Glossary g = new Glossary(List.of(Glossary.Term.verbatim("TASS")));

    List<Shift> all =
        shifts(
            g,
            "Our data partner in Kyiv receives the hourly summary by email.\n\n"
                + "The agency CASS reported the figures on Monday.\n",
            "en");

    assertThat(glossary(all)).hasSize(1);
    assertThat(glossary(all).get(0).kinds()).contains(ShiftKind.GLOSSARY, ShiftKind.SUBSTITUTION);
    assertThat(
            all.stream()
                .filter(s -> s.translation() != null && s.translation().text().equals("CASS")))
        .as("one shift for the change, not two")
        .hasSize(1);
  }

  @Test
  void detect_should_say_when_the_term_is_not_rendered_at_all() throws Exception {
    Glossary g = new Glossary(List.of(Glossary.Term.verbatim("TASS")));

    List<Shift> found =
        glossary(
            shifts(
                g,
                "Our data partner in Kyiv receives the hourly summary by email.\n\n"
                    + "The agency reported the figures on Monday.\n",
                "en"));

    assertThat(found).hasSize(1);
    assertThat(found.get(0).message()).endsWith("not found in the translation");
    assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void detect_should_accept_the_rendering_the_glossary_prescribes_for_the_language()
      throws Exception {
    Glossary g = new Glossary(List.of(new Glossary.Term("Kyiv", Map.of("de", "Kyjiw"), List.of())));

    List<Shift> kept =
        shifts(
            g,
            "Our data partner in Kyjiw receives the hourly summary by email.\n\n"
                + "The agency TASS reported the figures on Monday.\n",
            "de");
    List<Shift> copied =
        shifts(
            g,
            "Our data partner in Kyiv receives the hourly summary by email.\n\n"
                + "The agency TASS reported the figures on Monday.\n",
            "de");

    assertThat(glossary(kept)).isEmpty();
    assertThat(glossary(copied)).hasSize(1);
    assertThat(glossary(copied).get(0).message()).contains("must be rendered \"Kyjiw\" in de");
  }

  @Test
  void detect_should_match_whole_words_only_and_leave_unrelated_pairs_alone() throws Exception {
    Glossary g = new Glossary(List.of(Glossary.Term.verbatim("TAS")));

    assertThat(glossary(shifts(g, ORIGINAL, "en"))).as("TAS is not in TASS").isEmpty();
  }

  @Test
  void term_rendering_should_fall_back_to_the_primary_language_then_the_term() {
    Glossary.Term t =
        new Glossary.Term("Kyiv", Map.of("PT", "Kiev (pt)", "de-AT", "Kyjiw"), List.of());

    assertThat(t.renderingFor("pt-BR")).isEqualTo("Kiev (pt)");
    assertThat(t.renderingFor("de_AT")).isEqualTo("Kyjiw");
    assertThat(t.renderingFor("de")).isEqualTo("Kyiv");
    assertThatThrownBy(() -> Glossary.Term.verbatim(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
