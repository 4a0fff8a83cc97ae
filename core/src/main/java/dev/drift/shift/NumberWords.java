package dev.drift.shift;

import dev.drift.segment.LanguageTags;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The spelled numbers of one language, as {@link SpelledNumbers} reads them: words worth less than
 * a thousand (units, teens, tens, and the compounds a language writes as one word: "veintisiete",
 * "einundzwanzig", "ventitré", "doscientas"), multipliers (hundred, thousand, million...), the
 * words that join the parts of a number ("treinta y dos", "cento e vinte", "vingt-et-un"), and the
 * words for one, which count only inside a number or before a multiplier because they are mostly
 * articles or pronouns ("one", "un", "una", "ein", "um"). English, Spanish, French, German, Italian
 * and Portuguese; any other language reads English words. Immutable.
 *
 * @param values words worth 0 to 999
 * @param multipliers words that multiply what precedes them: 100 (hundred, cent, hundert, cento),
 *     1000 and up (thousand, mil, mille, mila, tausend, million, milliard...)
 * @param plural multipliers that need a count before them ("millions", "deux cents", "duemila")
 * @param ones the words for one
 * @param tensJoin what may stand between tens and a unit ("-", "y", "e", "et")
 * @param tensBare whether tens and a unit may also stand side by side ("twenty one")
 * @param groupJoin what may stand after a hundred or a multiplier ("and", "e", "und")
 * @param groupBare whether the rest may also follow a hundred or a multiplier directly
 * @param tenTakesUnit whether ten is followed by a unit, as tens are ("dix-sept", "diez y seis")
 * @param vigesimal whether 70 to 99 are counted in twenties: soixante-dix, quatre-vingt-onze
 * @param glued the multiplier written inside one word with the numbers around it ("duemilatre",
 *     "zweitausendeins"), or "" when the language writes it apart
 * @param elided number words cut before an apostrophe ("quarant'anni"), by their cut form
 * @param elisions articles and prepositions glued to the next word by an apostrophe ("l'", "dell'")
 * @param percent the word that makes a following hundred a percent ("por ciento", "pour cent")
 * @param known every word of {@code values}, {@code multipliers} and {@code ones}, so that a word
 *     that is none of them costs one look-up
 */
record NumberWords(
    Map<String, Long> values,
    Map<String, Long> multipliers,
    Set<String> plural,
    Set<String> ones,
    Set<String> tensJoin,
    boolean tensBare,
    Set<String> groupJoin,
    boolean groupBare,
    boolean tenTakesUnit,
    boolean vigesimal,
    String glued,
    Map<String, Long> elided,
    Set<String> elisions,
    String percent,
    Set<String> known) {

  private static final Map<String, NumberWords> LANGUAGES =
      Map.of(
          "en", english(),
          "es", spanish(),
          "fr", french(),
          "de", german(),
          "it", italian(),
          "pt", portuguese());

  /**
   * The number words of a language.
   *
   * @param language a BCP 47 tag; its primary subtag decides
   * @return that language's words, English for a language without its own
   */
  static NumberWords of(String language) {
    String primary = LanguageTags.primary(language);
    return LANGUAGES.getOrDefault(primary, LANGUAGES.get("en"));
  }

  private static NumberWords english() {
    Map<String, Long> v = new HashMap<>();
    put(
        v,
        0,
        "zero _ two three four five six seven eight nine ten eleven twelve "
            + "thirteen fourteen fifteen sixteen seventeen eighteen nineteen");
    tens(v, "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
    // "thirtyfold", "an hundredfold": a number of times is the number ("uno á treinta")
    for (Map.Entry<String, Long> e : Map.copyOf(v).entrySet()) {
      if (e.getValue() >= 2) {
        v.put(e.getKey() + "fold", e.getValue());
      }
    }
    v.put("hundredfold", 100L);
    v.put("twain", 2L); // "with twain he covered his face": the older English two
    Map<String, Long> m =
        scales(
            "hundred=100 thousand=1e3 thousands=1e3 million=1e6 millions=1e6 mn=1e6 billion=1e9 "
                + "billions=1e9 bn=1e9 trillion=1e12 trillions=1e12");
    return words(
        Map.copyOf(v),
        m,
        // "ten thousands of rivers": the older English ten thousand
        Set.of("thousands", "millions", "billions", "trillions"),
        Set.of("one"),
        // "forty and four", "four hundred and fifty": the older English way
        Set.of("-", "and"),
        true,
        Set.of("and", "-"),
        true,
        false,
        false,
        "",
        Map.of(),
        Set.of(),
        "per");
  }

  private static NumberWords spanish() {
    Map<String, Long> v = new HashMap<>();
    put(
        v,
        0,
        "cero _ dos tres cuatro cinco seis siete ocho nueve diez once doce "
            + "trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte "
            + "veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis "
            + "veintisiete veintiocho veintinueve");
    put(v, 16, "dieciseis");
    for (String alias : new String[] {"veintiún", "veintiuna", "veintiun"}) {
      v.put(alias, 21L); // before a noun, feminine, unaccented
    }
    put(v, 22, "veintidos");
    put(v, 23, "veintitres");
    put(v, 26, "veintiseis");
    tens(
        v,
        "veinte",
        "treinta",
        "cuarenta",
        "cincuenta",
        "sesenta",
        "setenta",
        "ochenta",
        "noventa");
    hundreds(
        v,
        "cien",
        "doscient",
        "trescient",
        "cuatrocient",
        "quinient",
        "seiscient",
        "setecient",
        "ochocient",
        "novecient");
    put(v, 100, "ciento");
    Map<String, Long> m =
        scales(
            "mil=1e3 millón=1e6 millon=1e6 millones=1e6 billón=1e12 billon=1e12 "
                + "billones=1e12");
    return words(
        Map.copyOf(v),
        m,
        Set.of("millones", "billones"),
        Set.of("un", "uno", "una"),
        Set.of("y"),
        false,
        // "cuatrocientos y cincuenta", "mil y una": the older Spanish way
        Set.of("y"),
        true,
        true,
        false,
        "",
        Map.of(),
        Set.of(),
        "por");
  }

  private static NumberWords portuguese() {
    Map<String, Long> v = new HashMap<>();
    put(
        v,
        0,
        "zero _ dois três quatro cinco seis sete oito nove dez onze doze treze "
            + "catorze quinze dezesseis dezessete dezoito dezenove");
    put(v, 2, "duas");
    put(v, 3, "tres");
    put(v, 14, "quatorze");
    put(v, 16, "dezasseis");
    put(v, 17, "dezassete");
    put(v, 19, "dezanove");
    tens(
        v, "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa");
    put(v, 50, "cinqüenta");
    hundreds(
        v,
        "cem",
        "duzent",
        "trezent",
        "quatrocent",
        "quinhent",
        "seiscent",
        "setecent",
        "oitocent",
        "novecent");
    put(v, 100, "cento");
    // Brazil counts billions short (10^9), Portugal long (bilião, 10^12).
    Map<String, Long> m =
        scales(
            "mil=1e3 milhão=1e6 milhões=1e6 bilhão=1e9 bilhões=1e9 bilião=1e12 " + "biliões=1e12");
    return words(
        Map.copyOf(v),
        m,
        Set.of("milhões", "bilhões", "biliões"),
        Set.of("um", "uma"),
        Set.of("e"),
        false,
        Set.of("e"),
        false,
        false,
        false,
        "",
        Map.of(),
        Set.of(),
        "por");
  }

  private static NumberWords french() {
    Map<String, Long> v = new HashMap<>();
    put(
        v,
        0,
        "zéro _ deux trois quatre cinq six sept huit neuf dix onze douze treize "
            + "quatorze quinze seize");
    put(v, 0, "zero");
    // "vingts" only after "quatre" (quatre-vingts); SpelledNumbers checks it.
    tens(
        v,
        "vingt",
        "trente",
        "quarante",
        "cinquante",
        "soixante",
        "septante",
        "huitante",
        "nonante");
    put(v, 20, "vingts");
    put(v, 80, "octante");
    Map<String, Long> m =
        scales(
            "cent=100 cents=100 mille=1e3 mil=1e3 million=1e6 millions=1e6 "
                + "milliard=1e9 milliards=1e9 billion=1e12 billions=1e12");
    return words(
        Map.copyOf(v),
        m,
        Set.of("cents", "millions", "milliards", "billions"),
        Set.of("un", "une"),
        Set.of("-", "et"),
        true,
        Set.of("-"),
        true,
        true,
        true,
        "",
        Map.of(),
        Set.of("l", "d", "j", "qu", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu", "quoiqu"),
        "pour");
  }

  private static NumberWords german() {
    String[] units = {"", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"};
    String[] teens =
        ("zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn")
            .split(" ");
    String[] tens = {
      "", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"
    };
    Map<String, Long> v = new HashMap<>();
    v.put("null", 0L);
    for (int n = 1; n < 1000; n++) {
      int h = n / 100;
      int r = n % 100;
      String rest;
      if (r == 0) {
        rest = "";
      } else if (r == 1) {
        rest = "eins";
      } else if (r < 10) {
        rest = units[r];
      } else if (r < 20) {
        rest = teens[r - 10];
      } else {
        rest = (r % 10 == 0 ? "" : units[r % 10] + "und") + tens[r / 10];
      }
      if (h == 0) {
        v.put(rest, (long) n);
      } else {
        // "hundert" alone is a multiplier ("zwei hundert"); "einhundert", "hundertzwei" are values.
        for (String head : h == 1 ? new String[] {"hundert", "einhundert"} : new String[] {""}) {
          String word = (h == 1 ? head : units[h] + "hundert") + rest;
          if (!word.equals("hundert")) {
            v.put(word, (long) n);
            if (!rest.isEmpty()) {
              v.put((h == 1 ? head : units[h] + "hundert") + "und" + rest, (long) n);
            }
          }
        }
      }
    }
    for (Map.Entry<String, Long> e : Map.copyOf(v).entrySet()) {
      if (e.getKey().contains("ß")) {
        v.put(e.getKey().replace("ß", "ss"), e.getValue()); // Swiss spelling
      }
    }
    Map<String, Long> m =
        scales(
            "hundert=100 tausend=1e3 million=1e6 millionen=1e6 mio=1e6 "
                + "milliarde=1e9 milliarden=1e9 mrd=1e9 billion=1e12 billionen=1e12");
    return words(
        Map.copyOf(v),
        m,
        Set.of("millionen", "milliarden", "billionen"),
        Set.of("ein", "eine", "einer"),
        Set.of("-"),
        true,
        Set.of("und", "-"),
        true,
        false,
        false,
        "tausend",
        Map.of(),
        Set.of(),
        "");
  }

  private static NumberWords italian() {
    String[] units = {"", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"};
    String[] teens =
        ("dieci undici dodici tredici quattordici quindici sedici diciassette diciotto "
                + "diciannove")
            .split(" ");
    String[] tens = {
      "",
      "",
      "venti",
      "trenta",
      "quaranta",
      "cinquanta",
      "sessanta",
      "settanta",
      "ottanta",
      "novanta"
    };
    Map<String, Long> below = new HashMap<>();
    for (int n = 2; n < 100; n++) {
      int u = n % 10;
      if (n < 10) {
        below.put(units[n], (long) n);
      } else if (n < 20) {
        below.put(teens[n - 10], (long) n);
      } else if (u == 0) {
        below.put(tens[n / 10], (long) n);
      } else {
        String t = tens[n / 10];
        // The tens drop their vowel before uno and otto: ventuno, trentotto.
        String head = u == 1 || u == 8 ? t.substring(0, t.length() - 1) : t;
        below.put(head + units[u], (long) n);
        if (u == 3) {
          below.put(t + "tré", (long) n);
        }
      }
    }
    Map<String, Long> v = new HashMap<>(below);
    v.put("zero", 0L);
    for (int h = 1; h < 10; h++) {
      String head = h == 1 ? "cento" : units[h] + "cento";
      if (h > 1) {
        v.put(head, h * 100L);
      }
      Map<String, Long> rests = new HashMap<>(below);
      rests.put("uno", 1L);
      for (Map.Entry<String, Long> r : rests.entrySet()) {
        v.put(head + r.getKey(), h * 100L + r.getValue());
        if (r.getKey().startsWith("o")) {
          v.put(head.substring(0, head.length() - 1) + r.getKey(), h * 100L + r.getValue());
        }
      }
    }
    Map<String, Long> elided = new HashMap<>();
    for (int t = 2; t < 10; t++) {
      elided.put(tens[t].substring(0, tens[t].length() - 1), t * 10L);
    }
    elided.put("cent", 100L);
    Map<String, Long> m =
        scales(
            "cento=100 mille=1e3 mila=1e3 milione=1e6 milioni=1e6 miliardo=1e9 " + "miliardi=1e9");
    return words(
        Map.copyOf(v),
        m,
        Set.of("mila", "milioni", "miliardi"),
        Set.of("un", "uno", "una"),
        Set.of("-"),
        false,
        Set.of("e", "-"),
        true,
        false,
        false,
        "mila",
        Map.copyOf(elided),
        Set.of(
            "l", "d", "dell", "dall", "nell", "sull", "all", "coll", "quell", "quest", "un", "c",
            "s", "m", "t", "v", "n"),
        "per");
  }

  private static NumberWords words(
      Map<String, Long> values,
      Map<String, Long> multipliers,
      Set<String> plural,
      Set<String> ones,
      Set<String> tensJoin,
      boolean tensBare,
      Set<String> groupJoin,
      boolean groupBare,
      boolean tenTakesUnit,
      boolean vigesimal,
      String glued,
      Map<String, Long> elided,
      Set<String> elisions,
      String percent) {
    Set<String> known = new HashSet<>(values.keySet());
    known.addAll(multipliers.keySet());
    known.addAll(ones);
    return new NumberWords(
        values,
        multipliers,
        plural,
        ones,
        tensJoin,
        tensBare,
        groupJoin,
        groupBare,
        tenTakesUnit,
        vigesimal,
        glued,
        elided,
        elisions,
        percent,
        Set.copyOf(known));
  }

  /**
   * Puts words worth {@code first}, {@code first + 1}...: a space-separated list, "_" skipping a
   * value.
   */
  private static void put(Map<String, Long> map, long first, String words) {
    String[] list = words.split(" ");
    for (int k = 0; k < list.length; k++) {
      if (!list[k].equals("_")) {
        map.put(list[k], first + k);
      }
    }
  }

  /** Multipliers from "word=value" pairs separated by spaces ("thousand=1e3"). */
  private static Map<String, Long> scales(String pairs) {
    Map<String, Long> map = new HashMap<>();
    for (String pair : pairs.split(" ")) {
      int eq = pair.indexOf('=');
      map.put(pair.substring(0, eq), (long) Double.parseDouble(pair.substring(eq + 1)));
    }
    return Map.copyOf(map);
  }

  private static void tens(Map<String, Long> map, String... words) {
    for (int k = 0; k < words.length; k++) {
      map.put(words[k], (k + 2) * 10L);
    }
  }

  /** Spanish and Portuguese hundreds: the first word as is, the others with -os and -as. */
  private static void hundreds(Map<String, Long> map, String hundred, String... stems) {
    map.put(hundred, 100L);
    for (int k = 0; k < stems.length; k++) {
      map.put(stems[k] + "os", (k + 2) * 100L);
      map.put(stems[k] + "as", (k + 2) * 100L);
    }
  }
}
