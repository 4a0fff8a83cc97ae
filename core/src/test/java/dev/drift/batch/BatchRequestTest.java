package dev.drift.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.DriftInputException;
import dev.drift.DriftOptions;
import dev.drift.report.ReportFormat;
import dev.drift.score.Thresholds;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchRequestTest {
  static final Path EN = Path.of("src/docs/en");
  static final List<TranslationTree> FR = List.of(TranslationTree.of(Path.of("src/docs/fr")));

  @Test
  void of_should_apply_the_documented_defaults() {
    BatchRequest r = BatchRequest.of(EN, FR);
    assertThat(r.sourceLanguage()).isEqualTo("en");
    assertThat(r.includes())
        .containsExactly(
            "**/*.md",
            "**/*.html",
            "**/*.txt",
            "**/*.xlf",
            "**/*.xliff",
            "**/*.po",
            "**/*.properties",
            "**/*.json");
    assertThat(r.excludes()).isEmpty();
    assertThat(r.missingPolicy()).isEqualTo(MissingPolicy.WARN);
    assertThat(r.outputDirectory()).isNull();
    assertThat(r.formats()).containsExactly(ReportFormat.JSON, ReportFormat.HTML);
    assertThat(r.baseline()).isNull();
    assertThat(r.options().thresholds()).isEqualTo(Thresholds.defaults());
  }

  @Test
  void builder_should_change_one_thing_and_keep_the_rest() {
    BatchRequest r =
        BatchRequest.of(EN, FR).toBuilder()
            .optSourceLanguage("en_GB")
            .optIncludes(List.of("**/*.md"))
            .optExcludes(List.of("drafts/**"))
            .optMissingPolicy(MissingPolicy.FAIL)
            .optOutputDirectory(Path.of("out"))
            .optFormats(List.of(ReportFormat.TEXT, ReportFormat.JSON))
            .build();
    assertThat(r.sourceLanguage()).isEqualTo("en-GB");
    assertThat(r.includes()).containsExactly("**/*.md");
    assertThat(r.excludes()).containsExactly("drafts/**");
    assertThat(r.missingPolicy()).isEqualTo(MissingPolicy.FAIL);
    assertThat(r.outputDirectory()).isEqualTo(Path.of("out"));
    assertThat(r.formats()).containsExactly(ReportFormat.TEXT, ReportFormat.JSON);
    assertThat(r.toBuilder().optIncludes(List.of()).optExcludes(null).build().includes())
        .isEqualTo(BatchRequest.DEFAULT_INCLUDES);
  }

  @Test
  void a_source_directory_not_named_after_a_language_should_need_an_explicit_language() {
    assertThatThrownBy(() -> BatchRequest.of(Path.of("docs"), FR))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("docs: cannot tell the language");
    BatchRequest r =
        new BatchRequest(Path.of("docs"), "en", FR, null, null, null, null, null, null, null, null);
    assertThat(r.sourceLanguage()).isEqualTo("en");
  }

  @Test
  void invalid_configurations_should_be_rejected_with_a_message_naming_the_problem() {
    assertThatThrownBy(() -> BatchRequest.of(EN, List.of()))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("no translation directories");
    assertThatThrownBy(
            () ->
                BatchRequest.of(
                    EN,
                    List.of(
                        TranslationTree.of(Path.of("a/fr")), TranslationTree.of(Path.of("b/fr")))))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("a/fr and b/fr both have language fr");
    assertThatThrownBy(
            () -> BatchRequest.of(EN, FR).toBuilder().optIncludes(List.of("*.{md")).build())
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("unclosed");
    assertThatThrownBy(() -> DriftOptions.builder().optMaxDrift(1.5).build())
        .isInstanceOf(DriftInputException.class)
        .hasMessage("maxDrift must be between 0 and 1, not 1.5");
    assertThatThrownBy(() -> Thresholds.defaults().withMinSimilarity(Double.NaN))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("minSimilarity must be between -1 and 1");
  }

  @Test
  void missing_policy_should_parse_case_insensitively_and_reject_other_names() {
    assertThat(MissingPolicy.parse(" Fail ")).isEqualTo(MissingPolicy.FAIL);
    assertThat(MissingPolicy.parse("ignore").id()).isEqualTo("ignore");
    assertThatThrownBy(() -> MissingPolicy.parse("sometimes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown policy 'sometimes' (expected ignore, warn or fail)");
  }
}
