package dev.drift.shift;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Fuzz test of the number and date parser. Whatever the text and language, parsing throws nothing,
 * and each mention covers words in order without overlapping the previous one, and carries at least
 * one value of a known shape; amounts are never negative (a minus sign is a word of its own), so a
 * spelled number that overflows shows up here. The first byte picks the language, the rest is the
 * text.
 *
 * <p>Inputs in {@code src/test/resources/dev/drift/shift/NumberParserFuzzTestInputs/parse/} are
 * replayed by {@code ./mvnw test}; {@code ./mvnw -Pfuzz -pl core test} fuzzes.
 */
class NumberParserFuzzTest {
  // New languages go at the end, so that the stored inputs keep theirs.
  private static final String[] LANGUAGES = {"en", "fr", "de", "en-US", "pt-BR", "es", "it"};
  private static final Pattern VALUE =
      Pattern.compile(
          "n:\\d+(\\.\\d+)?|d:\\d{4}-\\d{2}-\\d{2}|md:\\d{2}-\\d{2}|ym:\\d{4}-\\d{2}|m:\\d{2}"
              + "|t:\\d{2}:\\d{2}(:\\d{2,4})?");

  @FuzzTest(maxDuration = "50s")
  @DictionaryEntries({
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "milliard",
    "twenty",
    "nine",
    "ninety",
    "March",
    "May",
    "Sept.",
    "June",
    " and ",
    "-",
    ",",
    ".",
    "/",
    ":",
    "pm",
    "a.m.",
    "1,500",
    "1.5",
    "02/03/2023",
    "17:36",
    "\u00a0",
    "\u202f",
    "2nd",
    "31st",
    "quatre-vingt",
    "vingt-et-un",
    "cents",
    "mille",
    "treinta y ",
    "mil millones",
    "einundzwanzig",
    "tausend",
    "Millionen",
    "duemila",
    "quarant'",
    "dell'",
    " e ",
    "cento",
    "um milhão",
    " de mayo de "
  })
  void parse(byte[] bytes) {
    if (bytes.length == 0) {
      return;
    }
    String language = LANGUAGES[(bytes[0] & 0xFF) % LANGUAGES.length];
    String text = new String(bytes, 1, bytes.length - 1, StandardCharsets.UTF_8);
    List<Word> words = Words.of(text, language);
    List<NumberMention> mentions = NumberParser.parse(words, language);
    int previous = 0;
    for (NumberMention m : mentions) {
      if (m.fromWord() < previous || m.toWord() <= m.fromWord() || m.toWord() > words.size()) {
        throw new AssertionError("mention " + m + " out of order in " + words.size() + " words");
      }
      if (m.values().isEmpty()) {
        throw new AssertionError("mention without a value: " + m);
      }
      for (String value : m.values()) {
        if (!VALUE.matcher(value).matches()) {
          throw new AssertionError("value of an unknown shape or negative: " + value + " " + m);
        }
      }
      previous = m.toWord();
    }
  }

  @Test
  void a_date_whose_year_is_out_of_range_keeps_its_day_and_month_and_the_year_its_number() {
    // Found by fuzzing: "March 2, 6630" came out as a mention without any value, which never
    // equals itself, so an unchanged sentence would show a number shift.
    for (String text : List.of("On March 2, 6630 it lands.", "On 2 March 6630 it lands.")) {
      List<Word> words = Words.of(text, "en");
      assertThat(NumberParser.parse(words, "en"))
          .as(text)
          .extracting(NumberMention::values)
          .containsExactly(Set.of("md:03-02"), Set.of("n:6630"));
    }
  }

  @Test
  void digits_grouped_by_both_a_separator_and_a_space_parse_without_throwing() {
    // Found by fuzzing: "2,502 500" (a narrow no-break space) matched the grouping pattern, and
    // its other reading, with the comma as decimal point, kept the space: BigDecimal threw.
    List<Word> words = Words.of("It cost 2,502\u202f500 euros.", "en");
    assertThat(NumberParser.parse(words, "en"))
        .extracting(NumberMention::values)
        .containsExactly(Set.of("n:2502500", "n:2.5025"));
  }

  @Test
  void digits_with_mixed_separators_and_several_points_parse_without_throwing() {
    // Found by fuzzing: "200,32.32.3" made BigDecimal throw, which ended the whole comparison.
    for (String language : List.of("en", "fr")) {
      List<Word> words = Words.of("Versions 200,32.32.3 and 1.2,3,4 shipped.", language);
      assertThat(NumberParser.parse(words, language))
          .as(language)
          .extracting(NumberMention::values)
          .containsExactly(Set.of("n:20032323"), Set.of("n:1234"));
    }
  }
}
