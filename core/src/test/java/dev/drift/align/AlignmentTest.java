package dev.drift.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AlignmentTest {

  private static Bead match(int a, int b, double similarity) {
    return Bead.match(a, b, similarity);
  }

  private static Bead bead(int[] a, int[] b, double similarity) {
    return new Bead(a, b, similarity, false);
  }

  private static List<String> keys(Alignment alignment) {
    return alignment.beads().stream().map(Synthetic::key).toList();
  }

  private static List<String> moved(Alignment alignment) {
    return alignment.beads().stream().filter(Bead::moved).map(Synthetic::key).toList();
  }

  @Test
  void of_should_list_beads_in_the_original_order_whatever_order_they_come_in() {
    List<Bead> matches = new ArrayList<>(List.of(match(2, 2, 0.9), match(0, 0, 0.9)));
    matches.add(bead(new int[] {3, 4}, new int[] {3}, 0.8));
    matches.add(match(1, 1, 0.9));

    Alignment alignment = Alignment.of(5, 4, matches);

    assertThat(keys(alignment)).containsExactly("[0]->[0]", "[1]->[1]", "[2]->[2]", "[3, 4]->[3]");
    assertThat(alignment.matches()).isEqualTo(4);
    AlignmentInvariants.check(alignment, 5, 4, 3);
  }

  @Test
  void of_should_turn_unmatched_original_sentences_into_omissions_in_place() {
    Alignment alignment = Alignment.of(5, 3, List.of(match(1, 0, 0.9), match(3, 2, 0.9)));

    // Translation 1 is an addition, after the bead of translation 0.
    assertThat(keys(alignment))
        .containsExactly("[0]->[]", "[1]->[0]", "[]->[1]", "[2]->[]", "[3]->[2]", "[4]->[]");
  }

  @Test
  void of_should_place_each_addition_after_the_bead_of_the_translation_sentence_before_it() {
    // translation: 0 add, 1 -> orig 0, 2 add, 3 add, 4 -> orig 1, 5 add
    Alignment alignment = Alignment.of(3, 6, List.of(match(0, 1, 0.9), match(1, 4, 0.9)));

    assertThat(keys(alignment))
        .containsExactly(
            "[]->[0]", "[0]->[1]", "[]->[2]", "[]->[3]", "[1]->[4]", "[]->[5]", "[2]->[]");
    AlignmentInvariants.check(alignment, 3, 6, 3);
  }

  @Test
  void of_should_put_additions_before_a_following_omission() {
    // original: 0 -> 0, 1 omitted; translation: 0, then 1 added.
    Alignment alignment = Alignment.of(2, 2, List.of(match(0, 0, 0.9)));

    assertThat(keys(alignment)).containsExactly("[0]->[0]", "[]->[1]", "[1]->[]");
  }

  @Test
  void of_should_put_additions_after_a_moved_bead_that_holds_the_sentence_before_them() {
    // translation order: orig 1, orig 2, orig 3, orig 0 (moved to the end), then an addition.
    List<Bead> matches =
        List.of(match(0, 3, 0.9), match(1, 0, 0.9), match(2, 1, 0.9), match(3, 2, 0.9));

    Alignment alignment = Alignment.of(4, 5, matches);

    assertThat(keys(alignment))
        .containsExactly("[0]->[3]", "[]->[4]", "[1]->[0]", "[2]->[1]", "[3]->[2]");
    assertThat(moved(alignment)).containsExactly("[0]->[3]");
  }

  @Test
  void of_should_attach_an_addition_to_an_m_to_n_bead() {
    List<Bead> matches =
        List.of(bead(new int[] {0}, new int[] {0, 1}, 0.9), match(1, 3, 0.9), match(2, 4, 0.9));

    Alignment alignment = Alignment.of(3, 5, matches);

    assertThat(keys(alignment)).containsExactly("[0]->[0, 1]", "[]->[2]", "[1]->[3]", "[2]->[4]");
  }

  @Test
  void of_should_mark_the_lighter_side_of_a_crossing_as_moved() {
    // Three in order, one heavy crossing pair: the chain keeps the heavier set.
    List<Bead> matches =
        List.of(match(0, 0, 0.9), match(1, 2, 0.9), match(2, 3, 0.9), match(3, 1, 0.9));

    Alignment alignment = Alignment.of(4, 4, matches);

    assertThat(moved(alignment)).containsExactly("[3]->[1]");
    AlignmentInvariants.check(alignment, 4, 4, 3);
  }

  @Test
  void of_should_weigh_moves_by_size_and_similarity() {
    // [0]->[1] (one weak pair) crosses [1, 2]->[0] (a strong 2:1 bead): the weak one moved.
    List<Bead> matches =
        List.of(match(0, 1, 0.5), bead(new int[] {1, 2}, new int[] {0}, 0.9), match(3, 2, 0.9));

    Alignment alignment = Alignment.of(4, 3, matches);

    assertThat(moved(alignment)).containsExactly("[0]->[1]");
  }

  @Test
  void of_should_not_mark_monotone_matches_moved_even_with_gaps() {
    List<Bead> matches =
        List.of(
            match(0, 0, 0.9),
            match(2, 1, 0.2),
            bead(new int[] {3}, new int[] {3, 4}, 0.7),
            match(5, 6, -0.3));

    Alignment alignment = Alignment.of(6, 8, matches);

    assertThat(moved(alignment)).isEmpty();
    AlignmentInvariants.check(alignment, 6, 8, 3);
  }

  @Test
  void of_should_reset_a_moved_flag_the_caller_set_on_an_in_order_bead() {
    Alignment alignment =
        Alignment.of(1, 1, List.of(new Bead(new int[] {0}, new int[] {0}, 1, true)));

    assertThat(alignment.beads()).singleElement().extracting(Bead::moved).isEqualTo(false);
  }

  @Test
  void of_should_handle_empty_sides() {
    assertThat(Alignment.of(0, 0, List.of()).beads()).isEmpty();
    assertThat(keys(Alignment.of(2, 0, List.of()))).containsExactly("[0]->[]", "[1]->[]");
    assertThat(keys(Alignment.of(0, 2, List.of()))).containsExactly("[]->[0]", "[]->[1]");
    assertThat(Alignment.of(0, 2, List.of()).matches()).isZero();
  }

  @Test
  void of_should_return_an_immutable_list() {
    Alignment alignment = Alignment.of(1, 1, List.of(match(0, 0, 1)));

    assertThat(alignment.beads()).isUnmodifiable();
  }

  @Test
  void of_should_keep_its_contract_on_random_matchings() {
    for (int trial = 0; trial < 300; trial++) {
      Random r = new Random(trial);
      int n = r.nextInt(30);
      int m = r.nextInt(30);
      List<Integer> freeB = new ArrayList<>();
      for (int t = 0; t < m; t++) {
        freeB.add(t);
      }
      Collections.shuffle(freeB, r);
      List<Bead> matches = new ArrayList<>();
      for (int a = 0; a < n && !freeB.isEmpty(); a++) {
        if (r.nextInt(4) > 0) {
          matches.add(match(a, freeB.remove(freeB.size() - 1), r.nextDouble()));
        }
      }

      Alignment alignment = Alignment.of(n, m, matches);

      AlignmentInvariants.check(alignment, n, m, 3);
      assertThat(alignment.matches()).isEqualTo(matches.size());
    }
  }

  @Test
  void bead_kinds_should_follow_their_sides() {
    Bead match = match(0, 0, 0.9);
    Bead omission = Bead.omission(3);
    Bead addition = Bead.addition(4);

    assertThat(match.isMatch()).isTrue();
    assertThat(match.isOmission()).isFalse();
    assertThat(match.isAddition()).isFalse();
    assertThat(omission.isOmission()).isTrue();
    assertThat(omission.isMatch()).isFalse();
    assertThat(omission.original()).containsExactly(3);
    assertThat(omission.similarity()).isNaN();
    assertThat(addition.isAddition()).isTrue();
    assertThat(addition.isMatch()).isFalse();
    assertThat(addition.translation()).containsExactly(4);
    assertThat(addition.similarity()).isNaN();
  }
}
