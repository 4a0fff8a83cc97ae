package dev.drift.shift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.align.Bead;
import dev.drift.load.DocumentLoader;
import dev.drift.segment.SegmentedDocument;
import dev.drift.segment.Sentence;
import dev.drift.segment.SentenceSegmenter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Negations and numbers that cross a sentence boundary: two texts that divide their sentences
 * differently, with the shifts the detectors give each pair as it stands.
 */
class NeighbourSentencesTest {
  private static final String ORIGINAL =
      "Hear my words, for these men are not drunk. This is what the prophet said.\n";
  private static final String TRANSLATION =
      "Oíd mis palabras. Porque éstos no están borrachos, esto es lo que dijo el profeta.\n";

  private static SegmentedDocument segment(String language, String text) {
    return SentenceSegmenter.create(language)
        .segment(DocumentLoader.parse("doc-" + language, text, null));
  }

  private static Bead match(int a, int b) {
    return new Bead(new int[] {a}, new int[] {b}, 0.8, false);
  }

  private static Shift error(String message, TextSpan original, TextSpan translation) {
    return new Shift(
        List.of(ShiftKind.SUBSTITUTION), Severity.ERROR, 0.9, message, original, translation);
  }

  /** The span of a word in a document. */
  private static TextSpan span(SegmentedDocument doc, String word) {
    String text = doc.source().text();
    int at = text.indexOf(word);
    return new TextSpan(at, at + word.length(), word);
  }

  private static Shift sentence(SegmentedDocument doc, int i, boolean omitted) {
    Sentence s = doc.sentence(i);
    return new Shift(
        List.of(omitted ? ShiftKind.OMISSION : ShiftKind.ADDITION),
        Severity.ERROR,
        1.0,
        omitted ? "sentence dropped in the translation" : "sentence added in the translation",
        omitted ? new TextSpan(s.start(), s.end(), s.text()) : null,
        omitted ? null : new TextSpan(s.start(), s.end(), s.text()));
  }

  @Test
  void a_negation_in_the_next_sentence_of_the_translation_should_be_information_on_both_pairs() {
    SegmentedDocument a = segment("en", ORIGINAL);
    SegmentedDocument b = segment("es", TRANSLATION);
    assertThat(a.size()).isEqualTo(2);
    assertThat(b.size()).isEqualTo(2);
    List<List<Shift>> shifts =
        List.of(
            List.of(error("negation removed: not", span(a, "not"), null)),
            List.of(error("negation added: no", null, span(b, "no"))));
    List<List<Shift>> out =
        NeighbourSentences.review(List.of(match(0, 0), match(1, 1)), a, b, shifts);
    assertThat(out.get(0).get(0).severity()).isEqualTo(Severity.INFO);
    assertThat(out.get(0).get(0).message())
        .startsWith("negation removed: not")
        .contains("moved across a sentence boundary");
    assertThat(out.get(1).get(0).severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void negations_in_pairs_that_do_not_adjoin_or_go_the_same_way_should_stay_errors() {
    SegmentedDocument a = segment("en", ORIGINAL + "Nobody came. They stayed home.\n");
    SegmentedDocument b = segment("es", TRANSLATION + "Nadie vino. Se quedaron en casa.\n");
    // the first and the last pair: a pair between them
    List<Bead> beads = List.of(match(0, 0), match(1, 1), match(2, 2), match(3, 3));
    List<List<Shift>> shifts =
        List.of(
            List.of(error("negation removed: not", span(a, "not"), null)),
            List.of(),
            List.of(),
            List.of(error("negation added: no", null, span(b, "no"))));
    List<List<Shift>> out = NeighbourSentences.review(beads, a, b, shifts);
    assertThat(out.get(0).get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(out.get(3).get(0).severity()).isEqualTo(Severity.ERROR);
    // next to each other, but both removed: nothing makes up for either
    List<List<Shift>> same =
        List.of(
            List.of(error("negation removed: not", span(a, "not"), null)),
            List.of(error("negation removed: Nobody", span(a, "Nobody"), null)));
    List<List<Shift>> out2 =
        NeighbourSentences.review(List.of(match(0, 0), match(1, 1)), a, b, same);
    assertThat(out2.get(0).get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(out2.get(1).get(0).severity()).isEqualTo(Severity.ERROR);
  }

  @ParameterizedTest
  @CsvSource({"tres, INFO", "cuatro, ERROR"})
  void a_number_the_added_sentence_next_to_the_pair_holds_should_be_information_and_no_other(
      String held, Severity severity) {
    SegmentedDocument a = segment("en", "The city had twelve gates, on the east three gates.\n");
    SegmentedDocument b =
        segment("es", "La ciudad tenía doce puertas. Al oriente " + held + " puertas.\n");
    List<Bead> beads = List.of(match(0, 0), new Bead(new int[0], new int[] {1}, Double.NaN, false));
    List<List<Shift>> shifts =
        List.of(
            List.of(error("number dropped: three", span(a, "three"), null)),
            List.of(sentence(b, 1, false)));
    List<List<Shift>> out = NeighbourSentences.review(beads, a, b, shifts);
    assertThat(out.get(0).get(0).severity()).isEqualTo(severity);
    assertThat(out.get(1).get(0).severity()).isEqualTo(Severity.ERROR); // still reported added
  }

  @Test
  void a_number_dropped_and_the_same_added_next_door_should_cancel() {
    SegmentedDocument a = segment("en", "They waited, and it was the third hour. Then he spoke.\n");
    SegmentedDocument b = segment("es", "Esperó. A la hora tercera, entonces él habló.\n");
    List<List<Shift>> shifts =
        List.of(
            List.of(error("number dropped: third", span(a, "third"), null)),
            List.of(error("number added: tercera", null, span(b, "tercera"))));
    List<List<Shift>> out =
        NeighbourSentences.review(List.of(match(0, 0), match(1, 1)), a, b, shifts);
    assertThat(out.get(0).get(0).severity()).isEqualTo(Severity.INFO);
    assertThat(out.get(1).get(0).severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void two_edits_away_from_the_boundary_should_stay_errors() {
    // two real edits in neighbouring sentences, each inside its sentence, not at the boundary
    SegmentedDocument a =
        segment(
            "en",
            "He pressed him to come, for he would find his quarters there far more comfortable."
                + " But the other refused, saying that he could not bring himself to move away.\n");
    SegmentedDocument b =
        segment(
            "en",
            "He pressed him to come, for he would not find his quarters there far more comfortable."
                + " But the other refused, saying that he could bring himself to move away.\n");
    List<List<Shift>> shifts =
        List.of(
            List.of(error("negation added: not", null, span(b, "not"))),
            List.of(error("negation removed: not", new TextSpan(127, 130, "not"), null)));
    assertThat(a.source().text().substring(127, 130)).isEqualTo("not");
    List<List<Shift>> out =
        NeighbourSentences.review(List.of(match(0, 0), match(1, 1)), a, b, shifts);
    assertThat(out.get(0).get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(out.get(1).get(0).severity()).isEqualTo(Severity.ERROR);
  }
}
