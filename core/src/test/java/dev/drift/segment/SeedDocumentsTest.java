package dev.drift.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.load.DocumentLoader;
import dev.drift.load.InputFormat;
import dev.drift.load.ProseInvariants;
import dev.drift.load.SourceDocument;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The segmenter on the project's seed documents, a news story and its translation. */
class SeedDocumentsTest {
  private static final Path SEED = Path.of("..", "examples", "g20");

  private static SourceDocument original;
  private static SourceDocument translation;
  private static List<Sentence> originalSentences;
  private static List<Sentence> translationSentences;

  @BeforeAll
  static void load() {
    SentenceSegmenter en = SentenceSegmenter.create("en");
    original = DocumentLoader.load(SEED.resolve("original.txt"), null);
    translation = DocumentLoader.load(SEED.resolve("translation.txt"), null);
    originalSentences = en.segment(original).sentences();
    translationSentences = en.segment(translation).sentences();
  }

  private static Sentence startingWith(List<Sentence> sentences, String prefix) {
    // Matches on content, which has no markup, so "**Olivier" is found as "Olivier".
    List<Sentence> matches =
        sentences.stream().filter(s -> s.content().startsWith(prefix)).toList();
    assertThat(matches).as("sentences starting with [%s]", prefix).hasSize(1);
    return matches.get(0);
  }

  @Test
  void formats_are_detected() {
    assertThat(original.format()).isEqualTo(InputFormat.MARKDOWN);
    assertThat(translation.format()).isEqualTo(InputFormat.TEXT);
  }

  @Test
  void every_sentence_is_its_raw_substring_with_correct_positions() {
    ProseInvariants.assertBlocks(original);
    ProseInvariants.assertBlocks(translation);
    SentenceInvariants.assertSentences(original, originalSentences);
    SentenceInvariants.assertSentences(translation, translationSentences);
    assertThat(originalSentences).hasSize(34);
    assertThat(translationSentences).hasSize(26);
  }

  @Test
  void us_secretary_sentence_is_whole() {
    Sentence s = startingWith(originalSentences, "U.S. Secretary of State Antony Blinken");
    assertThat(s.text())
        .isEqualTo(
            "U.S. Secretary of State Antony Blinken and Russian Foreign Minister Sergei Lavrov"
                + " spoke briefly at the meeting of the world's top diplomats in New Delhi, which"
                + " failed to reach a joint final declaration after objections from Moscow and"
                + " Beijing.");
    assertThat(s.line()).isEqualTo(15);
    assertThat(s.column()).isEqualTo(1);
  }

  @Test
  void us_official_in_mid_sentence_does_not_split() {
    Sentence s = startingWith(originalSentences, "Blinken reaffirmed");
    assertThat(s.content()).endsWith("a U.S. official said on condition of anonymity.");
  }

  @Test
  void mm_blinken_and_lavrov_sentences_are_whole() {
    Sentence first = startingWith(translationSentences, "MM. Blinken and Lavrov spoke briefly");
    assertThat(first.text())
        .isEqualTo(
            "MM. Blinken and Lavrov spoke briefly at a meeting of G20 foreign ministers, which"
                + " ended Thursday without a joint statement due to differences over the war in"
                + " Ukraine.");
    Sentence second = startingWith(translationSentences, "MM. Blinken and Lavrov “didn’t");
    assertThat(second.content()).endsWith("the international relations expert told AFP.");
  }

  @Test
  void harsh_v_pant_sentence_is_whole() {
    Sentence s = startingWith(translationSentences, "For Harsh V. Pant");
    assertThat(s.text())
        .isEqualTo(
            "For Harsh V. Pant, professor at King’s College London, this meeting will not"
                + " “fundamentally change the dynamics on the ground” in Ukraine.");
  }

  @Test
  void jaishankar_sentence_is_whole() {
    Sentence s = startingWith(originalSentences, "\"On the issue, which very frankly");
    assertThat(s.content())
        .endsWith("Indian Foreign Minister S. Jaishankar told reporters as the meeting concluded.");
    assertThat(s.text()).isEqualTo(s.content());
  }

  @Test
  void mr_and_ms_do_not_split_translation_sentences() {
    assertThat(startingWith(translationSentences, "Mr. Lavrov “spoke to him").content())
        .endsWith("second session of the G20”.");
    assertThat(startingWith(translationSentences, "“No interview or real meeting").content())
        .endsWith("assured Ms. Zakharova to the Russian public news agency RIA Novosti.");
  }

  @Test
  void headlines_are_their_own_sentences() {
    Sentence headline = startingWith(originalSentences, "No joint statement");
    assertThat(headline.text()).isEqualTo("No joint statement");
    assertThat(headline.line()).isEqualTo(27);
    Sentence next = originalSentences.get(headline.index() + 1);
    assertThat(next.content()).startsWith("Thursday's G20 meeting drew to a close");
    assertThat(next.block()).isEqualTo(headline.block() + 1);

    assertThat(startingWith(originalSentences, "'There were divergences'").text())
        .isEqualTo("'There were divergences'");
    assertThat(originalSentences.get(0).text())
        .isEqualTo("Blinken Meets Lavrov at G20 Riven by Ukraine Divisions");
    assertThat(originalSentences.get(0).line()).isEqualTo(3);
  }

  @Test
  void byline_content_has_no_link_target() {
    Sentence s = startingWith(originalSentences, "By Shaun Tandon");
    assertThat(s.content()).isEqualTo("By Shaun Tandon and Manon Billing for AFP");
    // The raw text keeps the markup that opens and closes around the sentence.
    assertThat(s.text()).isEqualTo("By [Shaun Tandon and Manon Billing for AFP](#)");
    assertThat(original.blocks().get(s.block()).verbatim())
        .singleElement()
        .satisfies(v -> assertThat(v.text()).isEqualTo("#"));
  }

  @Test
  void photo_credit_text_keeps_its_strong_markers_but_content_drops_them() {
    Sentence s = startingWith(originalSentences, "Olivier Douliery");
    assertThat(s.text()).isEqualTo("**Olivier Douliery / Pool Photo via AP / TASS**");
    assertThat(s.content()).isEqualTo("Olivier Douliery / Pool Photo via AP / TASS");
    Sentence caption = originalSentences.get(s.index() - 1);
    assertThat(caption.content()).endsWith("New Delhi Thursday, March 2, 2023.");
    assertThat(caption.block()).isEqualTo(s.block());
  }

  @Test
  void original_url_label_is_a_sentence_but_the_autolink_is_not() {
    Sentence label = startingWith(originalSentences, "Original url:");
    assertThat(label.text()).isEqualTo("Original url:");
    assertThat(originalSentences.get(originalSentences.size() - 1)).isEqualTo(label);
    assertThat(originalSentences)
        .noneSatisfy(s -> assertThat(s.text()).contains("themoscowtimes"))
        .noneSatisfy(s -> assertThat(s.content()).contains("http"));
  }

  @Test
  void translation_dateline_with_no_break_spaces_is_one_collapsed_sentence() {
    Sentence last = translationSentences.get(translationSentences.size() - 1);
    assertThat(last.content()).isEqualTo("02/03/2023 17:36:07 – New Delhi (AFP) – © 2023 AFP");
    assertThat(last.text()).startsWith("02/03/2023").endsWith("© 2023\u00a0AFP");
  }
}
