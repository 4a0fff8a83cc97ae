package dev.drift.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.drift.bench.BibleSet.Span;
import dev.drift.bench.VerseAlignmentScore.VersePair;
import dev.drift.report.Pair;
import dev.drift.report.PairKind;
import dev.drift.report.SentenceRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verse-gold F1 on hand-made alignments, computed by hand. */
class VerseAlignmentScoreTest {
  // three verses of one sentence each on both sides
  private static final String ORIGINAL = "In the beginning. God created. The earth was void.\n";
  private static final String TRANSLATION = "En el principio. Dios creó. La tierra estaba vacía.\n";
  private static final Span O1 = new Span(0, 17);
  private static final Span O2 = new Span(18, 30);
  private static final Span O3 = new Span(31, 50);
  private static final Span T1 = new Span(0, 16);
  private static final Span T2 = new Span(17, 27);
  private static final Span T3 = new Span(28, 51);
  private static final List<VersePair> VERSES =
      List.of(new VersePair(O1, T1), new VersePair(O2, T2), new VersePair(O3, T3));

  private static SentenceRef ref(String text, Span s) {
    return new SentenceRef(
        s.start(), s.end(), 1, s.start() + 1, text.substring(s.start(), s.end()));
  }

  private static Pair pair(PairKind kind, List<Span> original, List<Span> translation) {
    return new Pair(
        kind,
        kind == PairKind.MATCH ? 0.9 : null,
        0.1,
        false,
        original.stream().map(s -> ref(ORIGINAL, s)).toList(),
        translation.stream().map(s -> ref(TRANSLATION, s)).toList(),
        List.of());
  }

  @Test
  void score_should_be_one_for_the_gold_alignment() {
    VerseAlignmentScore s =
        VerseAlignmentScore.score(
            ORIGINAL,
            TRANSLATION,
            VERSES,
            List.of(
                pair(PairKind.MATCH, List.of(O1), List.of(T1)),
                pair(PairKind.MATCH, List.of(O2), List.of(T2)),
                pair(PairKind.MATCH, List.of(O3), List.of(T3))));
    assertThat(s).isEqualTo(new VerseAlignmentScore(3, 3, 3));
    assertThat(s.f1()).isEqualTo(1.0);
  }

  @Test
  void score_should_count_a_wrong_merge_and_an_omission() {
    // O1–T1 right; O2 matched with T2 and T3 (one link wrong); O3 left out: gold has 3 links,
    // drift predicts 3, 2 of them right: precision 2/3, recall 2/3, F1 2/3.
    VerseAlignmentScore s =
        VerseAlignmentScore.score(
            ORIGINAL,
            TRANSLATION,
            VERSES,
            List.of(
                pair(PairKind.MATCH, List.of(O1), List.of(T1)),
                pair(PairKind.MATCH, List.of(O2), List.of(T2, T3)),
                pair(PairKind.OMISSION, List.of(O3), List.of())));
    assertThat(s).isEqualTo(new VerseAlignmentScore(2, 3, 3));
    assertThat(s.precision()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(s.recall()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(s.f1()).isCloseTo(2.0 / 3, within(1e-9));
  }

  @Test
  void score_should_give_no_credit_to_a_chapter_merged_into_one_segment() {
    // one segment for three sentence ends (fewer than 60 %): no true positives, and at least as
    // many gold links as sentence ends
    Span all = new Span(0, 50);
    Span allT = new Span(0, 51);
    VerseAlignmentScore s =
        VerseAlignmentScore.score(
            ORIGINAL,
            TRANSLATION,
            VERSES,
            List.of(pair(PairKind.MATCH, List.of(all), List.of(allT))));
    assertThat(s).isEqualTo(new VerseAlignmentScore(0, 1, 3));
    assertThat(s.f1()).isZero();
  }

  @Test
  void score_should_add_up_chapters_before_dividing() {
    VerseAlignmentScore sum =
        new VerseAlignmentScore(2, 3, 3).plus(new VerseAlignmentScore(1, 1, 5));
    assertThat(sum).isEqualTo(new VerseAlignmentScore(3, 4, 8));
    assertThat(sum.f1()).isCloseTo(2 * 0.75 * 0.375 / (0.75 + 0.375), within(1e-9));
  }

  @Test
  void covers_should_need_half_of_the_shorter_span() {
    String text = "aaaa bbbb";
    assertThat(VerseAlignmentScore.covers(text, new Span(0, 9), new Span(0, 4))).isTrue();
    assertThat(VerseAlignmentScore.covers(text, new Span(0, 4), new Span(3, 9))).isFalse();
    assertThat(VerseAlignmentScore.covers(text, new Span(0, 4), new Span(2, 9))).isTrue();
  }

  @Test
  void splits_allowed_should_count_a_verse_of_two_sentences_aligned_one_to_one_as_right() {
    // Verses 1 and 2 read as one verse on each side (O1+O2, T1+T2), each written as two
    // sentences: the one-to-one alignment misses two of the four crossed sentence links, which
    // the split-aware score does not want.
    List<VersePair> merged =
        List.of(new VersePair(new Span(0, 30), new Span(0, 27)), new VersePair(O3, T3));
    List<Pair> pairs =
        List.of(
            pair(PairKind.MATCH, List.of(O1), List.of(T1)),
            pair(PairKind.MATCH, List.of(O2), List.of(T2)),
            pair(PairKind.MATCH, List.of(O3), List.of(T3)));
    assertThat(VerseAlignmentScore.score(ORIGINAL, TRANSLATION, merged, pairs))
        .isEqualTo(new VerseAlignmentScore(3, 3, 5));
    assertThat(VerseAlignmentScore.splitsAllowed(ORIGINAL, TRANSLATION, merged, pairs))
        .isEqualTo(new VerseAlignmentScore(3, 3, 3));
    // O2 left out: its crossed link with T1 is not excused (O2 has no partner in the verse)
    List<Pair> dropped =
        List.of(
            pair(PairKind.MATCH, List.of(O1), List.of(T1)),
            pair(PairKind.OMISSION, List.of(O2), List.of()),
            pair(PairKind.ADDITION, List.of(), List.of(T2)),
            pair(PairKind.MATCH, List.of(O3), List.of(T3)));
    assertThat(VerseAlignmentScore.splitsAllowed(ORIGINAL, TRANSLATION, merged, dropped))
        .isEqualTo(new VerseAlignmentScore(2, 2, 5));
  }
}
