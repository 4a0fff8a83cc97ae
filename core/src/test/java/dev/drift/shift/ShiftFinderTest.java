package dev.drift.shift;

import static dev.drift.shift.Sides.pair;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.drift.load.Verbatim;
import dev.drift.segment.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShiftFinderTest {
  private final TrigramEmbedder embedder = new TrigramEmbedder();

  private List<Shift> find(ShiftOptions options, AlignedPair pair) {
    List<List<Shift>> found = ShiftFinder.create(options, embedder).find(List.of(pair));
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private List<Shift> find(AlignedPair pair) {
    return find(ShiftOptions.defaults(), pair);
  }

  @Test
  void finder_should_grade_wording_changes_by_the_options() {
    // "hut" and "carpet" share no trigram and no WordNet relation: the score is 1.
    AlignedPair pair = pair("They bought a hut.", "They bought a carpet.");

    Shift byDefault = find(pair).get(0);
    assertThat(byDefault.score()).isEqualTo(1.0);
    assertThat(byDefault.kinds()).containsExactly(ShiftKind.SUBSTITUTION);
    assertThat(byDefault.message()).isEqualTo("hut → carpet");
    assertThat(byDefault.severity()).isEqualTo(Severity.ERROR);
    assertThat(find(ShiftOptions.defaults().withScores(0.2, 1.0), pair).get(0).severity())
        .isEqualTo(Severity.ERROR);

    // A change of lower impact moves between the bands as they move.
    AlignedPair partial = pair("They bought a house.", "They bought a horse.");
    double s = find(partial).get(0).score(); // rounded to 0.001
    assertThat(s).isStrictlyBetween(0.01, 0.99);
    assertThat(
            find(ShiftOptions.defaults().withScores(s / 2, s - 0.001), partial).get(0).severity())
        .isEqualTo(Severity.ERROR);
    assertThat(
            find(ShiftOptions.defaults().withScores(s / 2, (s + 1) / 2), partial).get(0).severity())
        .isEqualTo(Severity.WARNING);
    assertThat(find(ShiftOptions.defaults().withScores((s + 1) / 2, 1), partial).get(0).severity())
        .isEqualTo(Severity.INFO);
  }

  @Test
  void finder_should_keep_dictionary_synonyms_at_info_whatever_their_score() {
    // WordNet: big/large are synonyms; the trigram vectors of "big" and "large" share nothing.
    Shift shift = find(pair("They bought a big house.", "They bought a large house.")).get(0);
    assertThat(shift.score()).isEqualTo(1.0);
    assertThat(shift.severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void finder_should_make_deterministic_findings_at_least_errors() {
    ShiftOptions lenient = ShiftOptions.defaults().withScores(0.98, 0.99);
    List<AlignedPair> pairs =
        List.of(
            pair("The G20 has 19 member countries.", "The G20 has 20 member countries."),
            pair("The agency TASS reported it.", "The agency CASS reported it."),
            pair("He did not attend the meeting.", "He attended the meeting."),
            pair("Hello {name}, welcome.", "Hello {user}, welcome."),
            pair("See https://example.com/a today.", "See https://example.com/b today."));

    List<List<Shift>> found = ShiftFinder.create(lenient, embedder).find(pairs);

    assertThat(found).hasSize(pairs.size());
    assertThat(found.get(0))
        .anySatisfy(s -> assertThat(s.message()).isEqualTo("number changed: 19 → 20"));
    assertThat(found.get(1))
        .anySatisfy(s -> assertThat(s.message()).isEqualTo("entity changed: TASS → CASS"));
    assertThat(found.get(2))
        .anySatisfy(s -> assertThat(s.message()).isEqualTo("negation removed: not"));
    assertThat(found.get(3))
        .anySatisfy(s -> assertThat(s.message()).isEqualTo("placeholder changed: {name} → {user}"));
    assertThat(found.get(4)).anySatisfy(s -> assertThat(s.kinds()).contains(ShiftKind.LINK));
    for (List<Shift> shifts : found) {
      assertThat(shifts)
          .filteredOn(
              s ->
                  s.kinds().stream()
                      .anyMatch(
                          k ->
                              k == ShiftKind.NUMBER
                                  || k == ShiftKind.ENTITY
                                  || k == ShiftKind.NEGATION
                                  || k == ShiftKind.PLACEHOLDER
                                  || k == ShiftKind.LINK))
          .isNotEmpty()
          .allSatisfy(
              s -> {
                assertThat(s.severity()).isEqualTo(Severity.ERROR);
                assertThat(s.score()).isGreaterThanOrEqualTo(0.9);
              });
    }
  }

  @Test
  void finder_should_point_a_changed_link_at_both_urls() {
    List<Shift> shifts =
        find(pair("See https://example.com/a today.", "See https://example.com/b today."));

    assertThat(shifts)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.kinds()).contains(ShiftKind.LINK);
              assertThat(s.original().text()).isEqualTo("https://example.com/a");
              assertThat(s.translation().text()).isEqualTo("https://example.com/b");
              assertThat(s.message())
                  .isEqualTo("link changed: https://example.com/a → https://example.com/b");
            });
  }

  @Test
  void finder_should_make_neutral_findings_info_whatever_the_options() {
    ShiftOptions strict = ShiftOptions.defaults().withScores(0.0, 0.0);
    AlignedPair pair =
        pair(
            "The summit opened on 02/03/2023 in Delhi.",
            "The summit opened on March 02, 2023 in Delhi.");

    List<Shift> shifts = find(strict, pair);

    assertThat(shifts)
        .isNotEmpty()
        .allSatisfy(
            s -> {
              assertThat(s.severity()).isEqualTo(Severity.INFO);
              assertThat(s.score()).isLessThanOrEqualTo(0.1);
              assertThat(s.message()).isEqualTo("same value, written differently");
            });
  }

  @Test
  void finder_should_make_a_transliteration_variant_info() {
    List<Shift> shifts =
        find(
            ShiftOptions.defaults().withScores(0.0, 0.0),
            pair("The envoy Phillip spoke.", "The envoy Filip spoke."));

    assertThat(shifts)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.severity()).isEqualTo(Severity.INFO);
              assertThat(s.kinds()).contains(ShiftKind.ENTITY);
              assertThat(s.message()).isEqualTo("transliteration variant: Phillip → Filip");
            });
  }

  @Test
  void finder_should_make_a_transliteration_variant_of_a_kept_name_info() {
    List<Shift> shifts =
        find(
            ShiftOptions.defaults().withScores(0.0, 0.0),
            pair("The minister Sergey Lavrov spoke.", "The minister Sergei Lavrov spoke."));

    assertThat(shifts)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.severity()).isEqualTo(Severity.INFO);
              assertThat(s.message()).isEqualTo("transliteration variant: Sergey → Sergei");
            });
  }

  @Test
  void finder_should_drop_words_that_only_moved() {
    AlignedPair pair =
        pair(
            "Tensions between Russia and Western countries have grown.",
            "Tensions between Western countries and Russia have grown.");

    assertThat(find(ShiftOptions.defaults().withScores(0.0, 0.0), pair)).isEmpty();
  }

  @Test
  void finder_should_find_nothing_in_identical_sides() {
    String text =
        "Lavrov “spoke to him, standing, as part of the second session of the G20,” she said.";

    assertThat(find(pair(text, text))).isEmpty();
  }

  @Test
  void finder_should_leave_a_quoted_word_of_the_same_first_sense_as_it_is() {
    // "great" and "large" share no trigram (impact 1) but WordNet gives them one first sense:
    // a paraphrase inside a quote stays info, where "obscene" → "lewd" (below) is an error.
    AlignedPair pair =
        pair(
            "They said, \u201cthe men there are of great stature.\u201d",
            "They said, \u201cthe men there are of large stature.\u201d");

    List<Shift> shifts = find(ShiftOptions.defaults().withScores(0.1, 0.99), pair);

    assertThat(shifts)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.kinds()).contains(ShiftKind.QUOTE);
              assertThat(s.severity()).isEqualTo(Severity.INFO);
            });
  }

  @Test
  void finder_should_mark_a_quoted_change_and_say_so() {
    AlignedPair pair =
        pair(
            "She condemned “the obscene behavior” of some.",
            "She condemned “the lewd behavior” of some.");

    List<Shift> shifts = find(ShiftOptions.defaults().withScores(0.1, 0.99), pair);

    assertThat(shifts)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.kinds()).contains(ShiftKind.QUOTE, ShiftKind.SUBSTITUTION);
              assertThat(s.severity()).isEqualTo(Severity.ERROR);
              assertThat(s.message()).isEqualTo("quoted wording changed: obscene → lewd");
              assertThat(s.original().text()).isEqualTo("obscene");
              assertThat(s.translation().text()).isEqualTo("lewd");
            });
  }

  @Test
  void finder_should_say_what_was_dropped_and_added() {
    List<Shift> dropped =
        find(
            pair(
                "The minister arrived in Paris after a long flight.",
                "The minister arrived in Paris."));
    List<Shift> added =
        find(
            pair(
                "The minister arrived in Paris.",
                "The minister arrived in Paris after a long flight."));

    assertThat(dropped)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.kinds()).containsExactly(ShiftKind.OMISSION);
              assertThat(s.message()).isEqualTo("dropped: long flight");
              assertThat(s.translation()).isNull();
            });
    assertThat(added)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.kinds()).containsExactly(ShiftKind.ADDITION);
              assertThat(s.message()).isEqualTo("added: long flight");
              assertThat(s.original()).isNull();
            });
  }

  @Test
  void finder_should_sort_shifts_by_position_in_the_original_then_the_translation() {
    AlignedPair pair =
        pair(
            "In 2019 the TASS agency said 19 states did not sign the big treaty.",
            "In 2020 the CASS agency said that 20 states signed the large treaty in Delhi.");

    List<Shift> shifts = find(pair);

    assertThat(shifts).hasSizeGreaterThanOrEqualTo(4);
    assertThat(shifts).isSortedAccordingTo(byPosition());
    assertThat(shifts.get(shifts.size() - 1).original()).isNull();
  }

  @Test
  void finder_should_map_spans_to_the_raw_file() {
    String raw = "She condemned the **obscene** act.";
    String text = "She condemned the obscene act.";
    PairSide original =
        new PairSide(
            text,
            "en",
            Words.of(text, "en"),
            null,
            List.of(),
            raw,
            i -> i < 18 ? i : i < 25 ? i + 2 : i + 4,
            i -> (i < 18 ? i : i < 25 ? i + 2 : i + 4) + 1);
    AlignedPair pair =
        new AlignedPair(original, Sides.side("She condemned the lewd act.", "en"), 0.9, true);

    List<Shift> shifts = find(pair);

    assertThat(shifts)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.original()).isEqualTo(new TextSpan(20, 27, "obscene"));
              assertThat(s.translation()).isEqualTo(new TextSpan(18, 22, "lewd"));
            });
  }

  @Test
  void finder_should_embed_all_changed_words_of_all_pairs_in_one_batch() {
    List<AlignedPair> pairs =
        List.of(
            pair("They bought a big house.", "They bought a large house."),
            pair("Prices rose sharply.", "Prices climbed sharply."),
            pair("Same words here.", "Same words here."));

    ShiftFinder.create(ShiftOptions.defaults(), embedder).find(pairs);

    assertThat(embedder.calls).isEqualTo(1);
    assertThat(embedder.seen).contains("big", "large", "rose", "climbed");
  }

  @Test
  void finder_should_not_call_the_model_without_changes() {
    ShiftFinder finder = ShiftFinder.create(ShiftOptions.defaults(), embedder);

    assertThat(finder.find(List.of())).isEmpty();
    assertThat(finder.find(List.of(pair("Same words.", "Same words.")))).containsExactly(List.of());
    assertThat(embedder.calls).isZero();
  }

  @Test
  void finder_should_match_tokens_of_pairs_in_two_languages() {
    AlignedPair pair =
        pair("Lavrov met 19 envoys.", "Lavrov a rencontré 20 émissaires.", "en", "fr");

    List<Shift> shifts = find(pair);

    assertThat(embedder.calls).isZero();
    assertThat(shifts)
        .anySatisfy(
            s -> {
              assertThat(s.kinds()).contains(ShiftKind.NUMBER);
              assertThat(s.severity()).isEqualTo(Severity.ERROR);
              assertThat(s.message()).isEqualTo("number changed: 19 → 20");
            });
  }

  @Test
  void sentence_shift_should_carry_the_configured_severity() {
    TextSpan span = new TextSpan(10, 30, "A sentence dropped.");
    Sentence sentence =
        new Sentence(0, 0, 10, 30, 1, 11, "A sentence dropped.", "A sentence dropped.", null);
    ShiftFinder lenient =
        ShiftFinder.create(
            ShiftOptions.defaults().withSentenceSeverity(Severity.WARNING), embedder);
    ShiftFinder strict = ShiftFinder.create(ShiftOptions.defaults(), embedder);

    Shift omitted = lenient.sentenceShift(sentence, true);
    Shift added = strict.sentenceShift(sentence, false);

    assertThat(omitted)
        .isEqualTo(
            new Shift(
                List.of(ShiftKind.OMISSION),
                Severity.WARNING,
                1.0,
                "sentence dropped in the translation",
                span,
                null));
    assertThat(added)
        .isEqualTo(
            new Shift(
                List.of(ShiftKind.ADDITION),
                Severity.ERROR,
                1.0,
                "sentence added in the translation",
                null,
                span));
    assertThat(lenient.options().sentenceSeverity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void finder_should_give_well_formed_shifts_for_random_pairs() {
    Random random = new Random(20230302);
    List<AlignedPair> pairs = new ArrayList<>();
    for (int n = 0; n < 400; n++) {
      String a = sentence(random);
      String b = mutate(a, random);
      int kind = random.nextInt(20);
      String lang1 = kind < 3 ? "de" : "en";
      String lang2 = kind < 3 ? "de" : kind < 6 ? "fr" : kind < 8 ? "de-CH" : "en";
      pairs.add(
          new AlignedPair(
              markedUp(a, lang1, random.nextBoolean() ? null : VOCABULARY_TOKENS, code(random)),
              markedUp(b, lang2, random.nextBoolean() ? null : VOCABULARY_TOKENS, code(random)),
              random.nextDouble(),
              lang1.equals(lang2)));
    }
    ShiftFinder finder = ShiftFinder.create(ShiftOptions.defaults(), embedder);

    List<List<Shift>> found = finder.find(pairs);

    assertThat(found).hasSize(pairs.size());
    for (int p = 0; p < pairs.size(); p++) {
      AlignedPair pair = pairs.get(p);
      List<Shift> shifts = found.get(p);
      assertThat(shifts).as("pair %d", p).isSortedAccordingTo(byPosition());
      for (Shift s : shifts) {
        String where =
            "pair "
                + p
                + ": "
                + pair.original().text()
                + " | "
                + pair.translation().text()
                + " | "
                + s;
        assertThat(s.kinds()).as(where).isNotEmpty().doesNotHaveDuplicates();
        assertThat(s.severity()).as(where).isNotNull();
        assertThat(s.score()).as(where).isBetween(0.0, 1.0);
        assertThat(s.message()).as(where).isNotBlank();
        assertThat(s.original() != null || s.translation() != null).as(where).isTrue();
        checkSpan(s.original(), pair.original(), where);
        checkSpan(s.translation(), pair.translation(), where);
      }
    }
    assertThat(found).as("deterministic").isEqualTo(finder.find(pairs));
    assertThat(found.stream().mapToInt(List::size).sum()).isGreaterThan(200);
    assertThat(found.stream().flatMap(List::stream).flatMap(s -> s.kinds().stream()))
        .as("every kind but GLOSSARY and the translation-unit checks' occurs")
        .containsAll(
            EnumSet.complementOf(
                EnumSet.of(
                    ShiftKind.GLOSSARY,
                    ShiftKind.TAG,
                    ShiftKind.WHITESPACE,
                    ShiftKind.LENGTH,
                    ShiftKind.UNTRANSLATED)));
    assertThat(found.stream().flatMap(List::stream).map(Shift::severity))
        .contains(Severity.values());
  }

  private static void checkSpan(TextSpan span, PairSide side, String where) {
    if (span == null) {
      return;
    }
    assertThat(span.start()).as(where).isBetween(0, side.raw().length());
    assertThat(span.end()).as(where).isBetween(span.start() + 1, side.raw().length());
    assertThat(span.text()).as(where).isEqualTo(side.raw().substring(span.start(), span.end()));
    assertThat(span.text()).as(where).doesNotStartWith(" ").doesNotEndWith(" ");
    boolean verbatim =
        side.verbatim().stream().anyMatch(v -> v.start() == span.start() && v.end() == span.end());
    if (!verbatim) {
      assertThat(side.text()).as(where).contains(span.text().replace("  ", " "));
    }
  }

  private static String code(Random random) {
    int k = random.nextInt(4);
    return k == 0 ? "mvn verify" : k == 1 ? "mvn test" : null;
  }

  private static Comparator<Shift> byPosition() {
    return Comparator.comparingInt(
            (Shift s) -> s.original() == null ? Integer.MAX_VALUE : s.original().start())
        .thenComparingInt(
            s -> s.translation() == null ? Integer.MAX_VALUE : s.translation().start());
  }

  private static final List<String> VOCABULARY =
      List.of(
          "the",
          "minister",
          "said",
          "not",
          "never",
          "no",
          "without",
          "Lavrov",
          "Sergey",
          "Sergei",
          "Blinken",
          "TASS",
          "CASS",
          "NATO",
          "19",
          "20",
          "1,500",
          "1.5",
          "billion",
          "March",
          "May",
          "may",
          "sept",
          "2 March 2023",
          "02/03/2023",
          "17:30",
          "5:30 pm",
          "Twenty",
          "“",
          "”",
          "«",
          "»",
          "\"",
          "'",
          "‘",
          "’",
          "https://example.com/x",
          "https://example.com/y",
          "{name}",
          "{{user}}",
          "${total}",
          "%s",
          "%1$d",
          "50%",
          ",",
          ".",
          ":",
          "—",
          "(",
          ")",
          "King’s",
          "don't",
          "obscene",
          "lewd",
          "big",
          "large",
          "increase",
          "decrease",
          "Russia",
          "Russian",
          "Ukraine",
          "Ukrainian",
          "talks",
          "ended",
          "in",
          "of",
          "and",
          "as",
          "part",
          "within",
          "framework",
          "G20",
          "2nd",
          "Mr.",
          "U.S.",
          "Москва",
          "北京");

  /** Token vectors for random sides: words share directions by their hash. */
  private static final TokenFixture VOCABULARY_TOKENS = randomDirections();

  private static TokenFixture randomDirections() {
    TokenFixture tokens = new TokenFixture(16);
    for (String w : VOCABULARY) {
      for (Word word : Words.of(w, "en")) {
        tokens.word(word.text(), Math.floorMod(word.norm().hashCode(), 16));
      }
    }
    return tokens;
  }

  private static String sentence(Random random) {
    int n = 1 + random.nextInt(16);
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < n; k++) {
      if (k > 0) {
        sb.append(' ');
      }
      sb.append(VOCABULARY.get(random.nextInt(VOCABULARY.size())));
    }
    return sb.toString();
  }

  private static String mutate(String text, Random random) {
    List<String> words = new ArrayList<>(List.of(text.split(" ")));
    int edits = random.nextInt(5);
    for (int e = 0; e < edits && !words.isEmpty(); e++) {
      int at = random.nextInt(words.size());
      switch (random.nextInt(4)) {
        case 0 -> words.set(at, VOCABULARY.get(random.nextInt(VOCABULARY.size())));
        case 1 -> words.remove(at);
        case 2 -> words.add(at, VOCABULARY.get(random.nextInt(VOCABULARY.size())));
        default -> {
          if (at + 1 < words.size()) {
            words.add(at + 1, words.remove(at));
          }
        }
      }
    }
    return words.isEmpty() ? "." : String.join(" ", words);
  }

  /**
   * A side whose raw file is "> " followed by the text with every space doubled, so that raw
   * offsets differ from text offsets, then the code span {@code code} if not null (outside the
   * prose, as a Markdown code span is).
   */
  private static PairSide markedUp(String text, String language, TokenFixture tokens, String code) {
    String prose = "> " + text.replace(" ", "  ");
    String raw = code == null ? prose : prose + "  `" + code + "`";
    List<Verbatim> verbatim =
        code == null
            ? List.of()
            : List.of(
                new Verbatim(
                    Verbatim.Kind.CODE,
                    code,
                    prose.length() + 3,
                    prose.length() + 3 + code.length()));
    int[] start = new int[text.length()];
    int[] end = new int[text.length()];
    int r = 2;
    for (int i = 0; i < text.length(); i++) {
      start[i] = r;
      r += text.charAt(i) == ' ' ? 2 : 1;
      end[i] = r;
    }
    return new PairSide(
        text,
        language,
        Words.of(text, language),
        tokens == null ? null : tokens.of(text, language),
        verbatim,
        raw,
        i -> start[i],
        i -> end[i]);
  }

  @Test
  void finder_should_not_throw_on_degenerate_sides() {
    ShiftFinder finder = ShiftFinder.create(ShiftOptions.defaults(), embedder);

    assertThatCode(
            () ->
                finder.find(
                    List.of(
                        pair(".", "."),
                        pair("...", "!!!"),
                        pair("«", "»"),
                        pair("Word", "."),
                        pair(".", "Word"),
                        pair("“", "Quote “unclosed"),
                        pair("19", "."),
                        pair(".", "x", "en", "fr"))))
        .doesNotThrowAnyException();
  }
}
