package dev.drift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.load.DocumentLoader;
import dev.drift.load.InputFormat;
import dev.drift.report.DriftReport;
import dev.drift.report.Pair;
import dev.drift.report.PairKind;
import dev.drift.report.SentenceRef;
import dev.drift.report.Verdict;
import dev.drift.report.json.JsonRenderer;
import dev.drift.score.Thresholds;
import dev.drift.segment.Sentence;
import dev.drift.segment.SentenceSegmenter;
import dev.drift.shift.Severity;
import dev.drift.shift.Shift;
import dev.drift.shift.ShiftKind;
import dev.drift.shift.Wording;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** End to end on the seed pair with the real model. */
class DriftCheckerIT {
  static final Path ORIGINAL = Path.of("../examples/g20/original.txt");
  static final Path TRANSLATION = Path.of("../examples/g20/translation.txt");
  static final Path UNRELATED = Path.of("../eval/aesop/aesop-min8/Sheet8.complex.txt");

  static DriftChecker checker;
  static DriftReport seed;

  @BeforeAll
  static void run() {
    checker =
        DriftChecker.create(
            DriftOptions.builder().optCacheDirectory(Path.of("target", "drift-cache")).build());
    seed = checker.compare(ORIGINAL, TRANSLATION);
  }

  @AfterAll
  static void close() {
    checker.close();
  }

  private static Pair pairWithOriginal(DriftReport report, String fragment) {
    return report.pairs().stream()
        .filter(p -> p.original().stream().anyMatch(s -> s.text().contains(fragment)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no pair holds original text: " + fragment));
  }

  private static Pair pairWithTranslation(DriftReport report, String fragment) {
    return report.pairs().stream()
        .filter(p -> p.translation().stream().anyMatch(s -> s.text().contains(fragment)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no pair holds translation text: " + fragment));
  }

  @Test
  void compare_should_match_the_obscene_quote_with_the_lewd_quote() {
    Pair pair = pairWithOriginal(seed, "obscene behavior of some Western delegations");
    assertThat(pair.kind()).isEqualTo(PairKind.MATCH);
    assertThat(pair.translation()).anyMatch(s -> s.text().contains("lewd behavior"));
  }

  @Test
  void compare_should_report_beijing_sentence_as_omission() {
    Pair pair = pairWithOriginal(seed, "Beijing has reacted furiously");
    assertThat(pair.kind()).isEqualTo(PairKind.OMISSION);
    assertThat(pair.translation()).isEmpty();
    assertThat(pair.similarity()).isNull();
    assertThat(pair.drift()).isEqualTo(1.0);
  }

  @Test
  void compare_should_report_harsh_v_pant_sentence_as_addition() {
    Pair pair = pairWithTranslation(seed, "Harsh V. Pant");
    assertThat(pair.kind()).isEqualTo(PairKind.ADDITION);
    assertThat(pair.original()).isEmpty();
  }

  @Test
  void compare_should_match_reordered_content() {
    Pair pair = pairWithOriginal(seed, "Russia and Western countries have traded accusations");
    assertThat(pair.kind()).isEqualTo(PairKind.MATCH);
    assertThat(pair.translation())
        .anyMatch(s -> s.text().contains("Western countries and Russia blame each other"));
  }

  @Test
  void every_sentence_appears_in_exactly_one_pair_with_its_raw_text() throws Exception {
    assertCovers(seed.pairs(), ORIGINAL, true, seed.original().sentences());
    assertCovers(seed.pairs(), TRANSLATION, false, seed.translation().sentences());
  }

  private static void assertCovers(List<Pair> pairs, Path file, boolean original, int count)
      throws Exception {
    String raw = Files.readString(file);
    List<Sentence> expected =
        SentenceSegmenter.create("en").segment(DocumentLoader.load(file, null)).sentences();
    Set<Integer> starts = new HashSet<>();
    int seen = 0;
    for (Pair p : pairs) {
      for (SentenceRef s : original ? p.original() : p.translation()) {
        assertThat(raw.substring(s.start(), s.end())).isEqualTo(s.text());
        assertThat(starts.add(s.start())).as("sentence at %d listed twice", s.start()).isTrue();
        seen++;
      }
    }
    assertThat(seen).isEqualTo(count).isEqualTo(expected.size());
    assertThat(starts)
        .containsExactlyInAnyOrderElementsOf(expected.stream().map(Sentence::start).toList());
  }

  @Test
  void pairs_follow_the_original_order_with_additions_after_their_predecessor() {
    int lastOriginal = -1;
    int lastTranslationSeen = -1;
    for (Pair p : seed.pairs()) {
      if (!p.original().isEmpty()) {
        assertThat(p.original().get(0).start()).isGreaterThan(lastOriginal);
        lastOriginal = p.original().get(0).start();
      } else {
        // An addition comes after the pair holding the translation sentence just before it.
        int start = p.translation().get(0).start();
        List<Integer> before = new ArrayList<>();
        for (Pair q : seed.pairs()) {
          if (q == p) {
            break;
          }
          q.translation().forEach(s -> before.add(s.start()));
        }
        int preceding =
            seed.pairs().stream()
                .filter(q -> !q.original().isEmpty())
                .flatMap(q -> q.translation().stream())
                .mapToInt(SentenceRef::start)
                .filter(x -> x < start)
                .max()
                .orElse(-1);
        if (preceding >= 0) {
          assertThat(before).contains(preceding);
        }
        lastTranslationSeen = Math.max(lastTranslationSeen, start);
      }
    }
    assertThat(lastTranslationSeen).isPositive();
  }

  @Test
  void seed_pair_drifts_over_the_default_threshold_and_fails() {
    assertThat(seed.drift()).isBetween(0.3, 0.9);
    assertThat(seed.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(seed.reasons()).anyMatch(r -> r.contains("maxDrift"));
    assertThat(seed.original().format()).isEqualTo("markdown");
    assertThat(seed.translation().format()).isEqualTo("text");
    assertThat(seed.model().name()).isEqualTo("all-MiniLM-L6-v2");
  }

  @Test
  void comparing_a_document_with_itself_gives_zero_drift_and_one_to_one_pairs() {
    DriftReport self = checker.compare(ORIGINAL, ORIGINAL);
    assertThat(self.drift()).isEqualTo(0.0);
    assertThat(self.verdict()).isEqualTo(Verdict.PASS);
    assertThat(self.pairs())
        .allSatisfy(
            p -> {
              assertThat(p.kind()).isEqualTo(PairKind.MATCH);
              assertThat(p.original()).hasSize(1);
              assertThat(p.translation()).hasSize(1);
              assertThat(p.original().get(0).start()).isEqualTo(p.translation().get(0).start());
              assertThat(p.moved()).isFalse();
            });
  }

  @Test
  void unrelated_document_drifts_far_above_the_default_threshold() {
    DriftReport report = checker.compare(ORIGINAL, UNRELATED);
    assertThat(report.drift()).isGreaterThan(0.9);
    assertThat(report.drift()).isGreaterThan(Thresholds.DEFAULT_MAX_DRIFT);
    assertThat(report.verdict()).isEqualTo(Verdict.FAIL);
  }

  private static List<Shift> shifts(DriftReport report) {
    return report.pairs().stream().flatMap(p -> p.shifts().stream()).toList();
  }

  /** Shifts with a span on both sides: substitutions. */
  private static List<Shift> substitutions(DriftReport report) {
    return shifts(report).stream()
        .filter(s -> s.original() != null && s.translation() != null)
        .toList();
  }

  @Test
  void compare_should_mark_quote_shift_obscene_to_lewd() {
    assertThat(substitutions(seed))
        .anySatisfy(
            s -> {
              assertThat(s.original().text()).isEqualTo("obscene");
              assertThat(s.translation().text()).isEqualTo("lewd");
              assertThat(s.kinds()).contains(ShiftKind.QUOTE, ShiftKind.SUBSTITUTION);
              assertThat(s.severity()).isEqualTo(Severity.ERROR);
              assertThat(s.message()).isEqualTo("quoted wording changed: obscene → lewd");
            });
  }

  @Test
  void compare_should_mark_tass_to_cass_as_entity_error() {
    assertThat(substitutions(seed))
        .anySatisfy(
            s -> {
              assertThat(s.original().text()).isEqualTo("TASS");
              assertThat(s.translation().text()).isEqualTo("CASS");
              assertThat(s.kinds()).contains(ShiftKind.ENTITY);
              assertThat(s.severity()).isEqualTo(Severity.ERROR);
            });
  }

  @Test
  void shift_spans_are_raw_substrings_of_their_files() throws Exception {
    String original = Files.readString(ORIGINAL);
    String translation = Files.readString(TRANSLATION);
    for (Shift s : shifts(seed)) {
      if (s.original() != null) {
        assertThat(original.substring(s.original().start(), s.original().end()))
            .isEqualTo(s.original().text());
      }
      if (s.translation() != null) {
        assertThat(translation.substring(s.translation().start(), s.translation().end()))
            .isEqualTo(s.translation().text());
      }
    }
  }

  private static DriftReport compareTexts(String original, String translation) {
    return checker.compare(
        DocumentLoader.parse("original.txt", original, InputFormat.TEXT),
        DocumentLoader.parse("translation.txt", translation, InputFormat.TEXT));
  }

  @Test
  void transliteration_variants_are_not_errors() {
    DriftReport r =
        compareTexts(
            "Russian Foreign Minister Sergey Lavrov met Antony Blinken in New Delhi.",
            "Russian Foreign Minister Sergei Lavrov met Antony Blinken in New Delhi.");
    assertThat(shifts(r))
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.severity()).isEqualTo(Severity.INFO));
    assertThat(r.verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void a_changed_number_drifts_more_than_two_harmless_paraphrases() {
    String original =
        "The Group of Twenty comprises the world's 19 largest economies and the European Union."
            + " Since the invasion, China has framed itself as a neutral party, while retaining"
            + " close ties with Russia. The differences frustrated India, which said it wanted to"
            + " focus on poverty.";
    DriftReport paraphrased =
        compareTexts(
            original,
            original.replace("retaining", "maintaining").replace("frustrated", "annoyed"));
    DriftReport number = compareTexts(original, original.replace("19 largest", "20 largest"));
    assertThat(number.drift()).isGreaterThan(paraphrased.drift());
    assertThat(number.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(shifts(number))
        .anySatisfy(
            s -> {
              assertThat(s.kinds()).contains(ShiftKind.NUMBER);
              assertThat(s.message()).isEqualTo("number changed: 19 → 20");
            });
    assertThat(paraphrased.verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void impact_ranks_a_paraphrase_below_changes_of_meaning() {
    DriftReport r =
        compareTexts(
            "China has framed itself as a neutral party, while retaining close ties with Russia."
                + "\n\nThe obscene behavior of some Western delegations turned the agenda into a"
                + " farce.\n\nIndia wanted to focus on alleviating poverty and climate finance.",
            "China has framed itself as a neutral party, while maintaining close ties with Russia."
                + "\n\nThe lewd behavior of some Western delegations turned the agenda into a"
                + " farce.\n\nIndia wanted to focus on alleviating poverty and global warming.");
    Shift retaining = substitution(r, "retaining");
    Shift obscene = substitution(r, "obscene");
    Shift climate = substitution(r, "climate finance");

    assertThat(retaining.severity()).isEqualTo(Severity.INFO);
    assertThat(retaining.score()).isLessThan(0.45);
    assertThat(obscene.score()).isGreaterThan(retaining.score() + 0.15);
    assertThat(climate.score()).isGreaterThan(retaining.score() + 0.15);
    assertThat(climate.severity()).isGreaterThanOrEqualTo(Severity.WARNING);
  }

  @Test
  void a_phrase_changed_as_a_whole_is_one_shift() {
    DriftReport r =
        compareTexts(
            "China has framed itself as a neutral party.\n\nIndia wanted to focus on alleviating"
                + " poverty and climate finance.",
            "China has framed itself as a neutral party.\n\nIndia wanted to focus on poverty"
                + " reduction and global warming.");
    Shift climate = substitution(r, "climate finance");

    assertThat(climate.translation().text()).isEqualTo("global warming");
    assertThat(climate.severity()).isGreaterThanOrEqualTo(Severity.WARNING);
    assertThat(shifts(r))
        .extracting(s -> s.original() == null ? "" : s.original().text())
        .doesNotContain("finance", "climate");
  }

  @Test
  void an_independent_translation_is_graded_as_worded_freely() {
    String kjv =
        "And it came to pass after these things, that God did tempt Abraham, and said unto him,"
            + " Abraham: and he said, Behold, here I am.\n\nAnd Abraham rose up early in the"
            + " morning, and saddled his ass, and took two of his young men with him.\n\nThen on"
            + " the third day Abraham lifted up his eyes, and saw the place afar off.\n\nAnd"
            + " Abraham took the wood of the burnt offering, and laid it upon Isaac his son.\n\n"
            + "And Isaac spake unto Abraham his father, and said, My father.";
    String web =
        "After these things, God tested Abraham, and said to him, Abraham! He said, Here I"
            + " am.\n\nAbraham rose early in the morning, and saddled his donkey, and took three"
            + " of his young men with him.\n\nOn the third day Abraham lifted up his eyes, and saw"
            + " the place far off.\n\nAbraham took the wood of the burnt offering and laid it on"
            + " Isaac his son.\n\nIsaac spoke to Abraham his father, and said, My father?";
    DriftReport free = compareTexts(kjv, web);

    assertThat(free.translation().wording()).isEqualTo("free");
    assertThat(shifts(free))
        .filteredOn(s -> s.severity() != Severity.INFO)
        .extracting(Shift::message)
        .containsExactly("number changed: two → three");

    try (DriftChecker literal =
        DriftChecker.create(
            DriftOptions.builder()
                .optCacheDirectory(Path.of("target", "drift-cache"))
                .optWording(Wording.LITERAL)
                .build())) {
      DriftReport r =
          literal.compare(
              DocumentLoader.parse("original.txt", kjv, InputFormat.TEXT),
              DocumentLoader.parse("translation.txt", web, InputFormat.TEXT));
      assertThat(r.translation().wording()).isNull();
      assertThat(shifts(r).stream().filter(s -> s.severity() != Severity.INFO).count())
          .isGreaterThan(1);
    }
  }

  private static Shift substitution(DriftReport r, String original) {
    return substitutions(r).stream()
        .filter(s -> s.original().text().equals(original))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no shift of '" + original + "' in " + shifts(r)));
  }

  @Test
  void same_date_written_differently_is_not_a_number_shift() {
    DriftReport r =
        compareTexts(
            "The meeting in New Delhi ended on March 02, 2023, without a joint statement.",
            "The meeting in New Delhi ended on 02/03/2023, without a joint statement.");
    assertThat(shifts(r)).noneMatch(s -> s.kinds().contains(ShiftKind.NUMBER));
    assertThat(r.verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void json_report_reads_back_equal() throws Exception {
    String json = JsonRenderer.create().toJson(seed);
    assertThat(json).startsWith("{\n  \"schema\" : \"drift-report/1\"");
    assertThat(JsonRenderer.read(new StringReader(json))).isEqualTo(seed);
  }
}
