package dev.drift.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.align.Synthetic.Docs;
import dev.drift.align.Synthetic.Unit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttachPassTest {
  private static final Aligner.Options DEFAULTS = Aligner.Options.defaults();

  private static PairScores scores(Docs docs, List<int[][]> asked) {
    JoinedEmbedder mean = docs.joined();
    JoinedEmbedder recording =
        new JoinedEmbedder() {
          @Override
          public double similarity(int[] original, int[] translation) {
            return mean.similarity(original, translation);
          }

          @Override
          public void prepare(List<int[]> originals, List<int[]> translations) {
            for (int k = 0; k < originals.size(); k++) {
              asked.add(new int[][] {originals.get(k), translations.get(k)});
            }
          }
        };
    return new PairScores(docs.original, docs.translation, null, recording, 0);
  }

  /** The 1:1 matches of every unit, with {@code original -> translation} of the given unit. */
  private static List<Bead> oneToOne(Docs docs, PairScores s, int unit, int original, int target) {
    List<Bead> beads = new ArrayList<>();
    for (int p = 0; p < docs.units.size(); p++) {
      int[] as = docs.unitOriginal.get(p);
      int[] bs = docs.unitTranslation.get(p);
      if (p == unit) {
        beads.add(s.single(original, target));
      } else if (as.length == 1 && bs.length == 1) {
        beads.add(s.single(as[0], bs[0]));
      }
    }
    return beads;
  }

  private static List<String> keys(List<Bead> beads, int n, int m) {
    Alignment alignment = Alignment.of(n, m, beads);
    AlignmentInvariants.check(alignment, n, m, DEFAULTS.maxMerge());
    return alignment.beads().stream().map(Synthetic::key).toList();
  }

  private static List<Unit> pairs(Synthetic syn, int count) {
    List<Unit> units = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      units.add(syn.pair());
    }
    return units;
  }

  @Test
  void attach_should_join_an_omission_to_the_match_whose_translation_renders_both() {
    Synthetic syn = new Synthetic(31);
    List<Unit> units = pairs(syn, 5);
    units.add(syn.merge(2)); // original 5, 6 -> translation 5; only 6 -> 5 was matched
    units.addAll(pairs(syn, 5));
    Docs docs = Synthetic.docs(units);
    List<int[][]> asked = new ArrayList<>();
    PairScores s = scores(docs, asked);

    List<Bead> attached = AttachPass.attach(oneToOne(docs, s, 5, 6, 5), s, DEFAULTS);

    assertThat(keys(attached, 12, 11)).containsExactlyElementsOf(docs.expectedMatches());
    assertThat(asked).extracting(g -> Synthetic.key(g[0], g[1])).contains("[5, 6]->[5]");
    Bead merged = attached.stream().filter(b -> b.original().length == 2).findFirst().orElseThrow();
    assertThat(merged.similarity()).isGreaterThan(0.8);
  }

  @Test
  void attach_should_join_an_addition_to_the_match_whose_original_renders_both() {
    Synthetic syn = new Synthetic(32);
    List<Unit> units = pairs(syn, 5);
    units.add(syn.split(2)); // original 5 -> translation 5, 6; only 5 -> 5 was matched
    units.addAll(pairs(syn, 5));
    Docs docs = Synthetic.docs(units);
    PairScores s = scores(docs, new ArrayList<>());

    List<Bead> attached = AttachPass.attach(oneToOne(docs, s, 5, 5, 5), s, DEFAULTS);

    assertThat(keys(attached, 11, 12)).containsExactlyElementsOf(docs.expectedMatches());
  }

  @Test
  void attach_should_grow_a_bead_to_three_sentences_over_two_rounds() {
    Synthetic syn = new Synthetic(33);
    List<Unit> units = pairs(syn, 4);
    units.add(syn.merge(3)); // original 4, 5, 6 -> translation 4; only 4 -> 4 was matched
    units.addAll(pairs(syn, 4));
    Docs docs = Synthetic.docs(units);
    PairScores s = scores(docs, new ArrayList<>());

    List<Bead> attached = AttachPass.attach(oneToOne(docs, s, 4, 4, 4), s, DEFAULTS);

    assertThat(keys(attached, 11, 9)).containsExactlyElementsOf(docs.expectedMatches());
  }

  @Test
  void attach_should_leave_an_unrelated_omission_and_addition_alone() {
    Synthetic syn = new Synthetic(34);
    List<Unit> units = pairs(syn, 5);
    units.add(syn.omission()); // original 5
    units.add(syn.pair()); // original 6 -> translation 5
    units.add(syn.addition()); // translation 6
    units.addAll(pairs(syn, 5));
    Docs docs = Synthetic.docs(units);
    List<int[][]> asked = new ArrayList<>();
    PairScores s = scores(docs, asked);
    List<Bead> matches = oneToOne(docs, s, -1, 0, 0);

    List<Bead> attached = AttachPass.attach(matches, s, DEFAULTS);

    assertThat(keys(attached, 12, 12)).containsExactlyInAnyOrderElementsOf(keys(matches, 12, 12));
    assertThat(asked).as("unrelated sentences are not even embedded").isEmpty();
  }

  @Test
  void attach_should_pair_a_loose_rendering_between_two_matches() {
    Synthetic syn = new Synthetic(37);
    List<Unit> units = pairs(syn, 5);
    float[] t = syn.topic();
    units.add(syn.pair(t, syn.perturb(t, 2.8))); // original 5 -> translation 5, cosine about 0.34
    units.addAll(pairs(syn, 5));
    Docs docs = Synthetic.docs(units);
    PairScores s = scores(docs, new ArrayList<>());
    assertThat(s.score(5, 5)).as("below the match threshold").isBetween(0.3f, 0.45f);
    List<Bead> matches = without(oneToOne(docs, s, -1, 0, 0), 5);
    assertThat(keys(matches, 11, 11)).contains("[5]->[]", "[]->[5]");

    List<Bead> attached = AttachPass.attach(matches, s, DEFAULTS);

    assertThat(keys(attached, 11, 11)).containsExactlyElementsOf(docs.expectedMatches());
  }

  @Test
  void attach_should_pair_a_weak_likeness_only_in_a_gap_of_one_sentence_a_side() {
    Synthetic syn = new Synthetic(41);
    List<Unit> units = pairs(syn, 4);
    float[] t = syn.topic();
    float[] u = syn.topic();
    float[] v = syn.topic();
    units.add(syn.pair(t, syn.perturb(t, 3.2))); // original 4 -> translation 4, alone in its gap
    units.addAll(pairs(syn, 3));
    units.add(syn.pair(u, syn.perturb(u, 4.2))); // originals 8 and 9, translations 8 and 9:
    units.add(syn.pair(v, syn.perturb(v, 4.2))); // a gap of two a side
    units.addAll(pairs(syn, 3));
    Docs docs = Synthetic.docs(units);
    PairScores s = scores(docs, new ArrayList<>());
    assertThat(s.score(4, 4)).as("below the floor of longer gaps").isBetween(0.2f, 0.3f);
    assertThat(s.score(8, 8)).isBetween(0.2f, 0.3f);
    assertThat(s.score(9, 9)).isBetween(0.2f, 0.3f);
    List<Bead> matches = without(oneToOne(docs, s, -1, 0, 0), 4, 8, 9);

    List<Bead> attached = AttachPass.attach(matches, s, DEFAULTS);

    assertThat(keys(attached, 13, 13))
        .contains("[4]->[4]", "[8]->[]", "[9]->[]", "[]->[8]", "[]->[9]");
  }

  /**
   * Ten units matched one to one (their likeness set by {@code likenessNoise}) but for unit 4: an
   * original sentence that says two things (original 4), rendered by two translation sentences
   * (translations 4 and 5), given as {@code halves}: the two things, then the two renderings.
   */
  private static Docs splitVerse(Synthetic syn, double likenessNoise, float[][] halves) {
    List<Unit> units = new ArrayList<>();
    for (int k = 0; k < 10; k++) {
      float[] t = syn.topic();
      units.add(k == 4 ? syn.split(2) : syn.pair(t, syn.perturb(t, likenessNoise)));
    }
    Unit split = units.get(4);
    split.original.set(0, Synthetic.sum(List.of(halves[0], halves[1])));
    split.translation.set(0, halves[2]);
    split.translation.set(1, halves[3]);
    return Synthetic.docs(units);
  }

  /** Two things and their renderings, each loose by {@code noise}; the second maybe unrelated. */
  private static float[][] halves(Synthetic syn, double noise, boolean secondRelated) {
    float[] x = syn.topic();
    float[] y = syn.topic();
    return new float[][] {
      x, y, syn.perturb(x, noise), syn.perturb(secondRelated ? y : syn.topic(), noise)
    };
  }

  @Test
  void attach_should_pair_one_sentence_with_the_gap_that_renders_it_in_a_translation() {
    Synthetic syn = new Synthetic(70);
    Docs docs = splitVerse(syn, 0.3, halves(syn, 2.6, true));
    PairScores s = scores(docs, new ArrayList<>());
    assertThat(s.score(4, 4)).as("each half alone: below the gap floor").isBetween(0.25f, 0.3f);
    assertThat(s.score(4, 5)).isBetween(0.25f, 0.3f);
    assertThat(s.joined.similarity(new int[] {4}, new int[] {4, 5})).isGreaterThan(0.33);
    List<Bead> matches = oneToOne(docs, s, -1, 0, 0);

    List<Bead> attached = AttachPass.attach(matches, s, DEFAULTS, true);

    assertThat(keys(attached, 10, 11)).contains("[4]->[4, 5]");
  }

  @Test
  void attach_should_not_join_a_gap_whose_joined_text_does_not_beat_its_best_single_pair() {
    Synthetic syn = new Synthetic(42);
    Docs docs = splitVerse(syn, 0.3, halves(syn, 2.2, true));
    JoinedEmbedder mean = docs.joined();
    JoinedEmbedder unmoved =
        (as, bs) ->
            as.length == 1 && as[0] == 4 && bs.length == 2 ? 0.305 : mean.similarity(as, bs);
    PairScores s = new PairScores(docs.original, docs.translation, null, unmoved, 0);
    assertThat(Math.max(s.score(4, 4), s.score(4, 5)))
        .as("the better half: within the merge gain of the join")
        .isBetween(0.28f, 0.3f);
    List<Bead> matches = oneToOne(docs, s, -1, 0, 0);

    List<Bead> attached = AttachPass.attach(matches, s, DEFAULTS, true);

    assertThat(keys(attached, 10, 11)).contains("[4]->[]", "[]->[4]", "[]->[5]");
  }

  @Test
  void attach_should_not_join_a_gap_sentence_that_relates_to_nothing_though_the_join_scores_well() {
    Synthetic syn = new Synthetic(44);
    Docs docs = splitVerse(syn, 0.3, halves(syn, 0.5, false));
    JoinedEmbedder mean = docs.joined();
    JoinedEmbedder flattering =
        (as, bs) -> as.length == 1 && as[0] == 4 && bs.length == 2 ? 0.95 : mean.similarity(as, bs);
    PairScores s = new PairScores(docs.original, docs.translation, null, flattering, 0);
    assertThat(s.score(4, 5)).as("a dropped verse's neighbour, unrelated").isLessThan(0.25f);
    List<Bead> matches = oneToOne(docs, s, -1, 0, 0);

    List<Bead> attached = AttachPass.attach(matches, s, DEFAULTS, true);

    assertThat(keys(attached, 10, 11)).contains("[4]->[4]", "[]->[5]");
  }

  @Test
  void attach_should_not_join_a_gap_in_a_retelling() {
    Synthetic syn = new Synthetic(70);
    Docs docs = splitVerse(syn, 1.2, halves(syn, 2.6, true));
    PairScores s = scores(docs, new ArrayList<>());
    List<Bead> matches = oneToOne(docs, s, -1, 0, 0);
    assertThat(AttachPass.translated(matches)).as("likeness of a retelling").isFalse();

    List<Bead> attached = AttachPass.attach(matches, s, DEFAULTS, false);

    assertThat(keys(attached, 10, 11)).contains("[4]->[]", "[]->[4]", "[]->[5]");
  }

  @Test
  void attach_should_pair_a_gap_in_order_and_leave_an_unrelated_sentence() {
    Synthetic syn = new Synthetic(38);
    List<Unit> units = pairs(syn, 4);
    float[] t = syn.topic();
    float[] u = syn.topic();
    units.add(syn.pair(t, syn.perturb(t, 2.5))); // original 4 -> translation 4
    Unit unrelated = syn.pair(); // original 5 and translation 5 say opposite things
    unrelated.translation.set(0, syn.perturb(negated(unrelated.original.get(0)), 0.1));
    units.add(unrelated);
    units.add(syn.pair(u, syn.perturb(u, 2.5))); // original 6 -> translation 6
    units.addAll(pairs(syn, 4));
    Docs docs = Synthetic.docs(units);
    PairScores s = scores(docs, new ArrayList<>());

    List<Bead> matches = without(oneToOne(docs, s, -1, 0, 0), 4, 5, 6);

    List<Bead> attached = AttachPass.attach(matches, s, DEFAULTS);

    assertThat(keys(attached, 11, 11)).contains("[4]->[4]", "[5]->[]", "[]->[5]", "[6]->[6]");
  }

  @Test
  void align_should_pair_a_loose_rendering_between_two_matches() {
    Synthetic syn = new Synthetic(39);
    List<Unit> units = pairs(syn, 6);
    float[] t = syn.topic();
    units.add(syn.pair(t, syn.perturb(t, 2.5))); // original 6 -> translation 6, cosine about 0.37
    units.addAll(pairs(syn, 6));
    Docs docs = Synthetic.docs(units);

    Alignment alignment =
        Aligner.create(DEFAULTS).align(docs.original, docs.translation, null, docs.joined(), false);

    AlignmentInvariants.check(alignment, 13, 13, DEFAULTS.maxMerge());
    assertThat(alignment.beads().stream().map(Synthetic::key))
        .containsExactlyElementsOf(docs.expectedMatches());
  }

  /** The matches without those of the given original sentences. */
  private static List<Bead> without(List<Bead> matches, int... originals) {
    List<Bead> out = new ArrayList<>();
    for (Bead b : matches) {
      if (java.util.Arrays.stream(originals).noneMatch(a -> a == b.original()[0])) {
        out.add(b);
      }
    }
    return out;
  }

  private static float[] negated(float[] v) {
    float[] out = new float[v.length];
    for (int d = 0; d < v.length; d++) {
      out[d] = -v[d];
    }
    return out;
  }

  @Test
  void attach_should_leave_a_related_omission_the_translation_does_not_render() {
    Synthetic syn = new Synthetic(35);
    List<Unit> units = pairs(syn, 5);
    float[] t = syn.topic();
    units.add(syn.pair(t, syn.paraphrase(t))); // original 5 -> translation 5
    Unit near = syn.omission(); // original 6: on the same topic, but not translated
    near.original.set(0, syn.perturb(t, 1.0));
    units.add(near);
    units.addAll(pairs(syn, 5));
    Docs docs = Synthetic.docs(units);
    PairScores s = scores(docs, new ArrayList<>());
    assertThat(s.score(6, 5)).as("the omission relates to the match").isGreaterThan(0.4f);
    List<Bead> matches = oneToOne(docs, s, -1, 0, 0);

    List<Bead> attached = AttachPass.attach(matches, s, DEFAULTS);

    assertThat(keys(attached, 12, 11)).contains("[6]->[]", "[5]->[5]");
  }

  @Test
  void attach_should_do_nothing_when_disabled() {
    Synthetic syn = new Synthetic(31);
    List<Unit> units = pairs(syn, 5);
    units.add(syn.merge(2));
    units.addAll(pairs(syn, 5));
    Docs docs = Synthetic.docs(units);
    PairScores s = scores(docs, new ArrayList<>());
    Aligner.Options d = DEFAULTS;
    Aligner.Options off =
        new Aligner.Options(
            d.matchThreshold(),
            d.anchorThreshold(),
            d.anchorMargin(),
            d.moveThreshold(),
            d.maxMerge(),
            d.mergePenalty(),
            d.memberThreshold(),
            d.mergeGain(),
            d.lexicalWeight(),
            d.neighbours(),
            d.corridor(),
            -1);

    List<Bead> matches = oneToOne(docs, s, 5, 6, 5);

    assertThat(AttachPass.attach(matches, s, off)).isSameAs(matches);
  }

  @Test
  void align_should_merge_a_short_sentence_the_merge_gain_misses() {
    Synthetic syn = new Synthetic(36);
    List<Unit> units = pairs(syn, 6);
    Unit merge = syn.merge(2); // original 6, 7 -> translation 6
    merge.originalTokens.set(0, 40);
    merge.originalTokens.set(1, 1); // a short sentence barely moves the token-weighted join
    units.add(merge);
    units.addAll(pairs(syn, 6));
    Docs docs = Synthetic.docs(units);

    Alignment alignment =
        Aligner.create(DEFAULTS).align(docs.original, docs.translation, null, docs.joined(), false);

    AlignmentInvariants.check(alignment, 14, 13, DEFAULTS.maxMerge());
    assertThat(alignment.beads().stream().map(Synthetic::key))
        .containsExactlyElementsOf(docs.expectedMatches());
  }

  /**
   * A long original verse against a translation that split it in two: the rendering of the short
   * second sentence scores low on its own (0.3) and lowers the joined cosine a little (0.9 to
   * 0.86), yet it makes the lengths fit.
   */
  private static List<Bead> attachSplit(int originalTokens, boolean rendered) {
    float[] a = {1, 0, 0};
    float[] t1 = {0.9f, (float) Math.sqrt(1 - 0.81), 0};
    float[] t2 = {0.3f, 0, (float) Math.sqrt(1 - 0.09)};
    SentenceVectors original = new SentenceVectors(new float[][] {a}, new int[] {originalTokens});
    SentenceVectors translation = new SentenceVectors(new float[][] {t1, t2}, new int[] {20, 9});
    JoinedEmbedder joined = (xs, ys) -> ys.length == 2 ? 0.86 : 0.9;
    PairScores s = new PairScores(original, translation, null, joined, 0);
    return AttachPass.attach(List.of(s.single(0, 0)), s, DEFAULTS, rendered);
  }

  @Test
  void attach_should_take_a_split_off_sentence_that_makes_the_lengths_fit_through_a_translator() {
    assertThat(attachSplit(30, true))
        .singleElement()
        .satisfies(b -> assertThat(b.translation()).containsExactly(0, 1));
    // Not in one language, where a sentence must relate on its own and keep the score.
    assertThat(attachSplit(30, false))
        .singleElement()
        .satisfies(b -> assertThat(b.translation()).containsExactly(0));
    // Nor where the lengths fit already and the sentence would make them disagree.
    assertThat(attachSplit(20, true))
        .singleElement()
        .satisfies(b -> assertThat(b.translation()).containsExactly(0));
  }

  @Test
  void translated_should_read_the_median_likeness_of_enough_one_to_one_matches() {
    java.util.function.Function<double[], List<Bead>> beads =
        likeness -> {
          List<Bead> out = new java.util.ArrayList<>();
          for (int k = 0; k < likeness.length; k++) {
            out.add(new Bead(new int[] {k}, new int[] {k}, likeness[k], false));
          }
          return out;
        };
    double[] free = {0.7, 0.78, 0.8, 0.82, 0.85, 0.88, 0.9, 0.95, 1.0};
    double[] copied = {0.9, 1, 1, 1, 1, 1, 1, 1, 1};
    double[] retold = {0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.72, 0.8, 0.9};
    assertThat(AttachPass.translated(beads.apply(free))).isTrue();
    assertThat(AttachPass.translated(beads.apply(copied))).isFalse();
    assertThat(AttachPass.translated(beads.apply(retold))).isFalse();
    assertThat(
            AttachPass.translated(beads.apply(java.util.Arrays.copyOf(free, AttachPass.FEW - 1))))
        .isFalse();
    // a one-to-two bead is no evidence either way
    List<Bead> joined = new java.util.ArrayList<>(beads.apply(free));
    joined.add(new Bead(new int[] {20}, new int[] {20, 21}, 0.1, false));
    assertThat(AttachPass.translated(joined)).isTrue();
  }
}
