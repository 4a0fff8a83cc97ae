package dev.drift.align;

import static dev.drift.align.Synthetic.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.drift.align.Synthetic.Docs;
import dev.drift.align.Synthetic.Unit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AlignerTest {
  private static final Aligner ALIGNER = Aligner.create(Aligner.Options.defaults());
  private static final int MAX_MERGE = Aligner.Options.defaults().maxMerge();

  private static Alignment align(Docs docs) {
    return align(docs, null);
  }

  private static Alignment align(Docs docs, LexicalOverlap lexical) {
    Alignment alignment =
        ALIGNER.align(docs.original, docs.translation, lexical, docs.joined(), false);
    AlignmentInvariants.check(alignment, docs.original.size(), docs.translation.size(), MAX_MERGE);
    return alignment;
  }

  private static List<String> keys(Alignment alignment) {
    return alignment.beads().stream().map(Synthetic::key).toList();
  }

  /** Asserts the alignment has exactly these beads, in any order, naming what differs. */
  private static void assertSameBeads(Alignment alignment, List<String> expected) {
    List<String> actual = keys(alignment);
    List<String> missing = expected.stream().filter(k -> !actual.contains(k)).toList();
    List<String> unexpected = actual.stream().filter(k -> !expected.contains(k)).toList();
    assertThat(missing).as("expected beads not found (found instead: %s)", unexpected).isEmpty();
    assertThat(unexpected).as("unexpected beads").isEmpty();
  }

  private static List<String> matchKeys(Alignment alignment) {
    return alignment.beads().stream().filter(Bead::isMatch).map(Synthetic::key).toList();
  }

  private static List<String> moved(Alignment alignment) {
    return alignment.beads().stream().filter(Bead::moved).map(Synthetic::key).toList();
  }

  private static List<Unit> pairs(Synthetic syn, int count) {
    List<Unit> units = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      units.add(syn.pair());
    }
    return units;
  }

  @Test
  void align_should_keep_monotonic_text_in_order() {
    Docs docs = Synthetic.docs(pairs(new Synthetic(1), 30));

    Alignment alignment = align(docs);

    List<String> expected =
        IntStream.range(0, 30).mapToObj(k -> "[" + k + "]->[" + k + "]").toList();
    assertThat(keys(alignment)).containsExactlyElementsOf(expected);
    assertThat(alignment.matches()).isEqualTo(30);
    assertThat(moved(alignment)).isEmpty();
    for (Bead b : alignment.beads()) {
      assertThat(b.similarity()).isBetween(0.75, 1.0);
    }
  }

  @Test
  void align_should_pair_identical_documents_one_to_one_with_similarity_one() {
    Synthetic syn = new Synthetic(2);
    List<Unit> units = new ArrayList<>();
    for (int k = 0; k < 30; k++) {
      float[] t = syn.topic();
      units.add(syn.pair(t, t.clone()));
    }
    Docs docs = Synthetic.docs(units);

    Alignment alignment = align(docs);

    assertThat(alignment.beads()).hasSize(30);
    for (int k = 0; k < 30; k++) {
      Bead b = alignment.beads().get(k);
      assertThat(key(b)).isEqualTo("[" + k + "]->[" + k + "]");
      assertThat(b.similarity()).isCloseTo(1.0, within(1e-5));
      assertThat(b.moved()).isFalse();
    }
  }

  @Test
  void align_should_find_a_merge_and_a_split_as_one_bead_each() {
    Synthetic syn = new Synthetic(3);
    List<Unit> units = pairs(syn, 6);
    units.add(syn.merge(2)); // original 6, 7 -> translation 6
    units.addAll(pairs(syn, 6)); // 8..13 -> 7..12
    units.add(syn.split(2)); // original 14 -> translation 13, 14
    units.addAll(pairs(syn, 6)); // 15..20 -> 15..20
    Docs docs = Synthetic.docs(units);

    Alignment alignment = align(docs);

    assertThat(keys(alignment)).containsExactlyElementsOf(docs.expectedMatches());
    assertThat(keys(alignment)).contains("[6, 7]->[6]", "[14]->[13, 14]");
    Bead merge = alignment.beads().get(6);
    assertThat(merge.similarity()).isGreaterThan(0.8);
    assertThat(moved(alignment)).isEmpty();
  }

  @Test
  void align_should_find_three_to_one_and_one_to_three_beads() {
    Synthetic syn = new Synthetic(4);
    List<Unit> units = pairs(syn, 5);
    units.add(syn.merge(3)); // original 5, 6, 7 -> translation 5
    units.addAll(pairs(syn, 5));
    units.add(syn.split(3)); // original 13 -> translation 11, 12, 13
    units.addAll(pairs(syn, 5));
    Docs docs = Synthetic.docs(units);

    Alignment alignment = align(docs);

    assertThat(keys(alignment)).containsExactlyElementsOf(docs.expectedMatches());
    assertThat(keys(alignment)).contains("[5, 6, 7]->[5]", "[13]->[11, 12, 13]");
  }

  @Test
  void align_should_not_merge_when_merging_is_disabled() {
    Synthetic syn = new Synthetic(5);
    List<Unit> units = pairs(syn, 5);
    units.add(syn.merge(2)); // original 5, 6 -> translation 5
    units.addAll(pairs(syn, 5));
    Docs docs = Synthetic.docs(units);
    Aligner.Options d = Aligner.Options.defaults();
    Aligner oneToOne =
        Aligner.create(
            new Aligner.Options(
                d.matchThreshold(),
                d.anchorThreshold(),
                d.anchorMargin(),
                d.moveThreshold(),
                1,
                d.mergePenalty(),
                d.memberThreshold(),
                d.mergeGain(),
                d.lexicalWeight(),
                d.neighbours(),
                d.corridor(),
                d.attachMargin()));

    Alignment alignment =
        oneToOne.align(docs.original, docs.translation, null, (a, b) -> Double.NaN, false);

    AlignmentInvariants.check(alignment, 12, 11, 1);
    assertThat(alignment.beads()).allMatch(b -> b.original().length <= 1);
    assertThat(alignment.beads().stream().filter(Bead::isOmission).count()).isEqualTo(1);
    assertThat(alignment.matches()).isEqualTo(11);
  }

  @Test
  void align_should_support_beads_of_sixteen_sentences_when_asked() {
    Synthetic syn = new Synthetic(18);
    List<Unit> units = pairs(syn, 2);
    units.add(syn.split(16)); // original 2 -> translation 2..17
    units.addAll(pairs(syn, 2));
    Docs docs = Synthetic.docs(units);
    Aligner.Options d = Aligner.Options.defaults();
    Aligner wide =
        Aligner.create(
            new Aligner.Options(
                d.matchThreshold(),
                d.anchorThreshold(),
                d.anchorMargin(),
                d.moveThreshold(),
                16,
                d.mergePenalty(),
                // Parts of a 16-way split relate to the whole with cosines of about 0.25, some
                // below 0: let any member and any gain through, so the 1:16 bead wins.
                -1.0,
                -1.0,
                d.lexicalWeight(),
                d.neighbours(),
                d.corridor(),
                d.attachMargin()));

    Alignment alignment = wide.align(docs.original, docs.translation, null, docs.joined(), false);

    AlignmentInvariants.check(alignment, 5, 20, 16);
    assertThat(keys(alignment)).containsExactlyElementsOf(docs.expectedMatches());
  }

  @Test
  void align_should_keep_one_pair_when_the_exact_joined_embedding_rejects_a_merge() {
    Synthetic syn = new Synthetic(6);
    List<Unit> units = pairs(syn, 5);
    units.add(syn.merge(2)); // original 5, 6 -> translation 5
    units.addAll(pairs(syn, 5));
    Docs docs = Synthetic.docs(units);
    List<int[][]> asked = new ArrayList<>();

    Alignment alignment =
        ALIGNER.align(
            docs.original,
            docs.translation,
            null,
            (as, bs) -> {
              asked.add(new int[][] {as, bs});
              return 0.0; // the joined texts turn out unrelated
            },
            false);

    AlignmentInvariants.check(alignment, 12, 11, MAX_MERGE);
    assertThat(asked).isNotEmpty();
    assertThat(alignment.beads()).allMatch(b -> b.original().length <= 1);
    List<String> matches = matchKeys(alignment);
    assertThat(matches).hasSize(11);
    assertThat(matches).containsAnyOf("[5]->[5]", "[6]->[5]");
    assertThat(alignment.beads().stream().filter(Bead::isOmission).map(Synthetic::key))
        .singleElement()
        .isIn("[5]->[]", "[6]->[]");
  }

  @Test
  void align_should_place_omissions_and_additions_where_they_occur() {
    Synthetic syn = new Synthetic(7);
    List<Unit> units = new ArrayList<>();
    units.add(syn.addition()); // translation 0, before everything
    units.add(syn.omission()); // original 0
    units.addAll(pairs(syn, 4)); // original 1..4 -> translation 1..4
    units.add(syn.omission()); // original 5
    units.addAll(pairs(syn, 3)); // original 6..8 -> translation 5..7
    units.add(syn.addition()); // translation 8
    units.add(syn.addition()); // translation 9
    units.addAll(pairs(syn, 3)); // original 9..11 -> translation 10..12
    units.add(syn.omission()); // original 12
    units.add(syn.addition()); // translation 13
    Docs docs = Synthetic.docs(units);

    Alignment alignment = align(docs);

    assertThat(keys(alignment))
        .containsExactly(
            "[]->[0]",
            "[0]->[]",
            "[1]->[1]",
            "[2]->[2]",
            "[3]->[3]",
            "[4]->[4]",
            "[5]->[]",
            "[6]->[5]",
            "[7]->[6]",
            "[8]->[7]",
            "[]->[8]",
            "[]->[9]",
            "[9]->[10]",
            "[10]->[11]",
            "[11]->[12]",
            "[]->[13]", // after the bead of translation sentence 12, so before the omission
            "[12]->[]");
    assertThat(moved(alignment)).isEmpty();
  }

  @Test
  void align_should_match_a_block_moved_from_the_start_to_the_end() {
    Synthetic syn = new Synthetic(8);
    List<Unit> units = pairs(syn, 30);
    int[] order = new int[30];
    for (int k = 0; k < 30; k++) {
      order[k] = (k + 5) % 30; // units 5..29 first, then 0..4
    }
    Docs docs = Synthetic.docs(units, order);

    Alignment alignment = align(docs);

    assertThat(keys(alignment)).containsExactlyElementsOf(docs.expectedMatches());
    assertThat(alignment.matches()).isEqualTo(30);
    for (int k = 0; k < 30; k++) {
      Bead b = alignment.beads().get(k);
      assertThat(b.original()).containsExactly(k);
      assertThat(b.translation()).containsExactly((k + 25) % 30);
      assertThat(b.moved()).as("bead %s moved", key(b)).isEqualTo(k < 5);
    }
  }

  @Test
  void align_should_match_a_block_moved_into_the_middle() {
    Synthetic syn = new Synthetic(9);
    List<Unit> units = pairs(syn, 30);
    List<Integer> order = new ArrayList<>(IntStream.range(0, 30).boxed().toList());
    List<Integer> block = new ArrayList<>(order.subList(20, 24));
    order.removeAll(block);
    order.addAll(6, block); // 0..5, 20..23, 6..19, 24..29
    Docs docs = Synthetic.docs(units, order.stream().mapToInt(Integer::intValue).toArray());

    Alignment alignment = align(docs);

    assertThat(keys(alignment)).containsExactlyElementsOf(docs.expectedMatches());
    assertThat(moved(alignment))
        .containsExactly("[20]->[6]", "[21]->[7]", "[22]->[8]", "[23]->[9]");
  }

  @ParameterizedTest(name = "translated headings: {0}")
  @ValueSource(booleans = {false, true})
  void align_should_not_scramble_repeated_identical_sentences(boolean translatedHeading) {
    Synthetic syn = new Synthetic(10);
    float[] heading = syn.topic();
    float[] headingTranslation = translatedHeading ? syn.paraphrase(heading) : heading.clone();
    List<Unit> units = new ArrayList<>();
    List<String> originalText = new ArrayList<>();
    List<String> translationText = new ArrayList<>();
    for (int section = 0; section < 4; section++) {
      units.add(syn.pair(heading, headingTranslation));
      originalText.add("Example");
      translationText.add(translatedHeading ? "Beispiel" : "Example");
      for (int k = 0; k < 3; k++) {
        units.add(syn.pair());
        int n = 10 * section + k + 11;
        originalText.add("Step " + n + " of the tutorial");
        translationText.add("Schritt " + n + " der Anleitung");
      }
    }
    Docs docs = Synthetic.docs(units);
    List<String> expected =
        IntStream.range(0, 16).mapToObj(k -> "[" + k + "]->[" + k + "]").toList();

    Alignment vectorsOnly = align(docs);
    Alignment withWords = align(docs, LexicalOverlap.of(originalText, translationText));

    for (Alignment alignment : List.of(vectorsOnly, withWords)) {
      assertThat(keys(alignment)).containsExactlyElementsOf(expected);
      assertThat(moved(alignment)).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0} occurrences, sections of {1}")
  @CsvSource({"2, 3", "3, 3", "4, 3", "6, 3", "2, 1", "3, 1", "5, 2"})
  void align_should_not_scramble_repeated_near_identical_sentences(
      int occurrences, int sectionLength) {
    // "Example", "Example:", "Example." ... give vectors a hair apart; which occurrence pairs best
    // with which is then down to noise, and only the order can tell.
    List<String> failures = new ArrayList<>();
    for (int seed = 0; seed < 20; seed++) {
      Synthetic syn = new Synthetic(100 + seed);
      float[] heading = syn.topic();
      float[] headingTranslation = syn.paraphrase(heading);
      List<Unit> units = new ArrayList<>();
      for (int section = 0; section < occurrences; section++) {
        units.add(syn.pair(syn.perturb(heading, 0.05), syn.perturb(headingTranslation, 0.05)));
        units.addAll(pairs(syn, sectionLength));
      }
      Docs docs = Synthetic.docs(units);

      Alignment alignment = align(docs);

      if (!keys(alignment).equals(docs.expectedMatches()) || !moved(alignment).isEmpty()) {
        failures.add("seed " + seed + ": " + keys(alignment) + " moved " + moved(alignment));
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void align_should_not_scramble_repeated_sentences_when_one_occurrence_is_dropped() {
    Synthetic syn = new Synthetic(11);
    float[] heading = syn.topic();
    List<Unit> units = new ArrayList<>();
    for (int section = 0; section < 4; section++) {
      if (section == 2) {
        units.add(syn.omission()); // an unrelated original sentence stands in for a heading...
        units.get(units.size() - 1).original.set(0, heading); // ...with the heading's vector
      } else {
        units.add(syn.pair(heading, heading.clone()));
      }
      units.addAll(pairs(syn, 3));
    }
    Docs docs = Synthetic.docs(units);

    Alignment alignment = align(docs);

    assertThat(keys(alignment)).containsExactlyElementsOf(expectedWithOmissions(docs));
    assertThat(moved(alignment)).isEmpty();
  }

  private static List<String> expectedWithOmissions(Docs docs) {
    List<String> out = new ArrayList<>();
    for (int p = 0; p < docs.units.size(); p++) {
      out.add(key(docs.unitOriginal.get(p), docs.unitTranslation.get(p)));
    }
    return out;
  }

  @Test
  void align_should_tell_sentences_on_one_topic_apart_by_shared_words() {
    Synthetic syn = new Synthetic(12);
    float[] trip = syn.topic();
    List<Unit> units = pairs(syn, 4);
    // Two original sentences on the same topic (identical vectors), rendered in swapped order.
    units.add(syn.pair(trip, trip.clone())); // unit 4: Anna
    units.add(syn.pair(trip, trip.clone())); // unit 5: Marek
    units.addAll(pairs(syn, 4));
    int[] order = {0, 1, 2, 3, 5, 4, 6, 7, 8, 9};
    Docs docs = Synthetic.docs(units, order);
    List<String> originalText = new ArrayList<>();
    List<String> translationText = new ArrayList<>();
    for (int k = 0; k < 10; k++) {
      originalText.add("Sentence number " + (100 + k) + " of the story.");
    }
    originalText.set(4, "Anna travelled to Berlin by train.");
    originalText.set(5, "Marek travelled to Madrid by train.");
    for (int p : order) {
      translationText.add("Satz Nummer " + (100 + p) + " der Geschichte.");
    }
    translationText.set(4, "Marek reiste mit dem Zug nach Madrid.");
    translationText.set(5, "Anna reiste mit dem Zug nach Berlin.");

    Alignment withWords = align(docs, LexicalOverlap.of(originalText, translationText));

    assertThat(matchKeys(withWords)).contains("[4]->[5]", "[5]->[4]");
    assertThat(withWords.matches()).isEqualTo(10);
    assertThat(moved(withWords)).hasSize(1);
  }

  @Test
  void align_should_return_only_additions_when_the_original_is_empty() {
    Synthetic syn = new Synthetic(13);
    Docs docs = Synthetic.docs(List.of(syn.addition(), syn.addition(), syn.addition()));

    Alignment alignment = align(docs);

    assertThat(keys(alignment)).containsExactly("[]->[0]", "[]->[1]", "[]->[2]");
    assertThat(alignment.matches()).isZero();
  }

  @Test
  void align_should_return_only_omissions_when_the_translation_is_empty() {
    Synthetic syn = new Synthetic(14);
    Docs docs = Synthetic.docs(List.of(syn.omission(), syn.omission()));

    Alignment alignment = align(docs);

    assertThat(keys(alignment)).containsExactly("[0]->[]", "[1]->[]");
  }

  @Test
  void align_should_return_no_beads_when_both_sides_are_empty() {
    Docs docs = Synthetic.docs(List.of());

    Alignment alignment = align(docs);

    assertThat(alignment.beads()).isEmpty();
    assertThat(alignment.matches()).isZero();
  }

  @Test
  void align_should_handle_single_sentence_documents() {
    Synthetic syn = new Synthetic(15);
    Docs related = Synthetic.docs(List.of(syn.pair()));
    float[] a = syn.topic();
    float[] b = syn.topic();
    Docs unrelated =
        new Docs(List.of(syn.pair(a, b)), new int[] {0}); // one "pair" of two unrelated sentences

    assertThat(keys(align(related))).containsExactly("[0]->[0]");
    assertThat(keys(align(unrelated))).containsExactly("[]->[0]", "[0]->[]");
  }

  @Test
  void align_should_leave_unrelated_documents_unmatched() {
    Synthetic syn = new Synthetic(16);
    List<Unit> units = new ArrayList<>();
    for (int k = 0; k < 20; k++) {
      units.add(syn.omission());
      units.add(syn.addition());
    }
    Docs docs = Synthetic.docs(units);

    Alignment alignment = align(docs);

    assertThat(alignment.matches()).isZero();
    assertThat(alignment.beads()).hasSize(40);
  }

  @Test
  void align_should_keep_its_contract_on_random_mixtures() {
    int[] expected = new int[2]; // 1:1 units, m:n units
    int[] found = new int[2];
    for (int trial = 0; trial < 200; trial++) {
      Synthetic syn = new Synthetic(1000 + trial);
      Random r = syn.random();
      int count = 1 + r.nextInt(40);
      // Near-identical repeated sentences, such as headings: "Example", "Example:".
      float[] heading = syn.topic();
      float[] headingTranslation = syn.paraphrase(heading);
      List<Unit> units = new ArrayList<>();
      for (int k = 0; k < count; k++) {
        int roll = r.nextInt(100);
        units.add(
            roll < 62
                ? syn.pair()
                : roll < 70
                    ? syn.pair(syn.perturb(heading, 0.05), syn.perturb(headingTranslation, 0.05))
                    : roll < 78
                        ? syn.omission()
                        : roll < 86
                            ? syn.addition()
                            : roll < 93
                                ? syn.merge(2 + r.nextInt(2))
                                : syn.split(2 + r.nextInt(2)));
      }
      List<Integer> order = new ArrayList<>(IntStream.range(0, count).boxed().toList());
      if (count > 6 && r.nextBoolean()) {
        int len = 1 + r.nextInt(3);
        int from = r.nextInt(count - len);
        List<Integer> block = new ArrayList<>(order.subList(from, from + len));
        order.removeAll(block);
        order.addAll(r.nextInt(order.size() + 1), block);
      }
      Docs docs = Synthetic.docs(units, order.stream().mapToInt(Integer::intValue).toArray());
      String seed = "trial " + trial + ", units " + units.stream().map(u -> u.label).toList();

      Alignment alignment;
      try {
        alignment = ALIGNER.align(docs.original, docs.translation, null, docs.joined(), false);
      } catch (RuntimeException e) {
        throw new AssertionError(seed, e);
      }

      try {
        AlignmentInvariants.check(
            alignment, docs.original.size(), docs.translation.size(), MAX_MERGE);
      } catch (AssertionError e) {
        throw new AssertionError(seed + ": " + e.getMessage(), e);
      }
      for (int p = 0; p < units.size(); p++) {
        Unit u = units.get(p);
        if (u.isMatch()) {
          boolean oneToOne = u.original.size() == 1 && u.translation.size() == 1;
          boolean hit =
              keys(alignment).contains(key(docs.unitOriginal.get(p), docs.unitTranslation.get(p)));
          expected[oneToOne ? 0 : 1]++;
          found[oneToOne ? 0 : 1] += hit ? 1 : 0;
        }
      }
    }
    // Merges next to omissions, three-way beads whose members barely relate to the other side,
    // moved m:n units and moved repeated headings are hard, but nearly every 1:1 unit and most m:n
    // units must be recovered.
    assertThat(expected[0]).isGreaterThan(2000);
    assertThat(expected[1]).isGreaterThan(400);
    assertThat((double) found[0] / expected[0]).isGreaterThan(0.99);
    assertThat((double) found[1] / expected[1]).isGreaterThan(0.85);
  }

  @Test
  void align_should_align_a_long_document() {
    Synthetic syn = new Synthetic(17);
    List<Unit> units = new ArrayList<>();
    Random r = syn.random();
    for (int k = 0; k < 3000; k++) {
      int roll = r.nextInt(200);
      units.add(
          roll == 0
              ? syn.omission()
              : roll == 1 ? syn.addition() : roll == 2 ? syn.merge(2) : syn.pair());
    }
    Docs docs = Synthetic.docs(units);
    assertThat(docs.original.size()).isGreaterThan(2900);
    assertThat(docs.translation.size()).isGreaterThan(2900);

    Alignment alignment = align(docs);

    // Order is checked by the invariants; an addition right after an omission may precede it.
    assertSameBeads(alignment, expectedWithOmissions(docs));
    assertThat(moved(alignment)).isEmpty();
  }

  @Test
  void options_defaults_should_be_consistent() {
    Aligner.Options o = Aligner.Options.defaults();

    assertThat(ALIGNER.options()).isEqualTo(o);
    assertThat(o.anchorThreshold()).isGreaterThan(o.matchThreshold());
    assertThat(o.moveThreshold()).isGreaterThanOrEqualTo(o.anchorThreshold());
    assertThat(o.maxMerge()).isEqualTo(3);
    assertThat(Arrays.asList(o.neighbours(), o.corridor())).allMatch(v -> v > 0);
  }
}
