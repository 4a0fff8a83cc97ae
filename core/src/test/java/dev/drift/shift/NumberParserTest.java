package dev.drift.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParserTest {

  private static List<NumberMention> parse(String text, String language) {
    return NumberParser.parse(Words.of(text, language), language);
  }

  /** The only mention in a text. */
  private static NumberMention only(String text, String language) {
    List<NumberMention> mentions = parse(text, language);
    assertThat(mentions).as("mentions in '%s'", text).hasSize(1);
    return mentions.get(0);
  }

  private static boolean same(String a, String languageA, String b, String languageB) {
    return only(a, languageA).sameValue(only(b, languageB));
  }

  private static boolean same(String a, String b) {
    return same(a, "en", b, "en");
  }

  @Test
  void number_parser_should_match_dates_across_formats() {
    assertThat(same("02/03/2023", "March 02, 2023")).isTrue();
    assertThat(same("02/03/2023", "2 March 2023")).isTrue();
    assertThat(same("2 March 2023", "March 2, 2023")).isTrue();
    assertThat(same("2023-03-02", "March 2, 2023")).isTrue();
  }

  @Test
  void number_parser_should_read_a_slashed_date_both_ways() {
    NumberMention slashed = only("02/03/2023", "en");

    assertThat(slashed.values()).contains("d:2023-03-02", "d:2023-02-03");
    assertThat(same("02/03/2023", "February 3, 2023")).isTrue();
    assertThat(same("02/03/2023", "March 3, 2024")).isFalse();
  }

  @Test
  void number_parser_should_tell_dates_with_another_day_or_year_apart() {
    assertThat(same("02/03/2023", "March 3, 2023")).isFalse();
    assertThat(same("March 3, 2023", "March 4, 2023")).isFalse();
    assertThat(same("March 3, 2023", "March 3, 2024")).isFalse();
    assertThat(same("3 March 2023", "3 April 2023")).isFalse();
  }

  @Test
  void number_parser_should_match_a_full_date_with_a_partial_one() {
    assertThat(same("March 3, 2023", "3 March")).isTrue();
    assertThat(same("March 3, 2023", "March 2023")).isTrue();
    assertThat(same("02/03/2023", "February 3")).isTrue();
    assertThat(same("March 3, 2023", "4 March")).isFalse();
    assertThat(same("March 3, 2023", "March 2024")).isFalse();
  }

  @Test
  void number_parser_should_cover_the_whole_date_mention() {
    NumberMention m = only("It opened on March 02, 2023 in Delhi.", "en");

    assertThat(m.text()).isEqualTo("March 02, 2023");
    assertThat(m.fromWord()).isEqualTo(3);
    assertThat(m.toWord()).isEqualTo(7);
  }

  @Test
  void number_parser_should_tell_different_numbers_apart() {
    assertThat(same("19", "20")).isFalse();
    assertThat(same("19", "19")).isTrue();
    assertThat(same("1.5", "1.6")).isFalse();
  }

  @Test
  void number_parser_should_read_decimal_commas_by_language() {
    assertThat(same("1,5", "fr", "1.5", "en")).isTrue();
    assertThat(same("1,5", "de", "1.5", "en")).isTrue();
    assertThat(same("1,500", "en", "1500", "en")).isTrue();
    assertThat(same("1.500", "de", "1500", "en")).isTrue();
    assertThat(same("1,234.56", "en", "1.234,56", "de")).isTrue();
    assertThat(same("3,000,000", "en", "3000000", "en")).isTrue();
  }

  @Test
  void number_parser_should_read_digit_groups_split_by_no_break_spaces() {
    assertThat(same("1\u00a0500", "fr", "1,500", "en")).isTrue();
    assertThat(same("1\u202f500", "fr", "1500", "en")).isTrue();
    assertThat(same("2\u202f500\u00a0000 euros", "fr", "2.5 million euros", "en")).isTrue();
    assertThat(same("1\u00a0234,5", "fr", "1,234.5", "en")).isTrue();
    assertThat(same("1\u00a0500", "fr", "1,600", "en")).isFalse();
  }

  @Test
  void number_parser_should_scale_amounts() {
    assertThat(same("1.5 billion", "1,500 million")).isTrue();
    assertThat(only("1.5 billion", "en").values()).containsExactly("n:1500000000");
    assertThat(same("1,5 milliard", "fr", "1.5 billion", "en")).isTrue();
    assertThat(same("1.5 billion", "1.5 million")).isFalse();
  }

  @Test
  void number_parser_should_read_spelled_numbers() {
    assertThat(same("Twenty", "20")).isTrue();
    assertThat(same("two hundred", "200")).isTrue();
    assertThat(same("ninety nine", "99")).isTrue();
    assertThat(same("two thousand and five", "2005")).isTrue();
    assertThat(same("deux millions", "fr", "2,000,000", "en")).isTrue();
  }

  @Test
  void number_parser_should_read_compound_spelled_numbers() {
    assertThat(same("twenty-one", "21")).isTrue();
    assertThat(same("Twenty one", "21")).isTrue();
    assertThat(same("vingt-deux", "fr", "22", "en")).isTrue();
    assertThat(same("two hundred and one", "201")).isTrue();
    assertThat(same("two hundred thousand", "200000")).isTrue();
    assertThat(same("three million five hundred thousand", "3500000")).isTrue();
    // The second "thousand" is one of its own, as "a thousand" is.
    assertThat(parse("two thousand thousand", "en"))
        .extracting(NumberMention::text)
        .containsExactly("two thousand", "thousand");
    assertThat(only("twenty-one people", "en").text()).isEqualTo("twenty-one");
  }

  @Test
  void number_parser_should_not_add_up_numbers_side_by_side() {
    assertThat(parse("between three and four people", "en"))
        .extracting(NumberMention::values)
        .containsExactly(java.util.Set.of("n:3"), java.util.Set.of("n:4"));
    assertThat(parse("five six", "en")).hasSize(2);
    assertThat(parse("twenty twenty", "en")).hasSize(2);
    assertThat(only("ten and", "en").text()).isEqualTo("ten");
    assertThat(only("two hundred and", "en").values()).containsExactly("n:200");
  }

  @Test
  void number_parser_should_not_read_one_as_a_number_on_its_own() {
    assertThat(parse("the one who came", "en")).isEmpty();
  }

  @Test
  void number_parser_should_read_times() {
    assertThat(only("17:36:07", "en").values()).containsExactly("t:17:36:07");
    assertThat(same("5:30 pm", "17:30")).isTrue();
    assertThat(same("12:00 am", "00:00")).isTrue();
    assertThat(same("17:30:00", "17:30")).isTrue();
    assertThat(same("5:30 pm", "5:30")).isFalse();
  }

  @Test
  void number_parser_should_not_take_codes_and_ordinals_for_amounts() {
    assertThat(parse("the G20 summit", "en")).isEmpty();
    assertThat(parse("the 2nd round", "en")).isEmpty();
  }

  @Test
  void number_parser_should_take_lower_case_may_march_and_sept_for_words() {
    assertThat(parse("it may rain", "en")).isEmpty();
    assertThat(parse("they march on", "en")).isEmpty();
    assertThat(only("In May 2023", "en").values()).containsExactly("ym:2023-05");
    assertThat(only("the March 2 vote", "en").values()).containsExactly("md:03-02");
    assertThat(only("since Sept 2023", "en").values()).containsExactly("ym:2023-09");
  }

  @Test
  void number_parser_should_read_french_sept_as_seven() {
    assertThat(only("sept personnes", "fr").values()).containsExactly("n:7");
    assertThat(same("sept", "fr", "7", "en")).isTrue();
  }

  @Test
  void number_parser_should_read_a_lone_month_name() {
    assertThat(only("in March", "en").values()).containsExactly("m:03");
    assertThat(same("in May", "en", "im Mai", "de")).isTrue();
    assertThat(same("in May", "in June")).isFalse();
  }

  @Test
  void number_parser_should_read_day_month_dates_of_other_languages() {
    assertThat(same("12. März 2023", "de", "March 12, 2023", "en")).isTrue();
    assertThat(same("25 décembre", "fr", "December 25", "en")).isTrue();
  }

  @Test
  void number_parser_should_read_dotted_dates() {
    assertThat(same("am 12.05.2023", "de", "on May 12, 2023", "en")).isTrue();
    assertThat(same("le 2.3.23", "fr", "2 March 2023", "en")).isTrue();
    assertThat(same("2023.05.12", "May 12, 2023")).isTrue();
    assertThat(same("am 12.05.2023", "de", "on May 13, 2023", "en")).isFalse();
    assertThat(only("version 1.2.3", "en").values()).containsExactly("n:123");
  }

  @Test
  void number_parser_should_read_short_lower_case_months_in_their_language() {
    assertThat(same("le 2 mars 2023", "fr", "March 2, 2023", "en")).isTrue();
    assertThat(same("le 1er mai 2023", "fr", "May 1, 2023", "en")).isTrue();
    assertThat(same("en juin 2023", "fr", "in June 2023", "en")).isTrue();
    assertThat(same("le 15 août", "fr", "August 15", "en")).isTrue();
    assertThat(same("en mayo", "es", "in May", "en")).isTrue();
    // "mai" is Italian for "never", "mars" an English planet: not months there in lower case.
    assertThat(parse("non è mai venuto", "it")).isEmpty();
    assertThat(parse("life on mars", "en")).isEmpty();
  }

  @Test
  void number_parser_should_give_mentions_in_text_order() {
    List<NumberMention> mentions = parse("19 countries, 1.5 billion people and 20 leaders", "en");

    assertThat(mentions).extracting(NumberMention::text).containsExactly("19", "1.5 billion", "20");
    assertThat(mentions.get(1).fromWord()).isEqualTo(3);
    assertThat(mentions.get(1).toWord()).isEqualTo(5);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1..2",
        "////",
        "99999999999999999999",
        "99999999999999999999 billion",
        "31/31/2023",
        "2023-99-99",
        "24:99",
        "99:99:99",
        "1.2.3.4.5",
        "1,,5",
        ",.,.",
        "May",
        "March ,",
        "12 .",
        "5:",
        ":30 pm",
        "twenty -",
        "and and",
        "- twenty",
        "2023/",
        "/2023/",
        "0000/00/0000",
        "١٢٣ ٤٥",
        "Ⅻ ²³",
        ""
      })
  void number_parser_should_not_throw_on_junk(String junk) {
    assertThatCode(() -> parse(junk, "en")).doesNotThrowAnyException();
    assertThatCode(() -> parse(junk, "fr")).doesNotThrowAnyException();
    assertThatCode(() -> parse(junk + " " + junk, "de")).doesNotThrowAnyException();
  }

  @Test
  void number_parser_should_keep_huge_numbers_exact() {
    assertThat(only("99999999999999999999", "en").values())
        .containsExactly("n:99999999999999999999");
  }

  @Test
  void number_parser_should_read_the_colon_called_two_points_as_no_number() {
    // make's and tar's Spanish catalogs: "double-colon" is "dos puntos dos veces"
    assertThat(parse("es de tipo dos puntos dos veces (::)", "es"))
        .extracting(NumberMention::text)
        .containsExactly("dos");
    assertThat(parse("tiene dos puntos", "es")).isEmpty();
    assertThat(parse("les deux points", "fr")).isEmpty();
    assertThat(only("dos perros", "es").values()).containsExactly("n:2");
  }
}
