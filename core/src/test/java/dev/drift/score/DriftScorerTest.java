package dev.drift.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.drift.align.Alignment;
import dev.drift.align.Bead;
import dev.drift.align.Synthetic;
import dev.drift.embed.VectorMath;
import dev.drift.segment.Sentence;
import dev.drift.shift.Severity;
import dev.drift.shift.Shift;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DriftScorerTest {
  private static final Thresholds DEFAULTS = Thresholds.defaults();

  /** Sentences whose contents have the given lengths, one per line from line 1. */
  /** Sentences of the given numbers of words ("w w w"). */
  private static List<Sentence> prose(int... words) {
    List<Sentence> out = new ArrayList<>();
    int offset = 0;
    for (int k = 0; k < words.length; k++) {
      String content = "w" + " w".repeat(words[k] - 1);
      out.add(
          new Sentence(k, k, offset, offset + content.length(), k + 1, 1, content, content, null));
      offset += content.length() + 1;
    }
    return out;
  }

  private static List<Sentence> sentences(int... lengths) {
    List<Sentence> out = new ArrayList<>();
    int offset = 0;
    for (int k = 0; k < lengths.length; k++) {
      String content = "x".repeat(lengths[k]);
      out.add(new Sentence(k, k, offset, offset + lengths[k], k + 1, 1, content, content, null));
      offset += lengths[k] + 1;
    }
    return out;
  }

  private static Bead match(int a, int b, double similarity) {
    return new Bead(new int[] {a}, new int[] {b}, similarity, false);
  }

  private static Bead omission(int a) {
    return new Bead(new int[] {a}, new int[0], Double.NaN, false);
  }

  private static Bead addition(int b) {
    return new Bead(new int[0], new int[] {b}, Double.NaN, false);
  }

  @Test
  void score_should_give_exactly_zero_drift_for_identical_documents() {
    Synthetic syn = new Synthetic(1);
    float[][] vectors = new float[30][];
    for (int k = 0; k < 30; k++) {
      vectors[k] = syn.topic();
    }
    // The cosine of a vector with itself in float arithmetic: a hair under 1, as the aligner sees
    // it.
    List<Bead> matches = new ArrayList<>();
    for (int k = 0; k < 30; k++) {
      matches.add(
          new Bead(new int[] {k}, new int[] {k}, VectorMath.dot(vectors[k], vectors[k]), false));
    }
    Alignment alignment = Alignment.of(30, 30, matches);
    int[] lengths = new int[30];
    for (int k = 0; k < 30; k++) {
      lengths[k] = 20 + k;
    }
    List<Sentence> sentences = sentences(lengths);

    DriftScorer.Score score = score(alignment, sentences, sentences, DEFAULTS);

    assertThat(alignment.matches()).isEqualTo(30);
    assertThat(score.drift()).isEqualTo(0.0);
    assertThat(score.pairDrift()).hasSize(30).containsOnly(0.0);
    assertThat(score.reasons()).isEmpty();
    assertThat(score.passes()).isTrue();
  }

  @Test
  void score_should_forgive_a_pair_through_a_translator_its_allowance_and_no_more() {
    // A faithful pair through a machine rendering at 0.45, a wrong one at 0.2.
    Alignment alignment = Alignment.of(2, 2, List.of(match(0, 0, 0.45), match(1, 1, 0.9)));
    List<List<Shift>> none = List.of(List.of(), List.of());

    DriftScorer.Score plain =
        DriftScorer.score(alignment, prose(20, 20), prose(20, 20), none, DEFAULTS, 0);
    DriftScorer.Score through =
        DriftScorer.score(
            alignment,
            prose(20, 20),
            prose(20, 20),
            none,
            DEFAULTS,
            DriftScorer.TRANSLATOR_ALLOWANCE);

    assertThat(plain.passes()).isFalse();
    assertThat(plain.pairDrift()[0]).isCloseTo(0.55, within(1e-9));
    assertThat(through.passes()).isTrue();
    assertThat(through.pairDrift()[0]).isCloseTo(0.35, within(1e-9));
    assertThat(through.pairDrift()[1]).isZero(); // 0.9 + 0.2 is capped at 1
    Alignment wrong = Alignment.of(1, 1, List.of(match(0, 0, 0.2)));
    DriftScorer.Score still =
        DriftScorer.score(
            wrong,
            prose(20),
            prose(20),
            List.of(List.of()),
            DEFAULTS.withMaxDrift(1),
            DriftScorer.TRANSLATOR_ALLOWANCE);
    assertThat(still.reasons())
        .containsExactly(
            "1 matched pair is below minSimilarity 0.55 (lowest 0.20 at original line 1; through"
                + " the translator each pair is allowed 0.20 more, a short one up to 0.45)");
  }

  @Test
  void score_should_forgive_a_short_pair_through_a_translator_more() {
    // "Believest thou this?" against "¿Crees esto?" rendered "You create this?": 0.15.
    Alignment alignment = Alignment.of(1, 1, List.of(match(0, 0, 0.15)));
    List<List<Shift>> none = List.of(List.of());
    double base = DriftScorer.TRANSLATOR_ALLOWANCE;
    Thresholds lenient = DEFAULTS.withMaxDrift(1); // minSimilarity alone

    assertThat(DriftScorer.score(alignment, prose(3), prose(2), none, lenient, base).passes())
        .isTrue();
    assertThat(DriftScorer.score(alignment, prose(16), prose(12), none, lenient, base).passes())
        .isFalse();
    assertThat(DriftScorer.score(alignment, prose(3), prose(2), none, lenient, 0).passes())
        .isFalse(); // in one language the words say enough
    Bead pair = match(0, 0, 0.15);
    assertThat(DriftScorer.allowance(pair, prose(4), base)).isCloseTo(0.45, within(1e-9));
    assertThat(DriftScorer.allowance(pair, prose(10), base)).isCloseTo(0.325, within(1e-9));
    assertThat(DriftScorer.allowance(pair, prose(16), base)).isCloseTo(0.2, within(1e-9));
    assertThat(DriftScorer.allowance(pair, prose(40), base)).isCloseTo(0.2, within(1e-9));
  }

  @Test
  void score_should_give_one_when_nothing_matched() {
    Alignment alignment = Alignment.of(3, 2, List.of());

    DriftScorer.Score score = score(alignment, sentences(10, 20, 30), sentences(5, 50), DEFAULTS);

    assertThat(score.drift()).isEqualTo(1.0);
    assertThat(score.pairDrift()).hasSize(5).containsOnly(1.0);
    assertThat(score.passes()).isFalse();
    assertThat(score.reasons()).containsExactly("drift 1.00 is above maxDrift 0.30");
  }

  @Test
  void score_should_give_one_when_the_translation_is_empty() {
    DriftScorer.Score score =
        score(Alignment.of(2, 0, List.of()), sentences(10, 20), List.of(), DEFAULTS);

    assertThat(score.drift()).isEqualTo(1.0);
    assertThat(score.passes()).isFalse();
  }

  @Test
  void score_should_give_zero_for_two_empty_documents() {
    DriftScorer.Score score = score(Alignment.of(0, 0, List.of()), List.of(), List.of(), DEFAULTS);

    assertThat(score.drift()).isZero();
    assertThat(score.pairDrift()).isEmpty();
    assertThat(score.passes()).isTrue();
  }

  @Test
  void score_should_weigh_pairs_by_the_characters_on_both_sides() {
    // match: 10 + 30 characters, drift 0.2; omission: 60 characters, drift 1.
    Alignment alignment = Alignment.of(2, 1, List.of(match(0, 0, 0.8)));

    DriftScorer.Score score = score(alignment, sentences(10, 60), sentences(30), DEFAULTS);

    assertThat(score.pairDrift()).containsExactly(new double[] {0.2, 1.0}, within(1e-12));
    assertThat(score.drift()).isCloseTo((40 * 0.2 + 60 * 1.0) / 100, within(1e-12));
  }

  @Test
  void score_should_let_a_long_omission_weigh_more_than_a_short_one() {
    List<Sentence> translation = sentences(100, 100);
    Alignment alignment = Alignment.of(3, 2, List.of(match(0, 0, 1.0), match(2, 1, 1.0)));

    double shortDrop = score(alignment, sentences(100, 5, 100), translation, DEFAULTS).drift();
    double longDrop = score(alignment, sentences(100, 200, 100), translation, DEFAULTS).drift();

    assertThat(shortDrop).isCloseTo(5.0 / 405, within(1e-12));
    assertThat(longDrop).isCloseTo(200.0 / 600, within(1e-12));
  }

  @Test
  void score_should_weigh_m_to_n_beads_by_all_their_sentences() {
    Bead merge = new Bead(new int[] {0, 1}, new int[] {0}, 0.5, false);
    Alignment alignment = Alignment.of(3, 2, List.of(merge, match(2, 1, 1.0)));

    DriftScorer.Score score = score(alignment, sentences(10, 20, 50), sentences(30, 50), DEFAULTS);

    assertThat(score.pairDrift()).containsExactly(new double[] {0.5, 0.0}, within(1e-12));
    assertThat(score.drift()).isCloseTo(60 * 0.5 / 160, within(1e-12));
  }

  @Test
  void score_should_list_pair_drift_in_the_alignment_order() {
    Alignment alignment = Alignment.of(3, 3, List.of(match(0, 0, 0.9), match(2, 2, 0.6)));

    DriftScorer.Score score =
        score(alignment, sentences(10, 10, 10), sentences(10, 10, 10), DEFAULTS);

    // [0]->[0], [1]->[] , [2]->[2], then the addition of translation 1 after [0]->[0]
    assertThat(alignment.beads())
        .extracting(b -> b.original().length + ":" + b.translation().length)
        .containsExactly("1:1", "0:1", "1:0", "1:1");
    assertThat(score.pairDrift()).containsExactly(new double[] {0.1, 1.0, 1.0, 0.4}, within(1e-12));
  }

  @Test
  void score_should_fail_above_max_drift_and_say_so_with_the_numbers() {
    Alignment alignment = Alignment.of(2, 2, List.of(match(0, 0, 0.9), match(1, 1, 0.6)));
    List<Sentence> sentences = sentences(10, 10);

    DriftScorer.Score score =
        score(alignment, sentences, sentences, new Thresholds(0.2, 0.5, Severity.ERROR));

    assertThat(score.drift()).isCloseTo(0.25, within(1e-12));
    assertThat(score.passes()).isFalse();
    assertThat(score.reasons()).containsExactly("drift 0.25 is above maxDrift 0.20");
  }

  @Test
  void score_should_fail_a_pair_below_min_similarity_and_name_the_weakest() {
    List<Bead> matches =
        List.of(match(0, 0, 0.95), match(1, 1, 0.5), match(2, 2, 0.4), match(3, 3, 0.9));
    Alignment alignment = Alignment.of(4, 4, matches);
    List<Sentence> sentences = sentences(10, 10, 10, 10);

    DriftScorer.Score score =
        score(alignment, sentences, sentences, new Thresholds(0.9, 0.55, Severity.ERROR));

    assertThat(score.passes()).isFalse();
    assertThat(score.reasons())
        .containsExactly(
            "2 matched pairs are below minSimilarity 0.55 (lowest 0.40 at original line 3)");
  }

  @Test
  void score_should_use_the_singular_for_one_weak_pair_and_give_both_reasons() {
    Alignment alignment = Alignment.of(2, 2, List.of(match(0, 0, 0.3), match(1, 1, 0.9)));
    List<Sentence> sentences = sentences(10, 10);

    DriftScorer.Score score = score(alignment, sentences, sentences, DEFAULTS);

    assertThat(score.reasons())
        .containsExactly(
            "drift 0.40 is above maxDrift 0.30",
            "1 matched pair is below minSimilarity 0.55 (lowest 0.30 at original line 1)");
  }

  @Test
  void score_should_pass_exactly_at_the_limits() {
    Alignment alignment = Alignment.of(2, 2, List.of(match(0, 0, 0.75), match(1, 1, 0.75)));
    List<Sentence> sentences = sentences(10, 10);

    DriftScorer.Score score =
        score(alignment, sentences, sentences, new Thresholds(0.25, 0.75, Severity.ERROR));

    assertThat(score.drift()).isEqualTo(0.25);
    assertThat(score.passes()).isTrue();
  }

  @Test
  void score_should_pass_at_the_default_limit_despite_float_rounding() {
    // 1 - 0.7 is 0.30000000000000004 in binary floating point: that is the limit, not above it.
    Alignment alignment = Alignment.of(2, 2, List.of(match(0, 0, 0.7), match(1, 1, 0.7)));
    List<Sentence> sentences = sentences(10, 10);

    DriftScorer.Score score =
        score(alignment, sentences, sentences, new Thresholds(0.3, 0.7, Severity.ERROR));

    assertThat(score.drift()).isCloseTo(0.3, within(1e-12));
    assertThat(score.reasons()).isEmpty();
    assertThat(score.passes()).isTrue();
  }

  @Test
  void score_should_not_fail_a_float_cosine_at_the_similarity_limit() {
    // Cosines are computed in float: 0.7f widens to 0.699999988079071.
    Alignment alignment = Alignment.of(1, 1, List.of(match(0, 0, 0.7f)));
    List<Sentence> sentences = sentences(10);

    DriftScorer.Score score =
        score(alignment, sentences, sentences, new Thresholds(0.5, 0.7, Severity.ERROR));

    assertThat(score.reasons()).isEmpty();
  }

  @Test
  void score_reasons_should_never_show_a_value_equal_to_the_limit_it_breaks() {
    // drift 0.3004 > 0.30 and similarity 0.5496 < 0.55 must not read "0.30 is above 0.30".
    Alignment alignment = Alignment.of(2, 2, List.of(match(0, 0, 0.5496), match(1, 1, 0.8496)));
    List<Sentence> sentences = sentences(10, 10);

    DriftScorer.Score score = score(alignment, sentences, sentences, DEFAULTS);

    assertThat(score.drift()).isCloseTo(0.3004, within(1e-9));
    assertThat(score.reasons())
        .containsExactly(
            "drift 0.3004 is above maxDrift 0.30",
            "1 matched pair is below minSimilarity 0.55 (lowest 0.5496 at original line 1)");
  }

  @Test
  void score_reasons_should_show_a_limit_with_more_decimals_in_full() {
    Alignment alignment = Alignment.of(1, 1, List.of(match(0, 0, 0.6)));
    List<Sentence> sentences = sentences(10);

    DriftScorer.Score score =
        score(alignment, sentences, sentences, new Thresholds(0.375, 0.625, Severity.ERROR));

    assertThat(score.reasons())
        .containsExactly(
            "drift 0.400 is above maxDrift 0.375",
            "1 matched pair is below minSimilarity 0.625 (lowest 0.600 at original line 1)");
  }

  @Test
  void score_should_not_count_omissions_and_additions_as_weak_pairs() {
    Alignment alignment = Alignment.of(2, 2, List.of(match(0, 0, 1.0)));
    List<Sentence> sentences = sentences(100, 1);

    DriftScorer.Score score =
        score(alignment, sentences, sentences, new Thresholds(0.5, 0.99, Severity.ERROR));

    assertThat(score.reasons()).isEmpty();
  }

  @Test
  void pair_drift_should_be_one_minus_similarity_for_matches() {
    assertThat(DriftScorer.pairDrift(match(0, 0, 0.7), List.of())).isCloseTo(0.3, within(1e-12));
    assertThat(DriftScorer.pairDrift(match(0, 0, 0.0), List.of())).isEqualTo(1.0);
  }

  @Test
  void pair_drift_should_clamp_float_noise_to_zero() {
    assertThat(DriftScorer.pairDrift(match(0, 0, 0.9999999), List.of())).isEqualTo(0.0);
    assertThat(DriftScorer.pairDrift(match(0, 0, 1.0000001), List.of())).isEqualTo(0.0);
    assertThat(DriftScorer.pairDrift(match(0, 0, 1.0), List.of())).isEqualTo(0.0);
    assertThat(DriftScorer.pairDrift(match(0, 0, 0.9999), List.of()))
        .isCloseTo(1e-4, within(1e-12));
  }

  @Test
  void pair_drift_should_clamp_negative_similarity_to_one() {
    assertThat(DriftScorer.pairDrift(match(0, 0, -0.4), List.of())).isEqualTo(1.0);
  }

  @Test
  void pair_drift_should_be_one_for_omissions_and_additions() {
    assertThat(DriftScorer.pairDrift(omission(0), List.of())).isEqualTo(1.0);
    assertThat(DriftScorer.pairDrift(addition(0), List.of())).isEqualTo(1.0);
  }

  @Test
  void thresholds_should_have_documented_defaults_and_copy_with_changes() {
    Thresholds t = Thresholds.defaults();

    assertThat(t.maxDrift()).isEqualTo(Thresholds.DEFAULT_MAX_DRIFT).isEqualTo(0.3);
    assertThat(t.minSimilarity()).isEqualTo(Thresholds.DEFAULT_MIN_SIMILARITY).isEqualTo(0.55);
    assertThat(t.withMaxDrift(0.1)).isEqualTo(new Thresholds(0.1, 0.55, Severity.ERROR));
    assertThat(t.withMinSimilarity(0.7)).isEqualTo(new Thresholds(0.3, 0.7, Severity.ERROR));
  }

  /** Scores without shifts: these tests are about similarity-based drift and the thresholds. */
  private static DriftScorer.Score score(
      Alignment alignment, List<Sentence> original, List<Sentence> translation, Thresholds limits) {
    List<List<Shift>> none = new java.util.ArrayList<>();
    alignment.beads().forEach(b -> none.add(List.of()));
    return DriftScorer.score(alignment, original, translation, none, limits);
  }
}
