package dev.drift.shift;

import static dev.drift.shift.Sides.pair;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shift marking in a document worded freely ({@link Wording#FREE}): evidence, not paraphrase. */
class FreeWordingTest {
  private final TrigramEmbedder embedder = new TrigramEmbedder();

  private List<List<Shift>> find(Wording wording, List<AlignedPair> pairs) {
    return ShiftFinder.create(ShiftOptions.defaults().withWording(wording), embedder).find(pairs);
  }

  private static List<String> flagged(List<Shift> shifts) {
    List<String> out = new ArrayList<>();
    for (Shift s : shifts) {
      if (s.severity() != Severity.INFO) {
        out.add(s.severity().id() + " " + s.message());
      }
    }
    return out;
  }

  @Test
  void free_wording_should_show_paraphrase_as_information_and_keep_the_evidence() {
    List<AlignedPair> pairs =
        List.of(
            pair("The meeting drew to a close at noon.", "The meeting came to an end at noon."),
            pair("They bought a hut.", "They bought a carpet."),
            pair("The G20 has 19 member countries.", "The G20 has 20 member countries."),
            pair("He did not attend the meeting.", "He attended the meeting."),
            pair("He spoke to the crowd.", "She spoke to the crowd."),
            pair("He spoke to the crowd.", "You spoke to the crowd."));

    List<List<Shift>> free = find(Wording.FREE, pairs);
    assertThat(flagged(free.get(0))).isEmpty();
    assertThat(flagged(free.get(1))).isEmpty(); // hut → carpet: paraphrase's business here
    assertThat(flagged(free.get(2))).containsExactly("error number changed: 19 → 20");
    assertThat(flagged(free.get(3))).containsExactly("error negation removed: not");
    assertThat(flagged(free.get(4))).containsExactly("error pronoun changed: He → She");
    assertThat(flagged(free.get(5))).isEmpty(); // who is spoken to, as the sentence needs

    List<List<Shift>> literal = find(Wording.LITERAL, pairs);
    assertThat(flagged(literal.get(1))).containsExactly("error hut → carpet");
    assertThat(flagged(literal.get(5))).containsExactly("error pronoun changed: He → You");
  }

  @Test
  void free_wording_should_warn_of_a_clause_dropped_but_not_of_words_said_another_way() {
    List<AlignedPair> pairs =
        List.of(
            pair(
                "If I take the wings of the morning, and dwell in the uttermost parts of the sea;"
                    + " Even there shall thy hand lead me.",
                "Even there your hand will lead me."),
            pair(
                "If I take the wings of the dawn and settle in the uttermost parts of the sea,"
                    + " even there your hand will lead me.",
                "If I rise on the wings of the morning and dwell at the far end of the sea, even"
                    + " there your hand will lead me."),
            pair(
                "Thy hand shall lead me, and thy right hand shall hold me.",
                "Your hand leads me."));

    List<List<Shift>> free = find(Wording.FREE, pairs);
    assertThat(flagged(free.get(0)))
        .singleElement()
        .satisfies(m -> assertThat(m).startsWith("warning dropped: take the wings of the morning"));
    assertThat(flagged(free.get(1))).isEmpty();
    assertThat(flagged(free.get(2))).as("a shorter clause is left to paraphrase").isEmpty();
  }

  @Test
  void archaic_pronouns_and_auxiliaries_should_not_count_as_a_dropped_clause() {
    // thou, art, mightest: of the six words a clause needs only "come" and "down" carry content
    // (the conditions of the rule itself are DroppedClauseTest's)
    List<AlignedPair> pairs =
        List.of(
            pair(
                "I know thy pride, and the naughtiness of thine heart; for thou art come down that"
                    + " thou mightest see the battle.",
                "I know your arrogance and the malice of your heart, that to see the battle you"
                    + " have descended here."),
            pair("And David said, What have I now done?", "And David said: What have I done now?"),
            pair("Is there not a cause?", "Is there not a reason?"),
            pair("And he turned from him toward another.", "And he turned away from him."));
    assertThat(flagged(find(Wording.FREE, pairs).get(0))).isEmpty();
  }

  @Test
  void through_a_translator_a_question_asked_another_way_should_be_information() {
    List<AlignedPair> pairs =
        List.of(
            Sides.rendered(
                "And he ran unto Eli, and said, Here am I; for thou calledst me.",
                "Y corriendo luego á Eli, dijo: Heme aquí; ¿para qué me llamaste?",
                "And running then to Eli, said: Here I am; for what did you call me?",
                java.util.Map.of("Eli", "Eli")),
            Sides.rendered(
                "And the LORD called Samuel the third time.",
                "Jehová pues llamó la cuarta vez á Samuel.",
                "Jehovah then called the fourth time to Samuel.",
                java.util.Map.of("Jehová", "Jehovah", "Samuel", "Samuel")));

    List<List<Shift>> found = find(Wording.AUTO, pairs);
    assertThat(flagged(found.get(0))).isEmpty();
    assertThat(flagged(found.get(1))).contains("error number changed: third → cuarta");
  }

  @Test
  void free_wording_should_raise_a_quote_only_where_both_sides_quote() {
    List<AlignedPair> pairs =
        List.of(
            pair(
                "He said the behaviour was \u201cobscene\u201d today.",
                "He said the behaviour was \u201clewd\u201d today."),
            pair("He said the behaviour was obscene today.", "He said: \u201cIt is lewd.\u201d"));

    List<List<Shift>> free = find(Wording.FREE, pairs);
    assertThat(flagged(free.get(0)))
        .containsExactly("error quoted wording changed: obscene → lewd");
    assertThat(flagged(free.get(1))).isEmpty();
  }

  @Test
  void free_wording_should_learn_names_spelled_apart_but_not_a_name_changed() {
    List<AlignedPair> pairs =
        List.of(
            pair("And the LORD spake unto Moses.", "Then Yahweh spoke to Moses."),
            pair("For the LORD is my shepherd.", "For Yahweh is my shepherd."),
            pair("Then the LORD answered Job.", "Then Yahweh answered Job."),
            pair(
                "According to the agency TASS, he left.", "According to the agency CASS, he left."),
            pair("The agency TASS reported it.", "The agency CASS reported it."));

    List<List<Shift>> free = find(Wording.FREE, pairs);
    assertThat(flagged(free.get(0))).isEmpty();
    assertThat(flagged(free.get(1))).isEmpty();
    assertThat(flagged(free.get(2))).isEmpty();
    assertThat(flagged(free.get(3))).containsExactly("error entity changed: TASS → CASS");
    assertThat(flagged(free.get(4))).containsExactly("error entity changed: TASS → CASS");
  }

  @Test
  void auto_wording_should_follow_the_document() {
    List<AlignedPair> copied = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      copied.add(
          pair("The sky was clear on day " + k + ".", "The sky was clear on day " + k + "."));
    }
    copied.add(pair("They bought a hut.", "They bought a carpet."));
    assertThat(flagged(find(Wording.AUTO, copied).get(4))).containsExactly("error hut → carpet");
  }
}
