package dev.drift.shift;

import dev.drift.segment.LanguageTags;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers, amounts, dates and times in a side's words and gives each every value it can stand
 * for, so that values, not strings, are compared: "02/03/2023" may be 2 March or 3 February 2023
 * and matches "March 02, 2023"; "1,5" is 1.5 in French text; "1.5 billion" equals "1,500 million";
 * "Twenty" is 20, and so are "veinte", "vingt", "zwanzig", "venti" and "vinte" in their languages
 * ({@link SpelledNumbers}). Stateless and thread-safe.
 */
final class NumberParser {
  private NumberParser() {}

  private static final Pattern DOTTED_DATE =
      Pattern.compile("(\\d{4}|\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})");
  // Digit groups may be split by spaces: the normal form of a no-break space is a space.
  private static final Pattern DIGITS = Pattern.compile("\\d+(?:[., \u00a0\u202f]\\d+)*");
  private static final Pattern DAY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th|er|e)?");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern SHORT_INTEGER = Pattern.compile("\\d{1,4}");

  /** Languages that write "2 de mayo de 2023": a "de" between day, month and year. */
  private static final Set<String> DATE_DE = Set.of("es", "pt", "gl", "ca");

  /**
   * Finds the number mentions in a side.
   *
   * @param words the side's words
   * @param language the side's language, which decides the decimal separator
   * @return the mentions in text order
   */
  public static List<NumberMention> parse(List<Word> words, String language) {
    String primary = LanguageTags.primary(language);
    boolean commaDecimal = NumberVocabulary.COMMA_DECIMAL_LANGUAGES.contains(primary);
    NumberWords vocabulary = NumberWords.of(primary);
    List<NumberMention> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      NumberMention m = date(words, i, primary);
      if (m == null) {
        m = time(words, i);
      }
      if (m == null) {
        m = amount(words, i, commaDecimal, vocabulary);
      }
      if (m == null) {
        m = spelled(words, i, vocabulary);
      }
      if (m == null) {
        m = ordinal(words, i, primary);
      }
      if (m == null) {
        i++;
      } else {
        out.add(m);
        i = m.toWord();
      }
    }
    return out;
  }

  // ---- dates ----

  private static NumberMention date(List<Word> w, int i, String language) {
    Integer month = month(w, i, language);
    if (month != null) {
      // Month [day] [,] [year]  |  Month [de] year
      int k = i + 1;
      Integer day = k < w.size() ? day(w.get(k)) : null;
      if (day != null) {
        k++;
        int y = k;
        if (y < w.size() && w.get(y).norm().equals(",")) {
          y++;
        }
        Integer year = y < w.size() ? year(w.get(y)) : null;
        Set<String> full = year != null ? fullDate(year, month, day) : Set.of();
        // A year drift does not take for one ("March 2, 6630") is left to be read as a number.
        return !full.isEmpty()
            ? mention(w, i, y + 1, full)
            : mention(w, i, k, Set.of(md(month, day)));
      }
      k = skipDe(w, k, language);
      Integer year = k < w.size() ? year(w.get(k)) : null;
      if (year != null) {
        return mention(w, i, k + 1, Set.of(ym(year, month)));
      }
      return mention(w, i, i + 1, Set.of(String.format(Locale.ROOT, "m:%02d", month)));
    }
    Integer day = day(w.get(i));
    if (day != null && i + 1 < w.size()) {
      // day Month [year], "12. März 2023", "2 de mayo de 2023"
      int k = i + 1;
      if (k < w.size() && w.get(k).norm().equals(".")) {
        k++;
      } else {
        k = skipDe(w, k, language);
      }
      Integer m = k < w.size() ? month(w, k, language) : null;
      if (m != null) {
        int y = skipDe(w, k + 1, language);
        Integer year = y < w.size() ? year(w.get(y)) : null;
        Set<String> full = year != null ? fullDate(year, m, day) : Set.of();
        return !full.isEmpty()
            ? mention(w, i, y + 1, full)
            : mention(w, i, k + 1, Set.of(md(m, day)));
      }
    }
    // a/b/c with / . or - between digits
    if (i + 4 < w.size()
        && w.get(i).type() == Word.Type.NUMBER
        && isDateSeparator(w.get(i + 1))
        && w.get(i + 2).type() == Word.Type.NUMBER
        && w.get(i + 3).norm().equals(w.get(i + 1).norm())
        && w.get(i + 4).type() == Word.Type.NUMBER
        && adjacent(w, i, i + 4)) {
      Integer a = integer(w.get(i).text());
      Integer b = integer(w.get(i + 2).text());
      Integer c = integer(w.get(i + 4).text());
      if (a != null && b != null && c != null) {
        Set<String> values = new LinkedHashSet<>();
        if (w.get(i).text().length() == 4) {
          addDate(values, a, b, c);
        } else {
          int year = c < 100 ? 2000 + c : c;
          addDate(values, year, b, a); // day/month/year
          addDate(values, year, a, b); // month/day/year
        }
        if (!values.isEmpty()) {
          return mention(w, i, i + 5, values);
        }
      }
    }
    // d.m.y (or y.m.d) is one token: the word rules keep "12.05.2023" whole, like "1.500"
    Matcher dotted = DOTTED_DATE.matcher(w.get(i).norm());
    if (w.get(i).type() == Word.Type.NUMBER && dotted.matches()) {
      int a = Integer.parseInt(dotted.group(1));
      int b = Integer.parseInt(dotted.group(2));
      int c = Integer.parseInt(dotted.group(3));
      Set<String> values = new LinkedHashSet<>();
      if (dotted.group(1).length() == 4) {
        addDate(values, a, b, c);
      } else {
        addDate(values, c < 100 ? 2000 + c : c, b, a);
      }
      if (!values.isEmpty()) {
        return mention(w, i, i + 1, values);
      }
    }
    return null;
  }

  /** The word after a "de" or "del" of a Spanish or Portuguese date, else {@code k}. */
  private static int skipDe(List<Word> w, int k, String language) {
    if (k + 1 < w.size() && DATE_DE.contains(language)) {
      String n = w.get(k).norm();
      if (n.equals("de") || n.equals("del")) {
        return k + 1;
      }
    }
    return k;
  }

  private static boolean isDateSeparator(Word w) {
    return w.norm().equals("/") || w.norm().equals("-") || w.norm().equals(".");
  }

  private static Set<String> fullDate(int year, int month, int day) {
    Set<String> values = new LinkedHashSet<>();
    addDate(values, year, month, day);
    return values;
  }

  private static void addDate(Set<String> values, int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000 || year > 2999) {
      return;
    }
    values.add(String.format(Locale.ROOT, "d:%04d-%02d-%02d", year, month, day));
    values.add(md(month, day));
    values.add(ym(year, month));
  }

  private static String md(int month, int day) {
    return String.format(Locale.ROOT, "md:%02d-%02d", month, day);
  }

  private static String ym(int year, int month) {
    return String.format(Locale.ROOT, "ym:%04d-%02d", year, month);
  }

  private static Integer month(List<Word> w, int i, String language) {
    Integer m = NumberVocabulary.MONTHS.get(w.get(i).norm());
    if (m == null) {
      return null;
    }
    // "may", "march" and abbreviations ("sept" is also French for seven, "mai" Italian for never)
    // count only capitalised, unless the side's language writes that month in lower case ("mars").
    String norm = w.get(i).norm();
    boolean ambiguous = norm.equals("may") || norm.equals("march") || norm.length() <= 4;
    if (ambiguous
        && !Character.isUpperCase(w.get(i).text().charAt(0))
        && !NumberVocabulary.LOWER_CASE_MONTHS.getOrDefault(language, Set.of()).contains(norm)) {
      return null;
    }
    return m;
  }

  private static Integer day(Word w) {
    if (w.type() != Word.Type.NUMBER) {
      return null;
    }
    Matcher m = DAY.matcher(w.norm());
    if (!m.matches()) {
      return null;
    }
    int d = Integer.parseInt(m.group(1));
    return d >= 1 && d <= 31 ? d : null;
  }

  private static Integer year(Word w) {
    if (w.type() != Word.Type.NUMBER || !YEAR.matcher(w.norm()).matches()) {
      return null;
    }
    return Integer.parseInt(w.norm());
  }

  // ---- times ----

  private static NumberMention time(List<Word> w, int i) {
    if (i + 2 >= w.size()
        || w.get(i).type() != Word.Type.NUMBER
        || !w.get(i + 1).norm().equals(":")
        || w.get(i + 2).type() != Word.Type.NUMBER
        || !adjacent(w, i, i + 2)) {
      return null;
    }
    Integer h = integer(w.get(i).text());
    Integer m = integer(w.get(i + 2).text());
    if (h == null || m == null || h > 24 || m > 59) {
      return null;
    }
    int end = i + 3;
    Integer s = null;
    if (end + 1 < w.size()
        && w.get(end).norm().equals(":")
        && w.get(end + 1).type() == Word.Type.NUMBER
        && adjacent(w, end - 1, end + 1)) {
      s = integer(w.get(end + 1).text());
      end += 2;
    }
    if (end < w.size()) {
      String ampm = w.get(end).norm().replace(".", "");
      if (ampm.equals("pm") && h < 12) {
        h += 12;
        end++;
      } else if (ampm.equals("am")) {
        h = h == 12 ? 0 : h;
        end++;
      }
    }
    String value =
        s == null
            ? String.format(Locale.ROOT, "t:%02d:%02d", h, m)
            : String.format(Locale.ROOT, "t:%02d:%02d:%02d", h, m, s);
    Set<String> values = new LinkedHashSet<>();
    values.add(value);
    if (s != null && s == 0) {
      values.add(String.format(Locale.ROOT, "t:%02d:%02d", h, m));
    }
    return mention(w, i, end, values);
  }

  // ---- amounts ----

  private static NumberMention amount(
      List<Word> w, int i, boolean commaDecimal, NumberWords vocabulary) {
    Word word = w.get(i);
    if (word.type() != Word.Type.NUMBER || !DIGITS.matcher(word.norm()).matches()) {
      return null; // "G20", "2nd" and other codes are names, not amounts
    }
    List<BigDecimal> values = values(word.norm(), commaDecimal);
    int end = i + 1;
    Long scale = end < w.size() ? vocabulary.multipliers().get(w.get(end).norm()) : null;
    // "2 mil", "1,5 Millionen", "3 hundred"; not "5 cents" (a French hundred, an English coin)
    if (scale != null && (scale >= 1000 || w.get(end).norm().equals("hundred"))) {
      values = values.stream().map(v -> v.multiply(BigDecimal.valueOf(scale))).toList();
      end++;
    }
    Set<String> out = new LinkedHashSet<>();
    for (BigDecimal v : values) {
      out.add("n:" + v.stripTrailingZeros().toPlainString());
    }
    return mention(w, i, percentEnd(w, end), out);
  }

  /** A percent sign or its words after an amount, in the languages drift reads numbers of. */
  private static final List<List<String>> PERCENT =
      List.of(
          List.of("%"),
          List.of("percent"),
          List.of("per", "cent"),
          List.of("por", "ciento"),
          List.of("pour", "cent"),
          List.of("prozent"),
          List.of("per", "cento"),
          List.of("procent"));

  /**
   * The end of an amount's words with its percent: "5 per cent" and "5%" are one amount each, so
   * neither "per cent" nor the sign is a word dropped or added beside it.
   */
  private static int percentEnd(List<Word> w, int end) {
    for (List<String> p : PERCENT) {
      boolean all = end + p.size() <= w.size();
      for (int k = 0; all && k < p.size(); k++) {
        all = w.get(end + k).norm().equals(p.get(k));
      }
      if (all) {
        return end + p.size();
      }
    }
    return end;
  }

  /** The values a digit string can mean under the side's separators. */
  static List<BigDecimal> values(String digits, boolean commaDecimal) {
    String s = digits.replace('\u00a0', ' ').replace('\u202f', ' ');
    char decimal = commaDecimal ? ',' : '.';
    char group = commaDecimal ? '.' : ',';
    List<BigDecimal> out = new ArrayList<>();
    if (s.matches("\\d{1,3}([ " + Pattern.quote(String.valueOf(group)) + "]\\d{3})+")) {
      out.add(new BigDecimal(s.replaceAll("[ " + Pattern.quote(String.valueOf(group)) + "]", "")));
      // "1,500" is 1500 in English but 1.5 in French: when one separator could be either, keep
      // both.
      if (s.indexOf(group) == s.lastIndexOf(group) && s.indexOf(group) >= 0) {
        out.add(new BigDecimal(s.replace(" ", "").replace(group, '.')));
      }
      return out;
    }
    String plain = s.replace(" ", "");
    if (plain.indexOf(',') >= 0 && plain.indexOf('.') >= 0) {
      // Both separators: the last one is the decimal point.
      char last = plain.lastIndexOf(',') > plain.lastIndexOf('.') ? ',' : '.';
      char other = last == ',' ? '.' : ',';
      String grouped = plain.replace(String.valueOf(other), "");
      if (grouped.indexOf(last) == grouped.lastIndexOf(last)) {
        out.add(new BigDecimal(grouped.replace(last, '.')));
      } else {
        // "200,32.32.3" has no single decimal point (BigDecimal threw on it); compare its digits
        out.add(new BigDecimal(plain.replaceAll("[.,]", "")));
      }
      return out;
    }
    if (plain.indexOf(decimal) >= 0 || plain.indexOf(group) >= 0) {
      // A separator not in grouping position: a decimal point whichever it is ("1,5" anywhere).
      String dec = plain.replace(',', '.');
      if (dec.indexOf('.') == dec.lastIndexOf('.')) {
        out.add(new BigDecimal(dec));
        return out;
      }
      out.add(new BigDecimal(plain.replaceAll("[.,]", "")));
      return out;
    }
    out.add(new BigDecimal(plain));
    return out;
  }

  // ---- spelled numbers ----

  private static NumberMention spelled(List<Word> w, int i, NumberWords vocabulary) {
    SpelledNumbers.Reading r = SpelledNumbers.read(w, i, vocabulary);
    if (r == null || inName(w, i, r.end()) || punctuationName(w, i, r.end())) {
      return null;
    }
    return mention(w, i, r.end(), Set.of("n:" + r.value()));
  }

  /**
   * An ordinal from third to twelfth ({@link OrdinalWords}), which stands for its number: "the
   * third day" keeps "day three".
   */
  private static NumberMention ordinal(List<Word> w, int i, String language) {
    Word word = w.get(i);
    Long value = word.type() == Word.Type.WORD ? OrdinalWords.value(w, i, language) : null;
    if (value == null || inName(w, i, i + 1)) {
      return null;
    }
    return mention(w, i, i + 1, Set.of("n:" + value));
  }

  /**
   * A capitalised number word inside a proper name, not a quantity: "the Group of Twenty", "the Big
   * Four", "Twenty Questions" in mid-sentence. Capitalised and joined to another capitalised word
   * (directly or by "of"), away from the start of a sentence.
   */
  private static boolean inName(List<Word> w, int from, int to) {
    if (!capitalised(w, from) || opensSentence(w, from)) {
      return false;
    }
    boolean before =
        from >= 1
            && ((capitalised(w, from - 1) && !opensSentence(w, from - 1))
                || (w.get(from - 1).norm().equals("of")
                    && from >= 2
                    && capitalised(w, from - 2)
                    && !opensSentence(w, from - 2)));
    boolean after = to < w.size() && capitalised(w, to);
    return before || after;
  }

  /**
   * The names of punctuation marks counted in points: Spanish and French call the colon "two
   * points" ("dos puntos", "deux points") and Italian "due punti", so "double-colon" is "dos puntos
   * dos veces" and no number was added.
   */
  private static final java.util.Set<String> POINTS =
      java.util.Set.of("dos puntos", "deux points", "due punti", "dois pontos");

  private static boolean punctuationName(List<Word> w, int from, int to) {
    if (to >= w.size()) {
      return false;
    }
    String pair = w.get(from).norm() + " " + w.get(to).norm();
    return to == from + 1 && POINTS.contains(pair);
  }

  private static boolean capitalised(List<Word> w, int i) {
    return w.get(i).type() == Word.Type.WORD
        && Character.isUpperCase(w.get(i).text().codePointAt(0));
  }

  private static boolean opensSentence(List<Word> w, int i) {
    if (i == 0) {
      return true;
    }
    String p = w.get(i - 1).text();
    return w.get(i - 1).type() == Word.Type.PUNCT && p.matches(".*[.!?:\"“”«»‘’'(\\[].*");
  }

  // ---- helpers ----

  private static NumberMention mention(List<Word> w, int from, int to, Set<String> values) {
    StringBuilder text = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from && w.get(k).start() > w.get(k - 1).end()) {
        text.append(' ');
      }
      text.append(w.get(k).text());
    }
    return new NumberMention(from, to, text.toString(), Set.copyOf(values));
  }

  /** Whether words {@code from..to} are written without spaces between them. */
  private static boolean adjacent(List<Word> w, int from, int to) {
    for (int k = from + 1; k <= to; k++) {
      if (w.get(k).start() != w.get(k - 1).end()) {
        return false;
      }
    }
    return true;
  }

  private static Integer integer(String digits) {
    return SHORT_INTEGER.matcher(digits).matches() ? Integer.parseInt(digits) : null;
  }
}
