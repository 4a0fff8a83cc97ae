package dev.drift.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.DriftOptions;
import dev.drift.bench.BibleSet.Side;
import dev.drift.bench.CrosslingualBenchmark.Request;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The benchmark's command line and its sets, without the model. */
class CrosslingualBenchmarkTest {
  private static final Path BIBLE =
      Files.isDirectory(Path.of("eval/bible")) ? Path.of("eval/bible") : Path.of("../eval/bible");

  @Test
  void parse_should_pass_drift_settings_through_to_the_options() {
    Request r =
        CrosslingualBenchmark.parse(
            new String[] {
              "out", "--set", "dev", "--side", "es", "--max-drift", "0.3", "--model=some/dir"
            });
    assertThat(r.sets()).containsExactly("dev");
    assertThat(r.sides()).containsExactly(Side.ES);
    DriftOptions o = CrosslingualBenchmark.options(r.settings(), Side.ES);
    assertThat(o.thresholds().maxDrift()).isEqualTo(0.3);
    assertThat(o.model().model()).isEqualTo(Path.of("some/dir"));
    assertThat(o.translationLanguage()).isEqualTo("es");
    assertThat(CrosslingualBenchmark.options(r.settings(), Side.WEB).translationLanguage())
        .isEqualTo("en");
    assertThat(r.described()).isEqualTo("--max-drift 0.3 --model some/dir");
  }

  @Test
  void parse_should_default_to_the_test_set_both_sides_and_edits() {
    Request r = CrosslingualBenchmark.parse(new String[] {"out"});
    assertThat(r.sets()).containsExactly("test");
    assertThat(r.sides()).containsExactly(Side.WEB, Side.ES);
    assertThat(r.edits()).isTrue();
    assertThat(r.described()).isEqualTo("defaults");
  }

  @Test
  void parse_should_refuse_a_setting_drift_does_not_have() {
    assertThatThrownBy(() -> CrosslingualBenchmark.parse(new String[] {"out", "--no-such", "x"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--no-such: drift has no setting noSuch");
  }

  @Test
  void parse_should_name_the_setting_whose_value_is_wrong() {
    assertThatThrownBy(() -> CrosslingualBenchmark.parse(new String[] {"out", "--max-drift", "2"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("--max-drift ");
  }

  @Test
  void sets_should_hold_24_chapters_each_and_share_none() throws Exception {
    Set<String> names = new HashSet<>();
    Set<String> texts = new HashSet<>();
    for (String set : new String[] {"dev", "dev2", "test"}) {
      List<BibleSet.Chapter> chapters = BibleSet.read(BIBLE.resolve(set)).chapters();
      assertThat(chapters).hasSize(24);
      for (BibleSet.Chapter c : chapters) {
        assertThat(names.add(c.name())).as("%s in two sets", c.name()).isTrue();
        assertThat(texts.add(c.kjv())).as("the text of %s in two sets", c.name()).isTrue();
      }
    }
  }

  @Test
  void sets_should_have_gold_spans_inside_their_texts() throws Exception {
    for (String set : new String[] {"dev", "dev2", "test"}) {
      for (var c : BibleSet.read(BIBLE.resolve(set)).chapters()) {
        for (var v : c.verses()) {
          for (Side side : Side.values()) {
            if (v.in(side) != null) {
              assertThat(v.in(side).end()).isLessThanOrEqualTo(c.text(side).length());
              assertThat(v.in(side).of(c.text(side))).isNotBlank().doesNotStartWith(" ");
            }
          }
        }
      }
    }
  }

  @Test
  void auc_should_count_the_positives_ranked_above_negatives_ties_half() {
    assertThat(BibleTables.auc(new double[] {0.9, 0.8}, new double[] {0.1, 0.8})).isEqualTo(0.875);
    assertThat(BibleTables.auc(new double[] {0.9}, new double[] {0.1, 0.2})).isEqualTo(1.0);
    assertThat(BibleTables.auc(new double[] {0.1}, new double[] {0.5, 0.6})).isEqualTo(0.0);
    assertThat(BibleTables.auc(new double[] {0.5, 0.5}, new double[] {0.5})).isEqualTo(0.5);
    assertThat(BibleTables.auc(new double[] {}, new double[] {0.5})).isNaN();
  }
}
