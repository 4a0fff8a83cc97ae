package dev.drift.shift;

import static dev.drift.shift.Sides.pair;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DroppedClauseTest {
  private static final String ORIGINAL =
      "He went up to the top of Carmel, cast himself down upon the earth, put his face between his"
          + " knees, and prayed.";

  /** A finding that drops the original's words from "cast" to "knees", adding nothing. */
  private static Severity raised(List<AlignedPair> pairs) {
    List<Word> words = pairs.get(0).original().words();
    int from = 0;
    while (!words.get(from).text().equals("cast")) {
      from++;
    }
    int to = from;
    while (!words.get(to).text().equals("knees")) {
      to++;
    }
    Finding f = new Finding(from, to + 1, 0, 0);
    DroppedClause.raise(pairs, 0, f, WordNetLexicon.english());
    return f.floor;
  }

  @Test
  void a_clause_left_out_should_be_a_warning() {
    assertThat(raised(List.of(pair(ORIGINAL, "He went up to the top of Carmel and prayed."))))
        .isEqualTo(Severity.WARNING);
  }

  @Test
  void a_clause_said_elsewhere_in_as_many_words_should_stay_information() {
    String reworded =
        "Bowing low to the ground with the face set among the knees, he climbed to the summit of"
            + " Carmel and prayed.";
    assertThat(raised(List.of(pair(ORIGINAL, reworded)))).isEqualTo(Severity.INFO);
  }

  @Test
  void a_clause_that_crossed_into_the_next_sentence_should_stay_information() {
    List<AlignedPair> pairs =
        List.of(
            pair(ORIGINAL, "He went up to the top of Carmel."),
            pair(
                "And he said to his servant, Go up now.",
                "He cast himself down upon the earth and put his face between his knees, and he"
                    + " said to his servant: Go up now."));
    assertThat(raised(pairs)).isEqualTo(Severity.INFO);
  }

  @Test
  void fewer_content_words_than_a_clause_should_stay_information() {
    Finding f = new Finding(0, 3, 0, 0);
    DroppedClause.raise(
        List.of(pair("The old grey house stood there.", "It stood there.")),
        0,
        f,
        WordNetLexicon.english());
    assertThat(f.floor).isEqualTo(Severity.INFO);
  }
}
