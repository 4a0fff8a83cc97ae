package dev.drift.shift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers written in words in English, Spanish, French, German, Italian and Portuguese. */
class SpelledNumbersTest {

  private static List<NumberMention> parse(String text, String language) {
    return NumberParser.parse(Words.of(text, language), language);
  }

  @ParameterizedTest(name = "{0}: {1} = {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // English: hyphens, "and" after a hundred or a multiplier, and the older "forty and four"
        "en | forty-two | 42",
        "en | Forty two | 42",
        "en | hundred and five | 105",
        "en | one hundred | 100",
        "en | one thousand | 1000",
        "en | nineteen hundred and eighty-four | 1984",
        "en | hundred and forty and four | 144",
        "en | two million three hundred thousand | 2300000",
        "en | three billion | 3000000000",
        // the King James' "four and twenty", "ten thousands", "twain"
        "en | four and twenty | 24",
        "en | two and fifty | 52",
        "en | ten thousands | 10000",
        "en | twain | 2",
        // Spanish: one-word compounds, "y" between tens and units, feminine hundreds, scales
        "es | siete | 7",
        "es | treinta y dos | 32",
        "es | veintisiete | 27",
        "es | dieciséis | 16",
        "es | dieciseis | 16",
        "es | veintiún | 21",
        "es | treinta y un | 31",
        "es | cuarenta y una | 41",
        "es | doscientas | 200",
        "es | quinientos | 500",
        "es | ciento cinco | 105",
        "es | cien | 100",
        "es | mil | 1000",
        "es | dos mil quinientos | 2500",
        "es | trescientos cuarenta y dos mil | 342000",
        "es | un millón | 1000000",
        "es | dos millones | 2000000",
        "es | mil millones | 1000000000",
        "es | dos millones mil | 2001000",
        "es | un billón | 1000000000000",
        // the older Spanish of the Reina-Valera: "diez y seis", "cuatrocientos y cincuenta"
        "es | diez y seis | 16",
        "es | ciento diez y seis | 116",
        "es | cuatrocientos y cincuenta | 450",
        "es | 2 mil | 2000",
        // French: hyphens, "et un", counting in twenties, 1990 spelling, Belgian and Swiss tens
        "fr | dix-sept | 17",
        "fr | vingt-et-un | 21",
        "fr | vingt et un | 21",
        "fr | trente-et-une | 31",
        "fr | soixante-dix-sept | 77",
        "fr | soixante et onze | 71",
        "fr | quatre-vingts | 80",
        "fr | quatre-vingt-dix | 90",
        "fr | quatre-vingt-onze | 91",
        "fr | deux cent trois | 203",
        "fr | deux-cent-trois | 203",
        "fr | deux cents | 200",
        "fr | cent | 100",
        "fr | mille deux cents | 1200",
        "fr | dix-neuf cent quatre-vingt-quatre | 1984",
        "fr | septante | 70",
        "fr | nonante-neuf | 99",
        "fr | un million | 1000000",
        "fr | deux milliards | 2000000000",
        "fr | un billion | 1000000000000",
        // German: one word up to a million, "eins" the numeral, Millionen apart
        "de | einundzwanzig | 21",
        "de | zwölf | 12",
        "de | dreißig | 30",
        "de | dreissig | 30",
        "de | eins | 1",
        "de | hundert | 100",
        "de | dreihunderteins | 301",
        "de | zweihundertdreiundvierzigtausend | 243000",
        "de | hunderttausend | 100000",
        "de | tausendeins | 1001",
        "de | eine Million | 1000000",
        "de | zwei Millionen dreihunderttausend | 2300000",
        "de | eine Milliarde | 1000000000",
        "de | 3 Millionen | 3000000",
        // Italian: one word, tens losing their vowel, tré, mila/mille, elisions
        "it | ventitré | 23",
        "it | ventitre | 23",
        "it | ventuno | 21",
        "it | quarantotto | 48",
        "it | duecento | 200",
        "it | centotto | 108",
        "it | cento | 100",
        "it | tremila | 3000",
        "it | mille | 1000",
        "it | milleduecento | 1200",
        "it | centomila | 100000",
        "it | duemilatrecentoquarantadue | 2342",
        "it | un milione | 1000000",
        "it | due milioni trecentomila | 2300000",
        "it | mille e una | 1001",
        "it | quarant'anni | 40",
        "it | dell'undici | 11",
        "it | sei | 6",
        // Portuguese: "e" between every part, feminine forms, both spellings of 16, 17, 19
        "pt | vinte e um | 21",
        "pt | vinte e uma | 21",
        "pt | duas | 2",
        "pt | três | 3",
        "pt | dezesseis | 16",
        "pt | dezasseis | 16",
        "pt | cem | 100",
        "pt | cento e vinte | 120",
        "pt | duzentas | 200",
        "pt | duzentos e trinta e cinco | 235",
        "pt | mil e quinhentos | 1500",
        "pt | dois mil e vinte | 2020",
        "pt | um milhão | 1000000",
        "pt-BR | um bilhão | 1000000000"
      })
  void spelled_numbers_should_read_each_language_by_value(
      String language, String text, long value) {
    List<NumberMention> mentions = parse(text, language);

    assertThat(mentions)
        .as(text)
        .singleElement()
        .satisfies(m -> assertThat(m.text()).isEqualTo(text));
    assertThat(mentions.get(0).values()).containsExactly("n:" + value);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // one, un, una, uno, ein, eine, um, uma: mostly articles and pronouns
        "en | the one who came",
        "en | one of them came",
        "es | uno de ellos vino",
        "es | una casa y un hombre",
        "fr | l'un d'eux est venu",
        "fr | une femme et un homme",
        "de | ein Mann und eine Frau",
        "de | einer von ihnen",
        "it | uno di loro, un uomo e una donna",
        "pt | um homem e uma mulher",
        // words of one language are not numbers of another
        "es | Ten misericordia de mí",
        "en | Once upon a time",
        "pt | dos homens",
        "en | sept",
        // Italian "sei" is also "you are"
        "it | tu sei bravo",
        "it | chi sei ?",
        "it | sei stato qui",
        // plural multipliers need a count: "millions of", "milliers"
        "en | millions of people",
        "en | thousands of rams",
        "es | millones de personas",
        "fr | des milliards d'euros",
        "it | per cento"
      })
  void spelled_numbers_should_not_read_articles_pronouns_or_other_languages(
      String language, String text) {
    assertThat(parse(text, language)).as(text).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | 5 per cent",
        "es | el 5 por ciento",
        "fr | 5 pour cent",
        "it | il 5 per cento",
        "pt | 5 por cento"
      })
  void spelled_numbers_should_read_a_hundred_after_per_as_percent(String language, String text) {
    assertThat(parse(text, language))
        .extracting(NumberMention::values)
        .containsExactly(Set.of("n:5"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | three and four | 3 | 4",
        "en | between four and twenty | 4 | 20",
        "en | from two and thirty | 2 | 30",
        "es | entre tres y cuatro | 3 | 4",
        "es | cinco seis | 5 | 6",
        "fr | trente et quarante | 30 | 40",
        "fr | cinq-six | 5 | 6",
        "de | drei und vier | 3 | 4",
        "it | tre e quattro | 3 | 4",
        "pt | dois e três | 2 | 3",
        "pt | vinte trinta | 20 | 30"
      })
  void spelled_numbers_should_not_add_up_counts_side_by_side(
      String language, String text, long first, long second) {
    assertThat(parse(text, language))
        .extracting(NumberMention::values)
        .containsExactly(Set.of("n:" + first), Set.of("n:" + second));
  }

  @Test
  void spelled_numbers_should_count_billions_as_each_language_does() {
    // French and German billion is a thousand of the English one; milliard is the English one.
    NumberMention english = parse("one billion", "en").get(0);

    assertThat(parse("un milliard", "fr").get(0).sameValue(english)).isTrue();
    assertThat(parse("un billion", "fr").get(0).sameValue(english)).isFalse();
    assertThat(parse("eine Billion", "de").get(0).values()).containsExactly("n:1000000000000");
  }

  @Test
  void spelled_numbers_should_read_spanish_and_portuguese_dates_with_de() {
    NumberMention english = parse("May 2, 2023", "en").get(0);

    assertThat(parse("el 2 de mayo de 2023", "es"))
        .singleElement()
        .satisfies(m -> assertThat(m.sameValue(english)).isTrue());
    assertThat(parse("em 2 de maio de 2023", "pt"))
        .singleElement()
        .satisfies(m -> assertThat(m.sameValue(english)).isTrue());
    assertThat(parse("en mayo de 2023", "es").get(0).values()).containsExactly("ym:2023-05");
    // "de" is a German word of no date: "2 de" stays a number there
    assertThat(parse("2 de Mai", "de")).hasSize(2);
  }

  @Test
  void spelled_numbers_should_end_before_a_value_too_large_for_a_long() {
    // 10^9 × 10^12 is past a long: the number ends at "mil millones", and a plural multiplier
    // alone is none.
    assertThat(parse("mil millones billones billones billones", "es"))
        .extracting(NumberMention::values)
        .containsExactly(Set.of("n:1000000000"));
  }

  @Test
  void spelled_numbers_should_read_each_language_from_its_primary_subtag() {
    assertThat(NumberWords.of("es-MX")).isSameAs(NumberWords.of("es"));
    assertThat(NumberWords.of("PT-br")).isSameAs(NumberWords.of("pt"));
    assertThat(NumberWords.of("nl")).isSameAs(NumberWords.of("en"));
  }
}
